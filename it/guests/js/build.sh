#!/usr/bin/env bash
# Builds the componentize-js guest: dist/js-guest.component.wasm (not committed; CI builds it).
# Needs node >= 18 and the npm registry (packages pinned by package-lock.json).
set -euo pipefail
cd "$(dirname "$0")"
node --version
npm ci --no-audit --no-fund --loglevel=error
node build.mjs
# Reference run on jco (V8): proves app.js and the protocol independently of witj.
node selftest.mjs
