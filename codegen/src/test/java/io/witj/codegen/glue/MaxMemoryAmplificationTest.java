package io.witj.codegen.glue;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest whose memory is as large as Chicory lets it grow: {@code Memory.RUNTIME_MAX_PAGES} =
 * 32767 pages, 2 GiB - 64 KiB, for every memory implementation (a further {@code memory.grow}
 * returns -1). With that much memory the aliasing budget ({@code 2 * memory size}) no longer
 * protects the host, so the lift limit must: the largest lists and strings the spec allows ({@code
 * 2^28 - 1} bytes), lists of flags and options spanning them, and a list of empty records of 2^32 -
 * 1 elements all trap naming the function, the type and the limit while the thread allocates less
 * than 8 MiB. A 32 MiB {@code list<u8>} still lifts.
 *
 * <p>Runs in its own surefire execution ({@code max-memory}, {@code -Xmx3g}); it skips, saying so,
 * in a JVM whose heap cannot hold the 2 GiB memory.
 */
class MaxMemoryAmplificationTest {
  static final String WIT =
      """
      package test:max;
      interface api {
        flags perms { read, write, exec }
        record empty {}
        grow: func() -> s32;
        pages: func() -> u32;
        get-flags: func(n: u32) -> list<perms>;
        get-options: func(n: u32) -> list<option<u8>>;
        get-empties: func(n: u32) -> list<empty>;
        get-bytes: func(n: u32) -> list<u8>;
        get-string: func(n: u32) -> string;
      }
      world max {
        export api;
      }
      """;

  static final String WAT =
      """
      (module
        (memory (export "memory") 1 %d)
        (func $list (param $n i32) (result i32)
          (i32.store (i32.const 0) (i32.const 64))
          (i32.store (i32.const 4) (local.get $n))
          (i32.const 0))
        (func (export "test:max/api#grow") (result i32)
          (drop (memory.grow (i32.sub (i32.const %d) (memory.size))))
          (memory.grow (i32.const 1)))
        (func (export "test:max/api#pages") (result i32) (memory.size))
        (func (export "test:max/api#get-flags") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:max/api#get-options") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:max/api#get-empties") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:max/api#get-bytes") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:max/api#get-string") (param i32) (result i32) (call $list (local.get 0)))
      )
      """
          .formatted(Memory.RUNTIME_MAX_PAGES, Memory.RUNTIME_MAX_PAGES);

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;
      import static org.junit.jupiter.api.Assertions.assertThrows;

      import com.dylibso.chicory.runtime.Memory;
      import exports.test.max.Api;
      import io.witj.runtime.WitTrapException;
      import java.lang.management.ManagementFactory;
      import java.util.function.Consumer;
      import java.util.function.Function;
      import test.max.Max;

      public final class Driver implements Consumer<byte[]> {
        private static final int MAX_LIST = (1 << 28) - 1;
        private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        private static void trap(Api api, String function, String type, Function<Api, ?> call,
            com.sun.management.ThreadMXBean threads) {
          long before = threads.getCurrentThreadAllocatedBytes();
          WitTrapException e = assertThrows(WitTrapException.class, () -> call.apply(api));
          long allocated = threads.getCurrentThreadAllocatedBytes() - before;
          assertThat(e.function()).isEqualTo("test:max/api#" + function);
          assertThat(e).hasMessageThat().contains("lifting a " + type + " of length ");
          assertThat(e).hasMessageThat().contains("lift limit of 64 MiB (67108864 bytes) per call");
          assertThat(allocated).isLessThan(8L << 20);
        }

        @Override
        public void accept(byte[] wasm) {
          // one instance per trap: a trapped instance is dead
          String[][] cases = {
            {"get-flags", "list<perms>"}, {"get-options", "list<option<u8>>"},
            {"get-empties", "list<empty>"}, {"get-bytes", "list<u8>"}, {"get-string", "string"},
          };
          for (String[] c : cases) {
            try (Max w = Max.builder(wasm).build()) {
              Api api = w.api();
              assertThat(api.grow()).isEqualTo(-1); // grown to the maximum, and no further
              assertThat(api.pages()).isEqualTo(Memory.RUNTIME_MAX_PAGES);
              Function<Api, ?> call = switch (c[0]) {
                case "get-flags" -> a -> a.getFlags(MAX_LIST);
                case "get-options" -> a -> a.getOptions(MAX_LIST / 2);
                case "get-empties" -> a -> a.getEmpties(-1);
                case "get-bytes" -> a -> a.getBytes(MAX_LIST);
                default -> a -> a.getString(MAX_LIST);
              };
              trap(api, c[0], c[1], call, threads);
            }
          }
          try (Max w = Max.builder(wasm).build()) {
            w.api().grow();
            assertThat(w.api().getBytes(32 << 20)).hasLength(32 << 20);
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void theLiftLimitHoldsWithTheLargestMemoryChicoryAllows() throws Exception {
    long needed = (long) Memory.RUNTIME_MAX_PAGES * Memory.PAGE_SIZE + (512L << 20);
    assumeTrue(
        Runtime.getRuntime().maxMemory() >= needed,
        "skipped: the heap ("
            + (Runtime.getRuntime().maxMemory() >> 20)
            + " MiB) cannot hold a guest memory of 32767 pages; run in the max-memory execution"
            + " (-Xmx3g)");
    GlueHarness.run(temp, WIT, "max", Wat2Wasm.parse(WAT), DRIVER);
  }
}
