package io.witj.codegen.glue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every compound type host→guest→host→guest: the host calls an export of a {@link ForwardingGuest},
 * which passes the value to the same-named import; the host implementation checks what it received
 * and answers with a different value, which travels back. Each direction of every lift and lower
 * runs, flat and through memory.
 */
class CompoundRoundTripTest {
  static final String WIT =
      """
      package test:glue;
      interface api {
        record point { x: s32, y: s32 }
        record mixed { a: u8, b: u64, c: string, d: f32, e: bool, f: char, g: s16, h: f64 }
        variant shape { none, circle(u32), rect(point), big(u64), ratio(f32), precise(f64), label(string) }
        variant joined { a(u32), b(f32), c(u64) }
        enum color { red, green, blue }
        flags few { read, write, exec }
        flags many { f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15,
                     f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31 }
        type triple = tuple<u8, s64, string>;
        type nested = list<option<result<shape, list<string>>>>;
        echo-point: func(p: point) -> point;
        echo-mixed: func(m: mixed) -> mixed;
        echo-tuple: func(t: triple) -> triple;
        echo-shape: func(s: shape) -> shape;
        echo-joined: func(j: joined) -> joined;
        echo-color: func(c: color) -> color;
        echo-few: func(f: few) -> few;
        echo-many: func(f: many) -> many;
        echo-opt-u8: func(o: option<u8>) -> option<u8>;
        echo-opt-string: func(o: option<string>) -> option<string>;
        echo-opt-opt: func(o: option<option<u32>>) -> option<option<u32>>;
        echo-result: func(r: result<u32, string>) -> result<u32, string>;
        echo-result-empty: func(r: result) -> result;
        echo-result-ok: func(r: result<string>) -> result<string>;
        echo-result-err: func(r: result<_, color>) -> result<_, color>;
        echo-bytes: func(l: list<u8>) -> list<u8>;
        echo-shorts: func(l: list<s16>) -> list<s16>;
        echo-ints: func(l: list<u32>) -> list<u32>;
        echo-longs: func(l: list<s64>) -> list<s64>;
        echo-floats: func(l: list<f32>) -> list<f32>;
        echo-doubles: func(l: list<f64>) -> list<f64>;
        echo-bools: func(l: list<bool>) -> list<bool>;
        echo-chars: func(l: list<char>) -> list<char>;
        echo-points: func(l: list<point>) -> list<point>;
        echo-strings: func(l: list<string>) -> list<string>;
        echo-lists: func(l: list<list<u16>>) -> list<list<u16>>;
        echo-map: func(m: map<string, u32>) -> map<string, u32>;
        echo-fixed: func(a: list<u32, 3>) -> list<u32, 3>;
        echo-fixed-points: func(a: list<point, 2>) -> list<point, 2>;
        echo-nested: func(n: nested) -> nested;
        echo-prims: func(a: bool, b: s8, c: u16, d: char, e: f32, f: f64, g: u64) -> tuple<bool, s8, u16, char, f32, f64, u64>;
      }
      world compound {
        import api;
        export api;
      }
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;

      import io.witj.runtime.Result;
      import io.witj.runtime.Tuple3;
      import io.witj.runtime.Tuple7;
      import java.util.ArrayList;
      import java.util.EnumSet;
      import java.util.LinkedHashMap;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.Set;
      import java.util.function.Consumer;
      import test.glue.Api;
      import test.glue.Compound;

      public final class Driver implements Consumer<byte[]>, Api {
        private final List<Object> received = new ArrayList<>();

        private <T> T got(T value, T answer) {
          received.add(value);
          return answer;
        }

        private void expectReceived(Object value) {
          assertThat(received.remove(received.size() - 1)).isEqualTo(value);
        }

        @Override public Point echoPoint(Point p) { return got(p, new Point(p.y(), -p.x())); }
        @Override public Mixed echoMixed(Mixed m) {
          return got(m, new Mixed((byte) 0xFE, -2L, m.c() + "!", 0.25f, !m.e(), 0x1F600, (short) -7, Math.PI));
        }
        @Override public Tuple3<Byte, Long, String> echoTuple(Tuple3<Byte, Long, String> t) {
          return got(t, new Tuple3<>((byte) (t.t0() + 1), t.t1() * 2, t.t2().toUpperCase()));
        }
        @Override public Shape echoShape(Shape s) { return got(s, s); }
        @Override public Joined echoJoined(Joined j) { return got(j, j); }
        @Override public Color echoColor(Color c) { return got(c, Color.values()[(c.ordinal() + 1) % 3]); }
        @Override public Set<Few> echoFew(Set<Few> f) { return got(f, EnumSet.complementOf(EnumSet.copyOf(f))); }
        @Override public Set<Many> echoMany(Set<Many> f) { return got(f, f.isEmpty() ? f : EnumSet.complementOf(EnumSet.copyOf(f))); }
        @Override public Optional<Byte> echoOptU8(Optional<Byte> o) { return got(o, o.isPresent() ? Optional.empty() : Optional.of((byte) 200)); }
        @Override public Optional<String> echoOptString(Optional<String> o) { return got(o, o.map(s -> s + s)); }
        @Override public Optional<Optional<Integer>> echoOptOpt(Optional<Optional<Integer>> o) { return got(o, o); }
        @Override public Result<Integer, String> echoResult(Result<Integer, String> r) { return got(r, r); }
        @Override public Result<Void, Void> echoResultEmpty(Result<Void, Void> r) { return got(r, r); }
        @Override public Result<String, Void> echoResultOk(Result<String, Void> r) { return got(r, r); }
        @Override public Result<Void, Color> echoResultErr(Result<Void, Color> r) { return got(r, r); }
        @Override public byte[] echoBytes(byte[] l) { received.add(List.of(l.length)); return new byte[] {1, 2, (byte) 255}; }
        @Override public short[] echoShorts(short[] l) { return l; }
        @Override public int[] echoInts(int[] l) { return l; }
        @Override public long[] echoLongs(long[] l) { return l; }
        @Override public float[] echoFloats(float[] l) { return l; }
        @Override public double[] echoDoubles(double[] l) { return l; }
        @Override public boolean[] echoBools(boolean[] l) { return l; }
        @Override public int[] echoChars(int[] l) { return l; }
        @Override public List<Point> echoPoints(List<Point> l) { return got(l, l.subList(1, l.size())); }
        @Override public List<String> echoStrings(List<String> l) { return got(l, List.of(String.join("+", l))); }
        @Override public List<short[]> echoLists(List<short[]> l) { return l; }
        @Override public Map<String, Integer> echoMap(Map<String, Integer> m) {
          Map<String, Integer> out = new LinkedHashMap<>();
          m.forEach((k, v) -> out.put(v.toString(), k.length()));
          return got(m, out);
        }
        @Override public int[] echoFixed(int[] a) { return new int[] {a[2], a[1], a[0]}; }
        @Override public List<Point> echoFixedPoints(List<Point> a) { return got(a, List.of(a.get(1), a.get(0))); }
        @Override public List<Optional<Result<Shape, List<String>>>> echoNested(List<Optional<Result<Shape, List<String>>>> n) { return got(n, n); }
        @Override public Tuple7<Boolean, Byte, Short, Integer, Float, Double, Long> echoPrims(
            boolean a, byte b, short c, int d, float e, double f, long g) {
          return new Tuple7<>(!a, (byte) -b, (short) (c + 1), d + 1, -e, f / 2, ~g);
        }

        @Override
        public void accept(byte[] wasm) {
          try (Compound w = Compound.builder(wasm).api(this).build()) {
            var api = w.api();
            assertThat(api.echoPoint(new exports.test.glue.Api.Point(3, -4))).isEqualTo(new exports.test.glue.Api.Point(-4, -3));
            expectReceived(new Point(3, -4));

            var mixed = api.echoMixed(new exports.test.glue.Api.Mixed((byte) 1, Long.MIN_VALUE, "héllo", 1.5f, true, 'x', Short.MIN_VALUE, -0.0));
            expectReceived(new Mixed((byte) 1, Long.MIN_VALUE, "héllo", 1.5f, true, 'x', Short.MIN_VALUE, -0.0));
            assertThat(mixed).isEqualTo(new exports.test.glue.Api.Mixed((byte) 0xFE, -2L, "héllo!", 0.25f, false, 0x1F600, (short) -7, Math.PI));

            assertThat(api.echoTuple(new Tuple3<>((byte) 255, -1L, "abc"))).isEqualTo(new Tuple3<>((byte) 0, -2L, "ABC"));
            expectReceived(new Tuple3<>((byte) 255, -1L, "abc"));

            for (var s : List.<exports.test.glue.Api.Shape>of(new exports.test.glue.Api.Shape.None(),
                new exports.test.glue.Api.Shape.Circle(-1), new exports.test.glue.Api.Shape.Rect(new exports.test.glue.Api.Point(5, 6)),
                new exports.test.glue.Api.Shape.Big(0x1234_5678_9ABC_DEF0L), new exports.test.glue.Api.Shape.Ratio(-2.5f),
                new exports.test.glue.Api.Shape.Precise(1e300), new exports.test.glue.Api.Shape.Label("ünïcode"))) {
              assertThat(api.echoShape(s)).isEqualTo(s);
              received.clear();
            }
            for (var j : List.<exports.test.glue.Api.Joined>of(new exports.test.glue.Api.Joined.A(0x8000_0001),
                new exports.test.glue.Api.Joined.B(-3.25f), new exports.test.glue.Api.Joined.B(Float.NaN),
                new exports.test.glue.Api.Joined.C(-1L))) {
              assertThat(api.echoJoined(j)).isEqualTo(j);
              received.clear();
            }
            assertThat(api.echoColor(exports.test.glue.Api.Color.BLUE)).isEqualTo(exports.test.glue.Api.Color.RED);
            expectReceived(Color.BLUE);

            assertThat(api.echoFew(EnumSet.of(exports.test.glue.Api.Few.WRITE)))
                .containsExactly(exports.test.glue.Api.Few.READ, exports.test.glue.Api.Few.EXEC);
            expectReceived(EnumSet.of(Few.WRITE));
            assertThat(api.echoMany(EnumSet.of(exports.test.glue.Api.Many.F0, exports.test.glue.Api.Many.F31)))
                .hasSize(30);
            expectReceived(EnumSet.of(Many.F0, Many.F31));
            assertThat(api.echoMany(EnumSet.noneOf(exports.test.glue.Api.Many.class))).isEmpty();

            assertThat(api.echoOptU8(Optional.empty())).hasValue((byte) 200);
            assertThat(api.echoOptU8(Optional.of((byte) 7))).isEmpty();
            assertThat(api.echoOptString(Optional.of("ab"))).hasValue("abab");
            assertThat(api.echoOptString(Optional.empty())).isEmpty();
            for (Optional<Optional<Integer>> o : List.of(Optional.<Optional<Integer>>empty(),
                Optional.of(Optional.<Integer>empty()), Optional.of(Optional.of(-5)))) {
              assertThat(api.echoOptOpt(o)).isEqualTo(o);
            }
            for (Result<Integer, String> r : List.<Result<Integer, String>>of(new Result.Ok<>(7), new Result.Err<>("bad"))) {
              assertThat(api.echoResult(r)).isEqualTo(r);
            }
            for (Result<Void, Void> r : List.<Result<Void, Void>>of(new Result.Ok<>(null), new Result.Err<>(null))) {
              assertThat(api.echoResultEmpty(r)).isEqualTo(r);
            }
            for (Result<String, Void> r : List.<Result<String, Void>>of(new Result.Ok<>("fine"), new Result.Err<>(null))) {
              assertThat(api.echoResultOk(r)).isEqualTo(r);
            }
            for (Result<Void, exports.test.glue.Api.Color> r : List.<Result<Void, exports.test.glue.Api.Color>>of(
                new Result.Ok<>(null), new Result.Err<>(exports.test.glue.Api.Color.GREEN))) {
              assertThat(api.echoResultErr(r)).isEqualTo(r);
            }
            received.clear();

            byte[] big = new byte[100_000];
            big[99_999] = 9;
            assertThat(api.echoBytes(big)).isEqualTo(new byte[] {1, 2, (byte) 255});
            expectReceived(List.of(100_000));
            assertThat(api.echoShorts(new short[] {-1, 2, Short.MAX_VALUE})).isEqualTo(new short[] {-1, 2, Short.MAX_VALUE});
            assertThat(api.echoInts(new int[] {-1, 0, Integer.MIN_VALUE})).isEqualTo(new int[] {-1, 0, Integer.MIN_VALUE});
            assertThat(api.echoLongs(new long[] {Long.MIN_VALUE, 3})).isEqualTo(new long[] {Long.MIN_VALUE, 3});
            assertThat(api.echoFloats(new float[] {1.5f, -0f})).isEqualTo(new float[] {1.5f, -0f});
            assertThat(api.echoDoubles(new double[] {2.5, 1e-300})).isEqualTo(new double[] {2.5, 1e-300});
            assertThat(api.echoBools(new boolean[] {true, false, true})).isEqualTo(new boolean[] {true, false, true});
            assertThat(api.echoChars(new int[] {'a', 0x10FFFF, 0xE000})).isEqualTo(new int[] {'a', 0x10FFFF, 0xE000});
            assertThat(api.echoBytes(new byte[0])).hasLength(3);
            assertThat(api.echoInts(new int[0])).isEmpty();
            received.clear();

            var points = List.of(new exports.test.glue.Api.Point(1, 2), new exports.test.glue.Api.Point(3, 4),
                new exports.test.glue.Api.Point(5, 6));
            assertThat(api.echoPoints(points)).isEqualTo(points.subList(1, 3));
            expectReceived(List.of(new Point(1, 2), new Point(3, 4), new Point(5, 6)));
            assertThat(api.echoStrings(List.of("a", "", "ç"))).containsExactly("a++ç");
            expectReceived(List.of("a", "", "ç"));
            List<short[]> lists = api.echoLists(List.of(new short[] {1, 2}, new short[0], new short[] {-3}));
            assertThat(lists).hasSize(3);
            assertThat(lists.get(0)).isEqualTo(new short[] {1, 2});
            assertThat(lists.get(2)).isEqualTo(new short[] {-3});

            Map<String, Integer> map = new LinkedHashMap<>();
            map.put("one", 1);
            map.put("three", 3);
            assertThat(api.echoMap(map)).containsExactly("1", 3, "3", 5).inOrder();
            expectReceived(map);
            assertThat(api.echoMap(Map.of())).isEmpty();

            assertThat(api.echoFixed(new int[] {1, 2, 3})).isEqualTo(new int[] {3, 2, 1});
            assertThat(api.echoFixedPoints(points.subList(0, 2))).isEqualTo(List.of(points.get(1), points.get(0)));
            expectReceived(List.of(new Point(1, 2), new Point(3, 4)));

            List<Optional<Result<exports.test.glue.Api.Shape, List<String>>>> nested = List.of(
                Optional.empty(),
                Optional.of(new Result.Ok<>(new exports.test.glue.Api.Shape.Label("in a list"))),
                Optional.of(new Result.Err<>(List.of("x", "yz"))),
                Optional.of(new Result.Ok<>(new exports.test.glue.Api.Shape.Big(42))));
            assertThat(api.echoNested(nested)).isEqualTo(nested);

            assertThat(api.echoPrims(true, (byte) -128, (short) 0xFFFF, 0x10FFFE, 1.25f, -8.5, 5L))
                .isEqualTo(new Tuple7<>(false, (byte) -128, (short) 0, 0x10FFFF, -1.25f, -4.25, ~5L));
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void everyCompoundTypeBothWays() throws Exception {
    byte[] wasm = ForwardingGuest.wasm(GlueHarness.resolve(temp, WIT), "compound");
    GlueHarness.run(temp, WIT, "compound", wasm, DRIVER);
  }
}
