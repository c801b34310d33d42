package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the lifting of export results from hostile guest memory. Every export of the WAT guest
 * returns the pointer stored at address 0 (usually a scratch area, sometimes a structured hostile
 * word); before each call the driver fills the scratch area and the last bytes of memory with
 * random bytes or structured random words ({@link HostileMemory}). Each call must return a valid
 * value of its type (checked against memory where an oracle is cheap) or throw {@code
 * WitTrapException} naming the function; anything else fails with the seed and iteration. A total
 * time budget and a per-call heap allocation limit ({@link FuzzBudget}) catch hangs and allocations
 * the guest's claimed lengths were not checked against.
 *
 * <p>Reproduce a failure with {@code -Dwitj.fuzz.seed=<seed>}.
 */
class GuestValueFuzzTest {
  static final List<String> FUNCTIONS =
      List.of(
          "get-string",
          "get-bytes",
          "get-ints",
          "get-strings",
          "get-inners",
          "get-rich",
          "get-tuple",
          "get-map",
          "get-fixed",
          "get-fixed-strings",
          "get-opt-opt",
          "get-result",
          "get-chars",
          "get-bools",
          "get-nested",
          "get-acc-pair",
          "get-accs",
          "get-acc-opt",
          "peek");

  static final String WIT =
      """
      package test:fuzz;
      interface api {
        enum color { red, green, blue }
        flags few { a, b, c }
        flags many { f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15,
                     f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31 }
        variant shape { none, circle(u32), label(string), tint(option<color>), big(u64), ratio(f64) }
        record inner { name: string, c: char, ok: bool, tags: list<string> }
        record rich {
          id: u32, inner: inner, shape: shape, maybe: option<string>, res: result<u32, string>,
          color: color, few: few, many: many, ch: char, flag: bool, pair: tuple<s8, f32>
        }
        resource acc {
          constructor(v: u32);
        }
        get-string: func() -> string;
        get-bytes: func() -> list<u8>;
        get-ints: func() -> list<u32>;
        get-strings: func() -> list<string>;
        get-inners: func() -> list<inner>;
        get-rich: func() -> rich;
        get-tuple: func() -> tuple<u8, string, char, bool, s64>;
        get-map: func() -> map<string, u32>;
        get-fixed: func() -> list<u32, 4>;
        get-fixed-strings: func() -> list<string, 2>;
        get-opt-opt: func() -> option<option<string>>;
        get-result: func() -> result<list<u8>, string>;
        get-chars: func() -> list<char>;
        get-bools: func() -> list<bool>;
        get-nested: func() -> list<option<result<shape, list<string>>>>;
        get-acc-pair: func() -> tuple<acc, u32>;
        get-accs: func() -> list<acc>;
        get-acc-opt: func() -> option<acc>;
        peek: func(a: borrow<acc>) -> string;
      }
      world fuzz-exports {
        export api;
      }
      """;

  /**
   * Every export returns the pointer at address 0; {@code _initialize} creates acc handles 1..3.
   */
  static String wat() {
    StringBuilder funcs = new StringBuilder();
    for (String f : FUNCTIONS) {
      String params = f.equals("peek") ? "(param i32) " : "";
      funcs.append(
          String.format(
              "  (func (export \"test:fuzz/api#%s\") %s(result i32) (i32.load (i32.const 0)))%n",
              f, params));
    }
    return AccGuestWat.module("test:fuzz/api", 1, funcs);
  }

  static final String DRIVER =
      """
      package driver;

      import static io.witj.codegen.glue.LiftedValues.check;
      import static io.witj.codegen.glue.LiftedValues.checkChar;
      import static io.witj.codegen.glue.LiftedValues.require;

      import com.dylibso.chicory.runtime.Memory;
      import exports.test.fuzz.Api;
      import io.witj.codegen.glue.FuzzBudget;
      import io.witj.codegen.glue.HostileMemory;
      import io.witj.runtime.Tuple2;
      import io.witj.runtime.WitTrapException;
      import java.nio.ByteBuffer;
      import java.nio.ByteOrder;
      import java.nio.charset.StandardCharsets;
      import java.util.Arrays;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.function.Consumer;
      import test.fuzz.FuzzExports;

      public final class Driver implements Consumer<byte[]> {
        static final int SCRATCH = 0x1000;
        static final int SCRATCH_LENGTH = 0x800;
        static final int ITERATIONS = 400;

        private FuzzExports world;
        private com.dylibso.chicory.wasm.WasmModule module;
        private Memory memory;
        private int retPtr;

        @Override
        public void accept(byte[] wasm) {
          long seed = Long.getLong("witj.fuzz.seed", 0x5EED_0001L);
          HostileMemory hostile = new HostileMemory(seed, SCRATCH, SCRATCH_LENGTH);
          FuzzBudget budget = new FuzzBudget(40, 16 << 20);
          List<String> functions = List.of(%s);
          int values = 0;
          int traps = 0;
          Map<String, int[]> perFunction = new java.util.TreeMap<>();
          open(wasm);
          try {
            for (int i = 0; i < ITERATIONS; i++) {
              for (String f : functions) {
                if (f.contains("acc") || f.equals("peek")) {
                  open(wasm); // fresh acc handles 1..3
                }
                int size = memory.pages() * Memory.PAGE_SIZE;
                retPtr = hostile.nextInt(100) < 85 ? SCRATCH + 8 * hostile.nextInt(4) : hostile.word(size);
                memory.writeI32(0, retPtr);
                hostile.fill(memory, SCRATCH, SCRATCH_LENGTH);
                hostile.fill(memory, size - 64, 64);
                String what = "seed 0x" + Long.toHexString(seed) + ", iteration " + i + ", " + f;
                budget.begin();
                try {
                  verify(f, call(f));
                  values++;
                  perFunction.computeIfAbsent(f, k -> new int[2])[0]++;
                } catch (WitTrapException e) {
                  if (!e.function().equals("test:fuzz/api#" + f)) {
                    throw new AssertionError(what + ": trap names " + e.function(), e);
                  }
                  open(wasm); // a trapped instance is dead
                  traps++;
                  perFunction.computeIfAbsent(f, k -> new int[2])[1]++;
                } catch (Throwable t) {
                  throw new AssertionError(what + ": " + t, t);
                } finally {
                  budget.end(what);
                }
              }
            }
          } finally {
            world.close();
          }
          System.out.printf("GuestValueFuzzTest: seed 0x%%x, %%d calls, %%d values, %%d traps, max %%d bytes allocated per call%%n",
              seed, values + traps, values, traps, budget.maxAllocated());
          perFunction.forEach((f, n) -> {
            System.out.printf("  %%-18s %%4d values %%4d traps%%n", f, n[0], n[1]);
            if (n[0] < 5 || n[1] < 5) {
              throw new AssertionError("fuzz data too one-sided for " + f + ": " + n[0] + " values, " + n[1] + " traps");
            }
          });
        }

        private void open(byte[] wasm) {
          if (world != null) {
            world.close();
          }
          if (module == null) {
            module = com.dylibso.chicory.wasm.Parser.parse(wasm);
          }
          world = FuzzExports.builder(module).build();
          memory = world.instance().memory();
        }

        private Object call(String f) {
          Api api = world.api();
          switch (f) {
            case "get-string": return api.getString();
            case "get-bytes": return api.getBytes();
            case "get-ints": return api.getInts();
            case "get-strings": return api.getStrings();
            case "get-inners": return api.getInners();
            case "get-rich": return api.getRich();
            case "get-tuple": return api.getTuple();
            case "get-map": return api.getMap();
            case "get-fixed": return api.getFixed();
            case "get-fixed-strings": return api.getFixedStrings();
            case "get-opt-opt": return api.getOptOpt();
            case "get-result": return api.getResult();
            case "get-chars": return api.getChars();
            case "get-bools": return api.getBools();
            case "get-nested": return api.getNested();
            case "get-acc-pair": {
              Tuple2<Api.Acc, Integer> t = api.getAccPair();
              t.t0().close();
              return t;
            }
            case "get-accs": {
              List<Api.Acc> l = api.getAccs();
              l.forEach(Api.Acc::close);
              return l;
            }
            case "get-acc-opt": {
              Optional<Api.Acc> o = api.getAccOpt();
              o.ifPresent(Api.Acc::close);
              return o;
            }
            case "peek": {
              try (Api.Acc a = api.newAcc(7)) {
                return api.peek(a);
              }
            }
            default: throw new AssertionError(f);
          }
        }

        /** Checks a lifted value: its shape, and the bytes it came from where that is cheap. */
        @SuppressWarnings("unchecked")
        private void verify(String f, Object v) {
          check(v);
          switch (f) {
            case "get-string":
              require(v.equals(new String(pointee(1), StandardCharsets.UTF_8)), "string differs from memory");
              break;
            case "get-bytes":
              require(Arrays.equals((byte[]) v, pointee(1)), "bytes differ from memory");
              break;
            case "get-ints": {
              int[] expected = new int[pointee(4).length / 4];
              ByteBuffer.wrap(pointee(4)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(expected);
              require(Arrays.equals((int[]) v, expected), "ints differ from memory");
              break;
            }
            case "get-fixed":
              require(((int[]) v).length == 4, "fixed list of " + ((int[]) v).length);
              break;
            case "get-fixed-strings":
              require(((List<?>) v).size() == 2, "fixed list of " + ((List<?>) v).size());
              break;
            case "get-chars":
              for (int c : (int[]) v) {
                checkChar(c);
              }
              break;
            case "get-rich": {
              Api.Rich r = (Api.Rich) v;
              checkChar(r.ch());
              checkChar(r.inner().c());
              break;
            }
            case "get-inners":
              for (Api.Inner in : (List<Api.Inner>) v) {
                checkChar(in.c());
              }
              break;
            case "get-tuple": {
              var t = (io.witj.runtime.Tuple5<?, ?, ?, ?, ?>) v;
              checkChar((Integer) t.t2());
              break;
            }
            default:
              break;
          }
        }

        /** The bytes of the (pointer, count) pair at the result pointer, elements of {@code size}. */
        private byte[] pointee(int size) {
          int ptr = memory.readInt(retPtr);
          int count = memory.readInt(retPtr + 4);
          return memory.readBytes(ptr, count * size);
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void exportResultsFromHostileMemoryTrapOrLiftValidValues() throws Exception {
    String functions = String.join(", ", FUNCTIONS.stream().map(f -> '"' + f + '"').toList());
    GlueHarness.run(temp, WIT, "fuzz-exports", Wat2Wasm.parse(wat()), DRIVER.formatted(functions));
  }
}
