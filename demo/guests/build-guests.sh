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
# naming the missing pieces, when a toolchain is absent; on Debian:
#   apt-get install -y clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32 rustc libstd-rust-dev-wasm32 nodejs npm
# CLANG and RUSTC override the compilers (default clang-14 and /usr/bin/rustc: the rustup rustc
# usually found first on PATH has no wasm32 standard library).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
wit="$(cd "$here/../../wit" && pwd)"
clang="${CLANG:-clang-14}"
rustc="${RUSTC:-/usr/bin/rustc}"
expected_clang="Debian clang version 14.0.6"
expected_rustc="rustc 1.63.0"

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

missing=()
command -v "$clang" >/dev/null || missing+=("$clang (clang-14 lld-14)")
if command -v "$clang" >/dev/null; then
  [ -f "$("$clang" --target=wasm32-wasi -print-file-name=libc.a)" ] || missing+=("wasi-libc")
  [ -f "$("$clang" --target=wasm32-wasi -print-libgcc-file-name)" ] || missing+=("libclang-rt-14-dev-wasm32")
fi
command -v "$rustc" >/dev/null || missing+=("$rustc (rustc)")
if command -v "$rustc" >/dev/null; then
  ls "$("$rustc" --print target-libdir --target wasm32-unknown-unknown)"/libstd-*.rlib >/dev/null 2>&1 \
    || missing+=("libstd-rust-dev-wasm32")
fi
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

clang_version="$("$clang" --version | head -1)"
rustc_version="$("$rustc" --version)"
echo "build-guests: $clang_version; $rustc_version; node $(node --version)"
if [[ "$clang_version" != "$expected_clang"* || "$rustc_version" != "$expected_rustc"* ]]; then
  echo "build-guests: warning: the committed components were built with $expected_clang and $expected_rustc;" \
    "other versions produce other bytes" >&2
fi

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
