package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad values from a hand-written WAT guest, in export results (lifted by the host after the call)
 * and in import arguments (lifted by the host function): each raises {@code WitTrapException}
 * naming the function and the check, on a fresh instance. A {@code bool} byte of 2 is not a trap:
 * any non-zero value is {@code true}.
 */
class TrapTest {
  static final String WIT =
      """
      package test:glue;
      interface host {
        enum color { red, green, blue }
        variant v { a(u32), b }
        flags f { x, y }
        take-enum: func(c: color);
        take-char: func(c: char);
        take-string: func(s: string);
        take-variant: func(v: v);
        take-flags: func(f: f);
        take-bool: func(b: bool) -> bool;
      }
      interface api {
        use host.{color, v, f};
        get-bool: func() -> bool;
        get-enum: func() -> color;
        get-surrogate: func() -> char;
        get-big-char: func() -> char;
        get-flags: func() -> f;
        get-variant: func() -> v;
        get-option: func() -> option<u8>;
        get-string-oob: func() -> string;
        get-string-wrap: func() -> string;
        get-string-utf8: func() -> string;
        get-list-misaligned: func() -> list<u32>;
        get-list-huge: func() -> list<u64>;
        get-result-ptr-oob: func() -> result<u64, string>;
        call-enum: func();
        call-char: func();
        call-string: func();
        call-variant: func();
        call-flags: func();
        call-bool: func() -> bool;
      }
      world traps {
        import host;
        export api;
      }
      """;

  static final String WAT =
      """
      (module
        (import "test:glue/host" "take-enum" (func $takeEnum (param i32)))
        (import "test:glue/host" "take-char" (func $takeChar (param i32)))
        (import "test:glue/host" "take-string" (func $takeString (param i32 i32)))
        (import "test:glue/host" "take-variant" (func $takeVariant (param i32 i32)))
        (import "test:glue/host" "take-flags" (func $takeFlags (param i32)))
        (import "test:glue/host" "take-bool" (func $takeBool (param i32) (result i32)))
        (memory (export "memory") 1)
        (data (i32.const 100) "\\c3\\28")
        (data (i32.const 200) "\\f0\\ff\\ff\\ff\\20\\00\\00\\00")
        (data (i32.const 208) "\\ff\\ff\\ff\\ff\\02\\00\\00\\00")
        (data (i32.const 216) "\\64\\00\\00\\00\\02\\00\\00\\00")
        (data (i32.const 224) "\\07")
        (data (i32.const 232) "\\02")
        (data (i32.const 240) "\\65\\00\\00\\00\\01\\00\\00\\00")
        (data (i32.const 248) "\\00\\00\\00\\00\\00\\00\\00\\40")
        (func (export "test:glue/api#get-bool") (result i32) (i32.const 2))
        (func (export "test:glue/api#get-enum") (result i32) (i32.const 3))
        (func (export "test:glue/api#get-surrogate") (result i32) (i32.const 0xD800))
        (func (export "test:glue/api#get-big-char") (result i32) (i32.const 0x110000))
        (func (export "test:glue/api#get-flags") (result i32) (i32.const 6))
        (func (export "test:glue/api#get-variant") (result i32) (i32.const 224))
        (func (export "test:glue/api#get-option") (result i32) (i32.const 232))
        (func (export "test:glue/api#get-string-oob") (result i32) (i32.const 200))
        (func (export "test:glue/api#get-string-wrap") (result i32) (i32.const 208))
        (func (export "test:glue/api#get-string-utf8") (result i32) (i32.const 216))
        (func (export "test:glue/api#get-list-misaligned") (result i32) (i32.const 240))
        (func (export "test:glue/api#get-list-huge") (result i32) (i32.const 248))
        (func (export "test:glue/api#get-result-ptr-oob") (result i32) (i32.const 65528))
        (func (export "test:glue/api#call-enum") (call $takeEnum (i32.const 5)))
        (func (export "test:glue/api#call-char") (call $takeChar (i32.const 0xDFFF)))
        (func (export "test:glue/api#call-string") (call $takeString (i32.const 100) (i32.const 2)))
        (func (export "test:glue/api#call-variant") (call $takeVariant (i32.const 9) (i32.const 0)))
        (func (export "test:glue/api#call-flags") (call $takeFlags (i32.const 0x80000001)))
        (func (export "test:glue/api#call-bool") (result i32) (call $takeBool (i32.const 2)))
      )
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;
      import static org.junit.jupiter.api.Assertions.assertThrows;

      import exports.test.glue.Api;
      import io.witj.runtime.WitTrapException;
      import java.util.Set;
      import java.util.function.Consumer;
      import test.glue.Host;
      import test.glue.Traps;

      public final class Driver implements Consumer<byte[]>, Host {
        private byte[] wasm;

        @Override public void takeEnum(Color c) { throw new AssertionError("reached the host: " + c); }
        @Override public void takeChar(int c) { throw new AssertionError("reached the host: " + c); }
        @Override public void takeString(String s) { throw new AssertionError("reached the host: " + s); }
        @Override public void takeVariant(V v) { throw new AssertionError("reached the host: " + v); }
        private Set<F> tookFlags = Set.of();
        @Override public void takeFlags(Set<F> f) { tookFlags = f; }
        @Override public boolean takeBool(boolean b) { return b; }

        private void trap(String function, String message, Consumer<Api> call) {
          try (Traps w = Traps.builder(wasm).host(this).build()) {
            WitTrapException e = assertThrows(WitTrapException.class, () -> call.accept(w.api()));
            assertThat(e.function()).isEqualTo(function);
            assertThat(e).hasMessageThat().contains(message);
          }
        }

        @Override
        public void accept(byte[] wasm) {
          this.wasm = wasm;
          try (Traps w = Traps.builder(wasm).host(this).build()) {
            assertThat(w.api().getBool()).isTrue();
            assertThat(w.api().callBool()).isTrue();
            // unpack_flags_from_int: bits above the last label are ignored, both ways
            assertThat(w.api().getFlags()).containsExactly(F.Y);
            w.api().callFlags();
            assertThat(tookFlags).containsExactly(F.X);
          }
          String api = "test:glue/api#";
          trap(api + "get-enum", "enum color discriminant 3 out of range (3 cases)", Api::getEnum);
          trap(api + "get-surrogate", "char value 0xd800 is a surrogate", Api::getSurrogate);
          trap(api + "get-big-char", "char value 0x110000 is not a Unicode scalar value", Api::getBigChar);
          trap(api + "get-variant", "variant v discriminant 7 out of range (2 cases)", Api::getVariant);
          trap(api + "get-option", "option discriminant 2 out of range (2 cases)", Api::getOption);
          trap(api + "get-string-oob", "out of bounds", Api::getStringOob);
          trap(api + "get-string-wrap", "string pointer 0xffffffff + length 2 out of bounds", Api::getStringWrap);
          trap(api + "get-string-utf8", "UTF-8", Api::getStringUtf8);
          trap(api + "get-list-misaligned", "list pointer 0x00000065 is not 4-byte aligned", Api::getListMisaligned);
          trap(api + "get-list-huge", "exceeds the maximum", Api::getListHuge);
          trap(api + "get-result-ptr-oob", "result pointer 0x0000fff8 + length 16 out of bounds", Api::getResultPtrOob);
          String host = "test:glue/host#";
          trap(host + "take-enum", "enum color discriminant 5 out of range", Api::callEnum);
          trap(host + "take-char", "char value 0xdfff is a surrogate", Api::callChar);
          trap(host + "take-string", "UTF-8", Api::callString);
          trap(host + "take-variant", "variant v discriminant 9 out of range", Api::callVariant);
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void badGuestValuesTrapNamingTheFunction() throws Exception {
    GlueHarness.run(temp, WIT, "traps", Wat2Wasm.parse(WAT), DRIVER);
  }
}
