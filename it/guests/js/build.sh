#!/usr/bin/env bash
# Builds the componentize-js guests: dist/js-guest.component.wasm and dist/js-wasi.component.wasm
# (WASI features on; not committed; CI builds them).
# Needs node >= 18 and the npm registry (packages pinned by package-lock.json).
set -euo pipefail
cd "$(dirname "$0")"
node --version
npm ci --no-audit --no-fund --loglevel=error
node build.mjs
# Reference runs on jco (V8): prove app.js, wasi/app.js and the protocol independently of witj.
node selftest.mjs
node wasi/selftest.mjs
