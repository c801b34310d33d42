package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aliased pointers from a WAT guest: lists of 8000 strings (or byte lists) that all point at the
 * same 64 KiB would make the host allocate about 500 MiB out of a 128 KiB memory. The per-call lift
 * budget ({@code 2 * memory size + 1 MiB}) stops them after about 20 elements with a {@code
 * WitTrapException} naming the function, in export results and in import arguments. Moderate
 * aliasing (1000 copies of a 16-byte string) still lifts, and a call that uses most of the budget
 * can be repeated: every call starts with a fresh budget.
 */
class AliasedLiftTest {
  static final String WIT =
      """
      package test:glue;
      interface host {
        take-strings: func(s: list<string>) -> u32;
      }
      interface api {
        record named { name: string, id: u32 }
        get-aliased: func() -> list<string>;
        get-aliased-bytes: func() -> list<list<u8>>;
        get-aliased-records: func() -> list<named>;
        get-moderate: func() -> list<string>;
        get-ten-pages: func() -> list<string>;
        call-aliased: func() -> u32;
        call-moderate: func() -> u32;
      }
      world aliased {
        import host;
        export api;
      }
      """;

  /*
   * Memory: 2 pages. Element arrays start at 0 (8000 * 8 = 64000 bytes max), the spilled result
   * (pointer, count) at 64000, the aliased region is the second page, 65536..131071 (zeros).
   */
  static final String WAT =
      """
      (module
        (import "test:glue/host" "take-strings" (func $takeStrings (param i32 i32) (result i32)))
        (memory (export "memory") 2)
        (data (i32.const 65536) "sixteen bytes!!!")
        ;; n elements of `stride` bytes at 0, each starting with (ptr, len)
        (func $fill (param $n i32) (param $stride i32) (param $ptr i32) (param $len i32)
          (local $at i32)
          (block $done
            (loop $next
              (br_if $done (i32.eqz (local.get $n)))
              (i32.store (local.get $at) (local.get $ptr))
              (i32.store offset=4 (local.get $at) (local.get $len))
              (local.set $at (i32.add (local.get $at) (local.get $stride)))
              (local.set $n (i32.sub (local.get $n) (i32.const 1)))
              (br $next))))
        (func $list (param $n i32) (param $stride i32) (param $len i32) (result i32)
          (call $fill (local.get $n) (local.get $stride) (i32.const 65536) (local.get $len))
          (i32.store (i32.const 64000) (i32.const 0))
          (i32.store (i32.const 64004) (local.get $n))
          (i32.const 64000))
        (func (export "test:glue/api#get-aliased") (result i32)
          (call $list (i32.const 8000) (i32.const 8) (i32.const 65536)))
        (func (export "test:glue/api#get-aliased-bytes") (result i32)
          (call $list (i32.const 8000) (i32.const 8) (i32.const 65536)))
        (func (export "test:glue/api#get-aliased-records") (result i32)
          (call $list (i32.const 5000) (i32.const 12) (i32.const 65536)))
        (func (export "test:glue/api#get-moderate") (result i32)
          (call $list (i32.const 1000) (i32.const 8) (i32.const 16)))
        (func (export "test:glue/api#get-ten-pages") (result i32)
          (call $list (i32.const 10) (i32.const 8) (i32.const 65536)))
        (func (export "test:glue/api#call-aliased") (result i32)
          (call $fill (i32.const 8000) (i32.const 8) (i32.const 65536) (i32.const 65536))
          (call $takeStrings (i32.const 0) (i32.const 8000)))
        (func (export "test:glue/api#call-moderate") (result i32)
          (call $fill (i32.const 1000) (i32.const 8) (i32.const 65536) (i32.const 16))
          (call $takeStrings (i32.const 0) (i32.const 1000)))
      )
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;
      import static org.junit.jupiter.api.Assertions.assertThrows;

      import exports.test.glue.Api;
      import io.witj.runtime.WitTrapException;
      import java.util.List;
      import java.util.function.Consumer;
      import test.glue.Aliased;
      import test.glue.Host;

      public final class Driver implements Consumer<byte[]>, Host {
        private byte[] wasm;

        @Override
        public int takeStrings(List<String> s) {
          for (String e : s) {
            assertThat(e).isEqualTo("sixteen bytes!!!");
          }
          return s.size();
        }

        private void trap(String function, Consumer<Api> call) {
          try (Aliased w = Aliased.builder(wasm).host(this).build()) {
            long start = System.nanoTime();
            WitTrapException e = assertThrows(WitTrapException.class, () -> call.accept(w.api()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(e.function()).isEqualTo(function);
            assertThat(e).hasMessageThat().contains("bytes of guest memory in one call, more than twice its size");
            assertThat(e).hasMessageThat().contains("(aliased pointers)");
            assertThat(millis).isLessThan(5_000L);
          }
        }

        @Override
        public void accept(byte[] wasm) {
          this.wasm = wasm;
          String api = "test:glue/api#";
          trap(api + "get-aliased", Api::getAliased);
          trap(api + "get-aliased-bytes", Api::getAliasedBytes);
          trap(api + "get-aliased-records", Api::getAliasedRecords);
          trap("test:glue/host#take-strings", Api::callAliased);
          try (Aliased w = Aliased.builder(wasm).host(this).build()) {
            for (int k = 0; k < 3; k++) {
              List<String> moderate = w.api().getModerate();
              assertThat(moderate).hasSize(1000);
              assertThat(moderate.get(999)).isEqualTo("sixteen bytes!!!");
              assertThat(w.api().callModerate()).isEqualTo(1000);
              // 10 * 64 KiB of 2 * 128 KiB + 1 MiB: twice in one budget would trap
              List<String> tenPages = w.api().getTenPages();
              assertThat(tenPages).hasSize(10);
              assertThat(tenPages.get(9)).hasLength(65536);
            }
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void aliasedListsTrapNamingTheFunctionAndModerateAliasingLifts() throws Exception {
    GlueHarness.run(temp, WIT, "aliased", Wat2Wasm.parse(WAT), DRIVER);
  }
}
