package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: generated lift code, given random guest memory and random flat values, returns a valid
 * value or throws {@code WitTrapException} naming the function — never another exception — and
 * allocates at most about its lift limit. Each try ({@link io.witj.codegen.fuzz.SeededTries}: fixed
 * base seed, {@code -Dwitj.fuzz.seed}, {@code -Dwitj.fuzz.tries}, {@code -Dwitj.fuzz.replay})
 * instantiates the guest with a random string encoding (UTF-8, UTF-16, latin1+UTF-16) and lift
 * limit (4 KiB to the 64 MiB default), fills a scratch area and the end of its 1 MiB memory with
 * {@link HostileMemory} data, and calls every export once: lists of strings, flags, enums, options,
 * results, bools, empty records, variants and handles, nested records, and single flat results
 * (enum, flags, char, bool, handle) taken straight from a random word. Amplifying lists ({@code
 * list<empty>} of 2^31 elements, a {@code list<many>} spanning memory) must trap on the lift limit
 * before allocating: a call may allocate at most twice the limit plus 4 MiB.
 */
class LiftFuzzTest {
  static final List<String> FUNCTIONS =
      List.of(
          "get-string",
          "get-strings",
          "get-few-list",
          "get-many-list",
          "get-enums",
          "get-options",
          "get-results",
          "get-bools",
          "get-empties",
          "get-shapes",
          "get-tree",
          "get-trees",
          "get-deep",
          "get-accs",
          "get-acc-result",
          "get-byte-lists",
          "get-fixed",
          "flat-color",
          "flat-few",
          "flat-many",
          "flat-char",
          "flat-bool",
          "flat-acc");

  static final String WIT =
      """
      package test:lift;
      interface api {
        enum color { red, green, blue }
        flags few { a, b, c }
        flags many { f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15,
                     f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31 }
        record empty {}
        variant shape { none, circle(u32), label(string), tint(option<color>), big(u64),
                        ratio(f64), pair(tuple<u8, string>) }
        record leaf { name: string, c: char, few: few, tags: list<u16> }
        record branch { leaf: leaf, shape: shape, kids: list<leaf>, maybe: option<leaf> }
        record tree { root: branch, many: many, res: result<branch, string>, color: color }
        resource acc {
          constructor(v: u32);
        }
        get-string: func() -> string;
        get-strings: func() -> list<string>;
        get-few-list: func() -> list<few>;
        get-many-list: func() -> list<many>;
        get-enums: func() -> list<color>;
        get-options: func() -> list<option<u8>>;
        get-results: func() -> list<result<u8, string>>;
        get-bools: func() -> list<bool>;
        get-empties: func() -> list<empty>;
        get-shapes: func() -> list<shape>;
        get-tree: func() -> tree;
        get-trees: func() -> list<tree>;
        get-deep: func() -> option<result<list<option<shape>>, tuple<string, list<string>>>>;
        get-accs: func() -> list<acc>;
        get-acc-result: func() -> result<acc, option<acc>>;
        get-byte-lists: func() -> list<list<u8>>;
        get-fixed: func() -> list<string, 3>;
        flat-color: func() -> color;
        flat-few: func() -> few;
        flat-many: func() -> many;
        flat-char: func() -> char;
        flat-bool: func() -> bool;
        flat-acc: func() -> acc;
      }
      world lift-fuzz {
        export api;
      }
      """;

  /**
   * Exports named {@code get-*} return the pointer stored at address 0, {@code flat-*} the word at
   * address 4; {@code _initialize} creates acc handles 1..3.
   */
  static String wat() {
    StringBuilder funcs = new StringBuilder();
    for (String f : FUNCTIONS) {
      int from = f.startsWith("flat-") ? 4 : 0;
      funcs.append(
          String.format(
              "  (func (export \"test:lift/api#%s\") (result i32) (i32.load (i32.const %d)))%n",
              f, from));
    }
    return AccGuestWat.module("test:lift/api", 16, funcs);
  }

  static final String DRIVER =
      """
      package driver;

      import static io.witj.codegen.glue.LiftedValues.check;
      import static io.witj.codegen.glue.LiftedValues.checkChar;

      import com.dylibso.chicory.runtime.Memory;
      import com.dylibso.chicory.wasm.Parser;
      import com.dylibso.chicory.wasm.WasmModule;
      import exports.test.lift.Api;
      import io.witj.codegen.fuzz.SeededTries;
      import io.witj.codegen.glue.HostileMemory;
      import io.witj.runtime.Result;
      import io.witj.runtime.StringEncoding;
      import io.witj.runtime.WitTrapException;
      import java.lang.management.ManagementFactory;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.SplittableRandom;
      import java.util.TreeMap;
      import java.util.function.Consumer;
      import test.lift.LiftFuzz;

      public final class Driver implements Consumer<byte[]> {
        static final int SCRATCH = 0x1000;
        static final int SCRATCH_LENGTH = 0x800;
        static final long[] LIMITS = {4 << 10, 64 << 10, 1 << 20, 64L << 20};
        static final StringEncoding[] ENCODINGS = StringEncoding.values();

        private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private final Map<String, int[]> perFunction = new TreeMap<>();
        private final Map<String, int[]> perEncoding = new TreeMap<>();
        private final Map<Long, Long> maxAllocated = new TreeMap<>();
        private WasmModule module;

        @Override
        public void accept(byte[] wasm) {
          module = Parser.parse(wasm);
          SeededTries tries = SeededTries.of("LiftFuzzTest", 0x11F7_0001L, 300);
          tries.forEach(this::oneTry);
          System.out.printf(
              "LiftFuzzTest: %d calls; most allocated by one call, per lift limit: %s%n",
              perFunction.values().stream().mapToInt(n -> n[0] + n[1]).sum(), maxAllocated);
          perEncoding.forEach((e, n) -> System.out.printf("  %-14s %5d values %5d traps%n", e, n[0], n[1]));
          perFunction.forEach((f, n) -> {
            System.out.printf("  %-16s %5d values %5d traps%n", f, n[0], n[1]);
            // bool and flags lift from any word (flag bits above the last label are ignored)
            boolean canTrap = !List.of("flat-bool", "flat-few", "flat-many").contains(f);
            if (n[0] < 1 || canTrap && n[1] < 3) {
              throw new AssertionError("fuzz data too one-sided for " + f + ": " + n[0] + " values, " + n[1] + " traps");
            }
          });
        }

        private void oneTry(SplittableRandom random, int index) {
          StringEncoding encoding = ENCODINGS[random.nextInt(ENCODINGS.length)];
          long limit = LIMITS[random.nextInt(LIMITS.length)];
          HostileMemory hostile = new HostileMemory(random.nextLong(), SCRATCH, SCRATCH_LENGTH);
          List<String> functions = new ArrayList<>(List.of(FUNCTION_NAMES));
          java.util.Collections.shuffle(functions, new java.util.Random(random.nextLong()));
          LiftFuzz world = open(encoding, limit);
          try {
            for (String f : functions) {
              Memory memory = world.instance().memory();
              int size = memory.pages() * Memory.PAGE_SIZE;
              memory.writeI32(0, hostile.nextInt(100) < 85 ? SCRATCH + 8 * hostile.nextInt(4) : hostile.word(size));
              memory.writeI32(4, hostile.nextInt(100) < 50 ? hostile.nextInt(8) : hostile.word(size));
              hostile.fill(memory, SCRATCH, SCRATCH_LENGTH);
              hostile.fill(memory, size - 64, 64);
              String what = f + " (" + encoding + ", lift limit " + limit + ")";
              long before = threads.getCurrentThreadAllocatedBytes();
              boolean trapped = false;
              try {
                verify(f, call(world.api(), f));
              } catch (WitTrapException e) {
                if (!e.function().equals("test:lift/api#" + f)) {
                  throw new AssertionError(what + ": trap names " + e.function(), e);
                }
                trapped = true;
              } catch (RuntimeException | Error e) {
                throw new AssertionError(what + ": " + e, e);
              }
              long allocated = threads.getCurrentThreadAllocatedBytes() - before;
              maxAllocated.merge(limit, allocated, Math::max);
              if (allocated > 2 * limit + (4 << 20)) {
                throw new AssertionError(what + ": allocated " + allocated + " bytes");
              }
              perFunction.computeIfAbsent(f, k -> new int[2])[trapped ? 1 : 0]++;
              perEncoding.computeIfAbsent(encoding.name(), k -> new int[2])[trapped ? 1 : 0]++;
              if (trapped) {
                world.close(); // a trapped instance is dead
                world = open(encoding, limit);
              }
            }
          } finally {
            world.close();
          }
        }

        private LiftFuzz open(StringEncoding encoding, long limit) {
          return LiftFuzz.builder(module).stringEncoding(encoding).liftLimit(limit).build();
        }

        private static Object call(Api api, String f) {
          switch (f) {
            case "get-string": return api.getString();
            case "get-strings": return api.getStrings();
            case "get-few-list": return api.getFewList();
            case "get-many-list": return api.getManyList();
            case "get-enums": return api.getEnums();
            case "get-options": return api.getOptions();
            case "get-results": return api.getResults();
            case "get-bools": return api.getBools();
            case "get-empties": return api.getEmpties();
            case "get-shapes": return api.getShapes();
            case "get-tree": return api.getTree();
            case "get-trees": return api.getTrees();
            case "get-deep": return api.getDeep();
            case "get-accs": {
              List<Api.Acc> l = api.getAccs();
              l.forEach(Api.Acc::close);
              return l;
            }
            case "get-acc-result": {
              Result<Api.Acc, Optional<Api.Acc>> r = api.getAccResult();
              if (r instanceof Result.Ok<Api.Acc, Optional<Api.Acc>> ok) {
                ok.value().close();
              } else {
                r.unwrapErr().ifPresent(Api.Acc::close);
              }
              return r;
            }
            case "get-byte-lists": return api.getByteLists();
            case "get-fixed": return api.getFixed();
            case "flat-color": return api.flatColor();
            case "flat-few": return api.flatFew();
            case "flat-many": return api.flatMany();
            case "flat-char": return api.flatChar();
            case "flat-bool": return api.flatBool();
            case "flat-acc": {
              Api.Acc a = api.flatAcc();
              a.close();
              return a;
            }
            default: throw new AssertionError(f);
          }
        }

        private static void verify(String f, Object v) {
          check(v);
          if (f.equals("flat-char")) {
            checkChar((Integer) v);
          }
          if (f.equals("get-fixed") && ((List<?>) v).size() != 3) {
            throw new AssertionError("fixed list of " + ((List<?>) v).size());
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void liftedValuesAreValidOrTrapWithinTheLiftLimit() throws Exception {
    String functions = String.join(", ", FUNCTIONS.stream().map(f -> '"' + f + '"').toList());
    GlueHarness.run(
        temp, WIT, "lift-fuzz", Wat2Wasm.parse(wat()), DRIVER.replace("FUNCTION_NAMES", functions));
  }
}
