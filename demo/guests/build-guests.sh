#!/usr/bin/env bash
# Rebuilds the demo guests from their sources into the committed components next to them:
#   keyvalue-c.component.wasm  from keyvalue-c/keyvalue.c (clang-14, wasi-libc's malloc, no WASI imports)
#   http-rust.component.wasm   from http-rust/guest.rs    (Debian rustc 1.63, wasm32-unknown-unknown, no crates)
# Each core module is wrapped as a component by wit-component (jco's componentEmbed + componentNew,
# wrap-component.mjs) with its world from ../../wit, as wit-bindgen toolchains ship guests.
#
# usage: build-guests.sh [--check]
#   --check  build into a temporary directory and compare with the committed components
#            (exit 1 when they differ).
# Runs `npm ci` here when node_modules is absent (packages pinned by package-lock.json). Exits 3,
# naming the missing pieces, when a toolchain (../../it/guests/wasm-toolchain.sh, node) is absent;
# on Debian:
#   apt-get install -y clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32 rustc libstd-rust-dev-wasm32 nodejs npm
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
wit="$(cd "$here/../../wit" && pwd)"
# shellcheck source=../../it/guests/wasm-toolchain.sh
source "$here/../../it/guests/wasm-toolchain.sh"

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

missing=()
check_wasm_toolchain
command -v node >/dev/null || missing+=("node (nodejs)")
if [ ! -d "$here/node_modules/@bytecodealliance/jco" ] && ! command -v npm >/dev/null; then
  missing+=("npm (to install jco into demo/guests/node_modules)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-guests: toolchain missing: ${missing[*]}" >&2
  exit 3
fi
if [ ! -d "$here/node_modules/@bytecodealliance/jco" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
report_wasm_toolchain "node $(node --version)"

out="$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
$check && out="$tmp"

# Relative source paths and no debug information keep the output independent of the checkout path.
# No start files, so no `_initialize` (the guest has no constructors): wit-component 0.24x, which jco
# 1.35 runs, folds the call of `_initialize` into its fixup module, a shape witj's component reader
# does not accept yet.
(cd "$here/keyvalue-c" && "$clang" --target=wasm32-wasi -O2 -nostartfiles -Wl,--no-entry -Wall -Wextra -Werror \
  -Wl,--strip-debug -o "$tmp/keyvalue-c.core.wasm" keyvalue.c)
(cd "$here/http-rust" && "$rustc" --edition 2021 --target wasm32-unknown-unknown --crate-type cdylib \
  -C opt-level=2 -C panic=abort -C strip=debuginfo -o "$tmp/http-rust.core.wasm" guest.rs)
node "$here/wrap-component.mjs" "$tmp/keyvalue-c.core.wasm" "$wit/keyvalue" keyvalue-demo "$out/keyvalue-c.component.wasm"
node "$here/wrap-component.mjs" "$tmp/http-rust.core.wasm" "$wit/http" http-demo "$out/http-rust.component.wasm"

status=0
for wasm in keyvalue-c.component.wasm http-rust.component.wasm; do
  if $check; then
    if cmp -s "$out/$wasm" "$here/$wasm"; then
      echo "build-guests: $wasm matches its sources"
    else
      echo "build-guests: $wasm differs from a fresh build of its sources; run $0 and commit" >&2
      status=1
    fi
  else
    echo "build-guests: wrote demo/guests/$wasm ($(wc -c < "$out/$wasm") bytes)"
  fi
done
exit $status
