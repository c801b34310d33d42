#!/usr/bin/env bash
# Builds the JavaScript demo guests (componentize-js): dist/keyvalue-js.component.wasm and
# dist/http-js.component.wasm, not committed (CI builds them). Needs node >= 18 and the npm
# registry (packages pinned by ../package-lock.json, installed by `npm ci` when absent).
set -euo pipefail
cd "$(dirname "$0")"
node --version
if [ ! -d ../node_modules/@bytecodealliance/componentize-js ]; then
  (cd .. && npm ci --no-audit --no-fund --loglevel=error)
fi
node build.mjs
