#!/usr/bin/env bash
# Wraps the WASI testsuite's preview1 programs in components (jco, pinned by package-lock.json)
# into it/target/wasi-testsuite, where it/'s WasiTestsuiteTest finds them. Needs node >= 18 and
# the npm registry the first time (npm ci).
#
# usage: wasi-testsuite.sh [TESTSUITE_DIR [OUT_DIR]]
set -euo pipefail
cd "$(dirname "$0")"
testsuite="$(cd "${1:-../../../../shared/conformance/wasi-testsuite}" && pwd)"
out="${2:-../../target/wasi-testsuite}"
if [ ! -d node_modules/@bytecodealliance/jco ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node wasi-testsuite.mjs "$testsuite" "$out"
