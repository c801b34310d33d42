package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.abi.FunctionAbi;
import io.witj.parser.model.Function;
import io.witj.parser.model.Resolve;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the lifting of import arguments from hostile flat values. The guest's export {@code
 * poke(which)} calls import number {@code which} with flat arguments loaded from an area the driver
 * filled with structured random words (pointers into a scratch area it filled too, huge lengths,
 * small discriminants and handles, random floats); its {@code cabi_realloc} sometimes returns a
 * hostile pointer. Each poke must either reach the host implementation with valid values or fail
 * with {@code WitTrapException} naming the import. Host state must stay consistent: every {@code
 * counter} the host created is closed exactly once by the time the world is closed (by the host
 * after receiving it as {@code own}, or by the world closing what the guest still holds), and none
 * is used after it was closed.
 *
 * <p>Reproduce a failure with {@code -Dwitj.fuzz.seed=<seed>}.
 */
class ImportArgumentFuzzTest {
  static final String WIT =
      """
      package test:fuzz;
      interface host {
        enum color { red, green, blue }
        flags few { a, b, c }
        flags many { f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15,
                     f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31 }
        variant shape { none, circle(u32), label(string), big(u64), ratio(f32) }
        record item { name: string, c: char, ok: bool, color: color, few: few }
        resource counter {
          constructor(start: u32);
          add: func(n: u32) -> u32;
          merge: static func(a: counter, b: borrow<counter>) -> counter;
        }
        take-string: func(s: string) -> u32;
        take-bytes: func(b: list<u8>) -> u32;
        take-ints: func(l: list<u32>) -> u32;
        take-strings: func(l: list<string>) -> u32;
        take-item: func(i: item) -> u32;
        take-items: func(l: list<item>) -> u32;
        take-shape: func(s: shape) -> u32;
        take-opt: func(o: option<string>, r: result<u32, string>) -> u32;
        take-enums: func(c: color, f: few, m: many) -> u32;
        take-prims: func(c: char, b: bool, d: f64, e: f32, g: s64) -> u32;
        take-counters: func(a: counter, b: borrow<counter>, s: string) -> u32;
        take-counter-list: func(l: list<counter>) -> u32;
        take-opt-counter: func(o: option<counter>, s: string) -> u32;
        take-map: func(m: map<string, u32>) -> u32;
        take-fixed: func(a: list<u32, 3>) -> u32;
        take-many: func(a: string, b: string, c: string, d: string, e: string, f: string, g: string,
                        h: string, i: counter) -> u32;
        make-string: func(n: u32) -> string;
        make-counter-pair: func(n: u32) -> tuple<counter, string>;
        make-counters: func(n: u32) -> list<counter>;
      }
      interface guest {
        poke: func(which: u32);
      }
      world fuzz-imports {
        import host;
        export guest;
      }
      """;

  /** Flat arguments are read from here, 8 bytes per parameter. */
  static final int ARGS = 0x100;

  /** The qualified names of the imports {@code poke} can call, by {@code which}. */
  static List<String> imports(Resolve resolve) {
    List<String> names = new ArrayList<>();
    for (Function f : host(resolve)) {
      names.add("test:fuzz/host#" + CoreNames.LEGACY.importFunction(f));
    }
    names.add("test:fuzz/host#[resource-drop]counter");
    return names;
  }

  private static List<Function> host(Resolve resolve) {
    return List.copyOf(
        resolve.interfaces().stream()
            .filter(i -> "host".equals(i.name()))
            .findFirst()
            .orElseThrow()
            .functions()
            .values());
  }

  /**
   * {@code poke(which)} calls import {@code which} with arguments loaded from {@link #ARGS}. The
   * allocator bumps through {@code [0x4000, 0xf000)}; when the word at 8 is non-zero it returns the
   * word at 12 instead.
   */
  static String wat(Resolve resolve) {
    AbiLayout layout = new AbiLayout(resolve);
    StringBuilder imports = new StringBuilder();
    StringBuilder branches = new StringBuilder();
    List<Function> functions = host(resolve);
    for (int k = 0; k <= functions.size(); k++) {
      List<CoreType> params;
      List<CoreType> results;
      String field;
      if (k < functions.size()) {
        FunctionAbi abi = FunctionAbi.of(layout, functions.get(k));
        params = abi.lower().params();
        results = abi.lower().results();
        field = CoreNames.LEGACY.importFunction(functions.get(k));
      } else {
        params = List.of(CoreType.I32);
        results = List.of();
        field = "[resource-drop]counter";
      }
      imports.append(
          String.format(
              "  (import \"test:fuzz/host\" \"%s\" (func $h%d (param %s) (result %s)))%n",
              field, k, types(params), types(results)));
      StringBuilder call = new StringBuilder("(call $h" + k);
      for (int j = 0; j < params.size(); j++) {
        call.append(
            String.format(" (%s.load (i32.const %d))", params.get(j).watName(), ARGS + 8 * j));
      }
      call.append(')');
      String body = results.isEmpty() ? call.toString() : "(drop " + call + ")";
      branches.append(
          String.format(
              "    (if (i32.eq (local.get 0) (i32.const %d)) (then %s (return)))%n", k, body));
    }
    return "(module\n"
        + imports
        + """
          (memory (export "memory") 1)
          (global $bump (mut i32) (i32.const 0x4000))
          (func (export "cabi_realloc") (param $old i32) (param $oldSize i32) (param $align i32) (param $size i32) (result i32)
            (local $p i32)
            (if (i32.load (i32.const 8)) (then (return (i32.load (i32.const 12)))))
            (if (i32.gt_u (local.get $size) (i32.const 0x4000)) (then (unreachable)))
            (if (i32.gt_u (i32.add (global.get $bump) (local.get $size)) (i32.const 0xf000))
              (then (global.set $bump (i32.const 0x4000))))
            (local.set $p (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
                                   (i32.sub (i32.const 0) (local.get $align))))
            (global.set $bump (i32.add (local.get $p) (local.get $size)))
            (local.get $p))
          (func (export "test:fuzz/guest#poke") (param i32)
        """
        + branches
        + "  )\n)\n";
  }

  private static String types(List<CoreType> types) {
    return String.join(" ", types.stream().map(CoreType::watName).toList());
  }

  static final String DRIVER =
      """
      package driver;

      import static io.witj.codegen.glue.LiftedValues.check;
      import static io.witj.codegen.glue.LiftedValues.checkChar;
      import static io.witj.codegen.glue.LiftedValues.require;

      import com.dylibso.chicory.runtime.Memory;
      import io.witj.codegen.glue.FuzzBudget;
      import io.witj.codegen.glue.HostileMemory;
      import io.witj.runtime.Result;
      import io.witj.runtime.Tuple2;
      import io.witj.runtime.WitTrapException;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.Set;
      import java.util.function.Consumer;
      import test.fuzz.FuzzImports;
      import test.fuzz.Host;

      public final class Driver implements Consumer<byte[]>, Host {
        static final int SCRATCH = 0x1000;
        static final int SCRATCH_LENGTH = 0x800;
        static final int BATCHES = 800;
        static final int POKES = 25;
        static final List<String> IMPORTS = List.of(%s);

        /** Every counter the host ever created, and how often each was closed. */
        final List<MyCounter> created = new ArrayList<>();
        int reached;

        final class MyCounter implements Counter {
          final int id = created.size();
          int value;
          int closes;
          MyCounter(int value) { this.value = value; created.add(this); }
          MyCounter use() { require(closes == 0, "counter " + id + " used after close"); return this; }
          @Override public int add(int n) { reached++; return use().value += n; }
          @Override public void close() { closes++; }
        }

        private MyCounter mine(Counter c) {
          require(c instanceof MyCounter, "not a host counter: " + c);
          return ((MyCounter) c).use();
        }

        private int got(Object... values) {
          for (Object v : values) {
            check(v);
          }
          reached++;
          return 0;
        }

        @Override public Counter newCounter(int start) { reached++; return new MyCounter(start); }
        @Override public Counter counterMerge(Counter a, Counter b) {
          int sum = mine(a).value + mine(b).value;
          a.close();
          reached++;
          return new MyCounter(sum);
        }
        @Override public int takeString(String s) { return got(s); }
        @Override public int takeBytes(byte[] b) { return got(b); }
        @Override public int takeInts(int[] l) { return got(l); }
        @Override public int takeStrings(List<String> l) { return got(l); }
        @Override public int takeItem(Item i) { checkChar(i.c()); return got(i); }
        @Override public int takeItems(List<Item> l) { l.forEach(i -> checkChar(i.c())); return got(l); }
        @Override public int takeShape(Shape s) { return got(s); }
        @Override public int takeOpt(Optional<String> o, Result<Integer, String> r) { return got(o, r); }
        @Override public int takeEnums(Color c, Set<Few> f, Set<Many> m) { return got(c, f, m); }
        @Override public int takePrims(int c, boolean b, double d, float e, long g) { checkChar(c); return got(b, d, e, g); }
        @Override public int takeCounters(Counter a, Counter b, String s) {
          mine(a).close();
          mine(b);
          return got(s);
        }
        @Override public int takeCounterList(List<Counter> l) {
          l.forEach(c -> mine(c).close());
          return got(l);
        }
        @Override public int takeOptCounter(Optional<Counter> o, String s) {
          o.ifPresent(c -> mine(c).close());
          return got(o, s);
        }
        @Override public int takeMap(Map<String, Integer> m) { return got(m); }
        @Override public int takeFixed(int[] a) { require(a.length == 3, "fixed list of " + a.length); return got(a); }
        @Override public int takeMany(String a, String b, String c, String d, String e, String f, String g,
            String h, Counter i) {
          mine(i).close();
          return got(a, b, c, d, e, f, g, h);
        }
        @Override public String makeString(int n) { reached++; return "é".repeat(Math.floorMod(n, 40)); }
        @Override public Tuple2<Counter, String> makeCounterPair(int n) {
          reached++;
          return new Tuple2<>(new MyCounter(n), "ü".repeat(Math.floorMod(n, 40)));
        }
        @Override public List<Counter> makeCounters(int n) {
          reached++;
          List<Counter> out = new ArrayList<>();
          for (int i = 0; i < Math.floorMod(n, 4); i++) {
            out.add(new MyCounter(i));
          }
          return out;
        }

        @Override
        public void accept(byte[] wasm) {
          long seed = Long.getLong("witj.fuzz.seed", 0x5EED_0002L);
          HostileMemory hostile = new HostileMemory(seed, SCRATCH, SCRATCH_LENGTH);
          FuzzBudget budget = new FuzzBudget(40, 16 << 20);
          int calls = 0;
          int traps = 0;
          int[] trapsPerImport = new int[IMPORTS.size()];
          int[] reachedPerImport = new int[IMPORTS.size()];
          for (int batch = 0; batch < BATCHES; batch++) {
            FuzzImports w = FuzzImports.builder(wasm).host(this).build();
            Memory memory = w.instance().memory();
            String lastTrap = "no trap";
            int size = memory.pages() * Memory.PAGE_SIZE;
            try {
              for (int i = 0; i < 3; i++) { // some handles to aim at
                memory.writeI32(8, 0);
                memory.writeI32(ARGS, i);
                w.guest().poke(IMPORTS.indexOf("test:fuzz/host#[constructor]counter"));
              }
              for (int i = 0; i < POKES; i++) {
                int which = hostile.nextInt(IMPORTS.size());
                String what = "seed 0x" + Long.toHexString(seed) + ", batch " + batch + ", poke " + i + ", "
                    + IMPORTS.get(which);
                boolean gentle = hostile.nextInt(3) != 0;
                for (int a = 0; a < 20; a++) {
                  int r = hostile.nextInt(10);
                  long word = gentle ? hostile.gentleWord() : r == 0 ? hostile.nextLong() : hostile.word(size);
                  memory.writeLong(ARGS + 8 * a, r == 1 && !gentle ? hostile.nextLong() : Integer.toUnsignedLong((int) word));
                }
                if (gentle) {
                  hostile.fillGentle(memory, SCRATCH, SCRATCH_LENGTH);
                } else {
                  hostile.fill(memory, SCRATCH, SCRATCH_LENGTH);
                }
                hostile.fill(memory, size - 64, 64);
                boolean hostileRealloc = hostile.nextInt(10) == 0;
                memory.writeI32(8, hostileRealloc ? 1 : 0);
                memory.writeI32(12, hostileRealloc ? hostile.word(size) : 0);
                budget.begin();
                calls++;
                try {
                  int before = reached;
                  w.guest().poke(which);
                  if (reached > before) {
                    reachedPerImport[which]++;
                  }
                } catch (WitTrapException e) {
                  if (!e.function().equals(IMPORTS.get(which))) {
                    throw new AssertionError(what + ": trap names " + e.function() + ": " + e.getMessage(), e);
                  }
                  lastTrap = e.getMessage();
                  traps++;
                  trapsPerImport[which]++;
                  break; // the instance must not be used after a trap
                } catch (Throwable t) {
                  throw new AssertionError(what + ": " + t, t);
                } finally {
                  budget.end(what);
                }
              }
            } finally {
              w.close();
            }
            for (MyCounter c : created) { // closing the world closed what the guest held
              if (c.closes != 1) {
                throw new AssertionError("seed 0x" + Long.toHexString(seed) + ", batch " + batch + ": counter "
                    + c.id + " (value " + c.value + ") closed " + c.closes + " times, expected once; the batch ended with: " + lastTrap);
              }
            }
          }
          System.out.printf("ImportArgumentFuzzTest: seed 0x%%x, %%d pokes, %%d traps, %%d counters, max %%d bytes allocated per call%%n",
              seed, calls, traps, created.size(), budget.maxAllocated());
          for (int k = 0; k < IMPORTS.size(); k++) {
            System.out.printf("  %%-42s %%4d reached the host %%4d traps%%n", IMPORTS.get(k), reachedPerImport[k], trapsPerImport[k]);
          }
          int reachedImports = 0;
          for (int k = 0; k < IMPORTS.size(); k++) {
            String name = IMPORTS.get(k);
            boolean canTrap = !name.contains("[constructor]") && !name.endsWith("#take-fixed");
            require(!canTrap || trapsPerImport[k] >= 3, "fuzz data never traps in " + name);
            reachedImports += reachedPerImport[k] > 0 ? 1 : 0;
          }
          // [resource-drop] does not count; take-many (9 values in memory) rarely gets through
          require(reachedImports >= IMPORTS.size() - 4, "fuzz data reaches only " + reachedImports + " imports");
        }

        static final int ARGS = %d;
      }
      """;

  @TempDir Path temp;

  @Test
  void importArgumentsFromHostileFlatValuesTrapOrReachTheHostValid() throws Exception {
    Resolve resolve = GlueHarness.resolve(temp, WIT);
    String imports = String.join(", ", imports(resolve).stream().map(f -> '"' + f + '"').toList());
    GlueHarness.run(
        temp, WIT, "fuzz-imports", Wat2Wasm.parse(wat(resolve)), DRIVER.formatted(imports, ARGS));
  }
}
