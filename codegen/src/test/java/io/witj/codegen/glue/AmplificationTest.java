package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Amplification from a WAT guest with an ordinary 32 MiB memory: lists spanning the memory whose
 * elements are 1 or 2 guest bytes but a Java object each ({@code list<flags>}: an {@code EnumSet}
 * per byte, about 1 GiB of heap), and a list of empty records that takes no guest memory at all.
 * Each traps before allocating, with a message naming the function, the WIT type and the lift limit
 * (64 MiB by default), in export results and in import arguments; the thread allocates less than 8
 * MiB meanwhile. A {@code list<bool>} is a {@code boolean[]} (no amplification), still bounded by
 * the limit. The limit is configurable on the builder: a 1 MiB limit stops a list the default
 * lifts.
 */
class AmplificationTest {
  static final String WIT =
      """
      package test:amp;
      interface types {
        flags perms { read, write, exec }
        enum color { red, green, blue }
        record empty {}
      }
      interface host {
        use types.{perms};
        take-flags: func(f: list<perms>) -> u32;
      }
      interface api {
        use types.{perms, color, empty};
        get-flags: func(n: u32) -> list<perms>;
        get-results: func(n: u32) -> list<result>;
        get-enums: func(n: u32) -> list<color>;
        get-options: func(n: u32) -> list<option<u8>>;
        get-bools: func(n: u32) -> list<bool>;
        get-empties: func(n: u32) -> list<empty>;
        get-strings: func(n: u32) -> list<string>;
        get-nested: func(n: u32) -> list<list<color>>;
        call-flags: func(n: u32) -> u32;
      }
      world amp {
        import host;
        export api;
      }
      """;

  /** 512 pages (32 MiB) of zeros: every element is valid (flags 0, ok, red, none, false, ""). */
  static final String WAT =
      """
      (module
        (import "test:amp/host" "take-flags" (func $takeFlags (param i32 i32) (result i32)))
        (memory (export "memory") 512)
        ;; a list of n elements at 64, its (ptr, len) pair at 0
        (func $list (param $n i32) (result i32)
          (i32.store (i32.const 0) (i32.const 64))
          (i32.store (i32.const 4) (local.get $n))
          (i32.const 0))
        (func (export "test:amp/api#get-flags") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:amp/api#get-results") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:amp/api#get-enums") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:amp/api#get-options") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:amp/api#get-bools") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:amp/api#get-empties") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:amp/api#get-strings") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:amp/api#get-nested") (param i32) (result i32) (call $list (local.get 0)))
        (func (export "test:amp/api#call-flags") (param i32) (result i32)
          (call $takeFlags (i32.const 64) (local.get 0)))
      )
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;
      import static org.junit.jupiter.api.Assertions.assertThrows;

      import exports.test.amp.Api;
      import io.witj.runtime.WitTrapException;
      import java.lang.management.ManagementFactory;
      import java.util.List;
      import java.util.function.Consumer;
      import java.util.function.Function;
      import test.amp.Amp;
      import test.amp.Host;
      import test.amp.Types;

      public final class Driver implements Consumer<byte[]>, Host {
        private static final int MEMORY = 512 * 65536;
        private static final long MAX_ALLOCATION = 8L << 20;
        private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private byte[] wasm;

        @Override
        public int takeFlags(List<java.util.Set<Types.Perms>> f) {
          return f.size();
        }

        private void trap(String function, String type, long limit, Function<Api, ?> call) {
          try (Amp w = Amp.builder(wasm).host(this).liftLimit(limit).build()) {
            long before = threads.getCurrentThreadAllocatedBytes();
            WitTrapException e = assertThrows(WitTrapException.class, () -> call.apply(w.api()));
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(e.function()).isEqualTo(function);
            assertThat(e).hasMessageThat().contains("lifting a " + type + " of length ");
            assertThat(e).hasMessageThat().contains("more than the lift limit of ");
            assertThat(e).hasMessageThat().contains("(" + limit + " bytes) per call");
            assertThat(allocated).isLessThan(MAX_ALLOCATION);
          }
        }

        private void trap(String function, String type, Function<Api, ?> call) {
          trap(function, type, 64L << 20, call);
        }

        @Override
        public void accept(byte[] wasm) {
          this.wasm = wasm;
          String api = "test:amp/api#";
          int all = MEMORY - 64;
          trap(api + "get-flags", "list<perms>", a -> a.getFlags(all));
          trap(api + "get-results", "list<result>", a -> a.getResults(all));
          trap(api + "get-enums", "list<color>", a -> a.getEnums(all));
          trap(api + "get-options", "list<option<u8>>", a -> a.getOptions(all / 2));
          // a boolean[] (1 byte per element, plus the staging copy): bounded by the limit too
          trap(api + "get-bools", "list<bool>", 16L << 20, a -> a.getBools(all));
          trap(api + "get-empties", "list<empty>", a -> a.getEmpties(-1));
          trap(api + "get-empties", "list<empty>", a -> a.getEmpties(100_000_000));
          trap(api + "get-strings", "list<string>", a -> a.getStrings(all / 8));
          trap("test:amp/host#take-flags", "list<perms>", a -> a.callFlags(all));
          // a list<list<color>> of empty lists: each inner list is an object of its own
          trap(api + "get-nested", "list<list<color>>", a -> a.getNested(all / 8));

          // moderate lists lift, and the limit is the builder's
          try (Amp w = Amp.builder(wasm).host(this).build()) {
            assertThat(w.api().getFlags(100_000)).hasSize(100_000);
            assertThat(w.api().getEmpties(100_000)).hasSize(100_000);
            assertThat(w.api().getEnums(1_000_000).get(999_999)).isEqualTo(Types.Color.RED);
            assertThat(w.api().callFlags(100_000)).isEqualTo(100_000);
          }
          trap(api + "get-flags", "list<perms>", 1L << 20, a -> a.getFlags(100_000));
          trap("test:amp/host#take-flags", "list<perms>", 1L << 20, a -> a.callFlags(100_000));
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void listsOfSmallElementsTrapAtTheLiftLimitBeforeAllocating() throws Exception {
    GlueHarness.run(temp, WIT, "amp", Wat2Wasm.parse(WAT), DRIVER);
  }
}
