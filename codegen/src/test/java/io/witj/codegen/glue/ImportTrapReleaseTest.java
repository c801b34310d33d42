package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions found by {@link ImportArgumentFuzzTest}: a trapping import call must not lose host
 * objects. (1) An {@code own} argument lifted before a later argument traps goes back into the
 * guest's table, so closing the world closes it (it used to be removed and never closed). (2) A bad
 * out-pointer traps before the host implementation runs (it used to run and its new resource was
 * lost). (3) When lowering a result traps after the host created resources (here the guest's {@code
 * cabi_realloc} returns a misaligned pointer for the list), those not in the table are closed at
 * once.
 */
class ImportTrapReleaseTest {
  static final String WIT =
      """
      package test:rel;
      interface host {
        resource counter {
          constructor(start: u32);
        }
        take: func(c: counter, s: string);
        make-pair: func() -> tuple<counter, string>;
        make-list: func() -> list<counter>;
      }
      interface guest {
        take-bad-string: func();
        make-pair-bad-out: func();
        make-list-bad-realloc: func();
      }
      world rel {
        import host;
        export guest;
      }
      """;

  static final String WAT =
      """
      (module
        (import "test:rel/host" "[constructor]counter" (func $new (param i32) (result i32)))
        (import "test:rel/host" "take" (func $take (param i32 i32 i32)))
        (import "test:rel/host" "make-pair" (func $pair (param i32)))
        (import "test:rel/host" "make-list" (func $list (param i32)))
        (memory (export "memory") 1)
        (data (i32.const 100) "\\ff")
        (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32) (i32.const 1001))
        (func (export "test:rel/guest#take-bad-string")
          (call $take (call $new (i32.const 1)) (i32.const 100) (i32.const 1)))
        (func (export "test:rel/guest#make-pair-bad-out")
          (call $pair (i32.const 2)))
        (func (export "test:rel/guest#make-list-bad-realloc")
          (call $list (i32.const 200)))
      )
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;
      import static org.junit.jupiter.api.Assertions.assertThrows;

      import io.witj.runtime.Tuple2;
      import io.witj.runtime.WitTrapException;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.function.Consumer;
      import test.rel.Host;
      import test.rel.Rel;

      public final class Driver implements Consumer<byte[]>, Host {
        final List<String> events = new ArrayList<>();

        final class MyCounter implements Counter {
          final int value;
          MyCounter(int value) { this.value = value; events.add("new " + value); }
          @Override public void close() { events.add("close " + value); }
        }

        @Override public Counter newCounter(int start) { return new MyCounter(start); }
        @Override public void take(Counter c, String s) { events.add("take reached the host"); }
        @Override public Tuple2<Counter, String> makePair() { return new Tuple2<>(new MyCounter(2), "x"); }
        @Override public List<Counter> makeList() { return List.of(new MyCounter(3), new MyCounter(4)); }

        private void trap(String function, String message, Consumer<Rel> call) {
          try (Rel w = Rel.builder(wasm).host(this).build()) {
            WitTrapException e = assertThrows(WitTrapException.class, () -> call.accept(w));
            assertThat(e.function()).isEqualTo(function);
            assertThat(e).hasMessageThat().contains(message);
            events.add("trapped");
          }
        }

        private byte[] wasm;

        @Override
        public void accept(byte[] wasm) {
          this.wasm = wasm;
          trap("test:rel/host#take", "UTF-8", w -> w.guest().takeBadString());
          assertThat(events).containsExactly("new 1", "trapped", "close 1").inOrder();
          events.clear();
          trap("test:rel/host#make-pair", "result pointer 0x00000002 is not 4-byte aligned",
              w -> w.guest().makePairBadOut());
          assertThat(events).containsExactly("trapped");
          events.clear();
          trap("test:rel/host#make-list", "cabi_realloc returned 0x000003e9, not 4-byte aligned",
              w -> w.guest().makeListBadRealloc());
          assertThat(events).containsExactly("new 3", "new 4", "close 3", "close 4", "trapped").inOrder();
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void trappingImportCallsCloseOrKeepTheHostObjectsTheyMoved() throws Exception {
    GlueHarness.run(temp, WIT, "rel", Wat2Wasm.parse(WAT), DRIVER);
  }
}
