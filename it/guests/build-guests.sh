#!/usr/bin/env bash
# Rebuilds the test guests from their sources into the committed binaries next to them:
#   roundtrip/roundtrip-c.wasm     from roundtrip/c/*.c      (clang-14, wasi-libc, reactor)
#   roundtrip/roundtrip-rust.wasm  from roundtrip/rust/guest.rs (Debian rustc 1.63, no crates)
#   wasi-direct/*.component.wasm   from wasi-direct/*.wat (a WASI 0.2 command using it directly,
#                                  and two asking for wasi:sockets and wasi:http), wrapped by
#                                  wit-component (js/wat-component.mjs: jco, node) with the worlds
#                                  of wasi-direct/wit over the WASI 0.2.0 WIT of ../shared
#   stdout-writer/stdout-writer.component.wasm  from stdout-writer/stdout-writer.wat (WASI preview1,
#                                  jco's preview1 reactor adapter)
#
# usage: build-guests.sh [--check]
#   --check  build into a temporary directory and compare with the committed binaries
#            (exit 1 when they differ).
# Installs nothing. Exits 3, naming the missing pieces, when the toolchain (wasm-toolchain.sh), node,
# jco (js/node_modules: `npm ci` in js/, as js/build.sh does) or the WASI WIT (WITJ_SHARED, default
# ../shared beside the repository) is absent; on Debian:
#   apt-get install -y clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32 rustc libstd-rust-dev-wasm32 nodejs npm
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=wasm-toolchain.sh
source "$here/wasm-toolchain.sh"

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

wasi_wit="${WITJ_SHARED:-$here/../../../shared}/corpus/wasi/wasi-0.2.0/wit"

missing=()
check_wasm_toolchain
command -v node >/dev/null || missing+=("node (nodejs)")
[ -d "$here/js/node_modules/@bytecodealliance/jco" ] || missing+=("jco (npm ci in it/guests/js)")
[ -d "$wasi_wit/deps" ] || missing+=("the WASI 0.2.0 WIT ($wasi_wit)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-guests: toolchain missing: ${missing[*]}" >&2
  exit 3
fi
report_wasm_toolchain "node $(node --version)"

out="$here/roundtrip"
direct_out="$here/wasi-direct"
writer_out="$here/stdout-writer"
if $check; then
  out="$(mktemp -d)"
  direct_out="$out"
  writer_out="$out"
  trap 'rm -rf "$out"' EXIT
fi

# Relative source paths and no debug information keep the output independent of the checkout path.
(cd "$here/roundtrip/c" && "$clang" --target=wasm32-wasi -O2 -mexec-model=reactor -Wall -Wextra -Werror \
  -Wl,--strip-debug -o "$out/roundtrip-c.wasm" memory.c transform.c basics.c more.c resources.c traps.c world.c)
(cd "$here/roundtrip/rust" && "$rustc" --edition 2021 --target wasm32-unknown-unknown --crate-type cdylib \
  -C opt-level=2 -C panic=abort -C strip=debuginfo -o "$out/roundtrip-rust.wasm" guest.rs)
built=(roundtrip/roundtrip-c.wasm roundtrip/roundtrip-rust.wasm)
for guest in wasi-direct wasi-sockets wasi-http; do
  # the WASI packages: wasi:http at the root of the release's wit/, the others in its deps/
  node "$here/js/wat-component.mjs" "$here/wasi-direct/$guest.wat" "$here/wasi-direct/wit" "$guest" \
    "$direct_out/$guest.component.wasm" "$wasi_wit" "$wasi_wit"/deps/*
  built+=("wasi-direct/$guest.component.wasm")
done
node "$here/js/wat-component.mjs" --preview1 "$here/stdout-writer/stdout-writer.wat" \
  "$here/stdout-writer/wit" stdout-writer "$writer_out/stdout-writer.component.wasm"
built+=("stdout-writer/stdout-writer.component.wasm")

status=0
for wasm in "${built[@]}"; do
  if $check; then
    if cmp -s "$out/$(basename "$wasm")" "$here/$wasm"; then
      echo "build-guests: $wasm matches its sources"
    else
      echo "build-guests: $wasm differs from a fresh build of its sources; run $0 and commit" >&2
      status=1
    fi
  else
    echo "build-guests: wrote $wasm ($(wc -c < "$here/$wasm") bytes)"
  fi
done
exit $status
