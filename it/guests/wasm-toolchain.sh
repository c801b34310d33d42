# The C and Rust toolchains of the committed guests, sourced by it/guests/build-guests.sh and
# demo/guests/build-guests.sh. CLANG and RUSTC override the compilers (default clang-14 and
# /usr/bin/rustc: the rustup rustc usually found first on PATH has no wasm32 standard library).
# Debian packages: clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32 rustc libstd-rust-dev-wasm32
clang="${CLANG:-clang-14}"
rustc="${RUSTC:-/usr/bin/rustc}"
expected_clang="Debian clang version 14.0.6"
expected_rustc="rustc 1.63.0"

# Appends to the array `missing` each absent piece of the toolchains.
check_wasm_toolchain() {
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
}

# Prints the compiler versions (and $1, if given); warns when they are not those the committed
# binaries were built with.
report_wasm_toolchain() {
  local clang_version rustc_version
  clang_version="$("$clang" --version | head -1)"
  rustc_version="$("$rustc" --version)"
  echo "build-guests: $clang_version; $rustc_version${1:+; $1}"
  if [[ "$clang_version" != "$expected_clang"* || "$rustc_version" != "$expected_rustc"* ]]; then
    echo "build-guests: warning: the committed binaries were built with $expected_clang and $expected_rustc;" \
      "other versions produce other bytes" >&2
  fi
}
