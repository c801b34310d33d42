package io.witj.it.roundtrip;

import io.witj.it.roundtrip.c.Types.Color;
import io.witj.it.roundtrip.c.Types.Full;
import io.witj.it.roundtrip.c.Types.Many;
import io.witj.it.roundtrip.c.Types.Mid;
import io.witj.it.roundtrip.c.Types.Mixed;
import io.witj.it.roundtrip.c.Types.Num;
import io.witj.it.roundtrip.c.Types.Point;
import io.witj.it.roundtrip.c.Types.Small;
import io.witj.it.roundtrip.c.exports.GuestMore;
import io.witj.runtime.Result;
import io.witj.runtime.Tuple12;
import io.witj.runtime.Tuple3;
import io.witj.runtime.Tuple4;
import io.witj.runtime.Tuple8;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * guest-more of the C guest: primitives at their limits, lists of primitives, padded records,
 * variants with joined payloads, enums, flags (3, 10 and 32), options, results, tuples, maps, and
 * the spilled 17-parameter call.
 */
final class CMoreCases {
  private CMoreCases() {}

  static final List<Num> NUMS =
      List.of(
          new Num.I(-5),
          new Num.L(Long.MAX_VALUE - 3),
          new Num.F(0.75f),
          new Num.D(-1e-300),
          new Num.Nothing());

  static List<Case<CGuest>> all() {
    return List.of(
        Case.of(
            "echo-bool",
            g -> {
              for (boolean x : new boolean[] {true, false}) {
                Echo.check(g.recorder, "echo-bool", x, () -> more(g).echoBool(x));
              }
            }),
        Case.of(
            "echo-u8 and echo-s8",
            g -> {
              for (byte x : new byte[] {0, 127, -1, -128}) {
                Echo.check(g.recorder, "echo-u8", x, () -> more(g).echoU8(x));
                Echo.check(g.recorder, "echo-s8", x, () -> more(g).echoS8(x));
              }
            }),
        Case.of(
            "echo-u16 and echo-s16",
            g -> {
              for (short x : new short[] {0, Short.MAX_VALUE, -1, Short.MIN_VALUE}) {
                Echo.check(g.recorder, "echo-u16", x, () -> more(g).echoU16(x));
                Echo.check(g.recorder, "echo-s16", x, () -> more(g).echoS16(x));
              }
            }),
        Case.of(
            "echo-u32 and echo-s32",
            g -> {
              for (int x : new int[] {0, Integer.MAX_VALUE, -1, Integer.MIN_VALUE}) {
                Echo.check(g.recorder, "echo-u32", x, () -> more(g).echoU32(x));
                Echo.check(g.recorder, "echo-s32", x, () -> more(g).echoS32(x));
              }
            }),
        Case.of(
            "echo-u64 and echo-s64",
            g -> {
              for (long x : new long[] {0, Long.MAX_VALUE, -1, Long.MIN_VALUE}) {
                Echo.check(g.recorder, "echo-u64", x, () -> more(g).echoU64(x));
                Echo.check(g.recorder, "echo-s64", x, () -> more(g).echoS64(x));
              }
            }),
        Case.of(
            "echo-f32 and echo-f64",
            g -> {
              for (float x : new float[] {0f, -1.5f, Float.MIN_VALUE, Float.POSITIVE_INFINITY}) {
                Echo.check(g.recorder, "echo-f32", x, () -> more(g).echoF32(x));
              }
              for (double x :
                  new double[] {0d, -2.25, Double.MIN_VALUE, Double.NEGATIVE_INFINITY}) {
                Echo.check(g.recorder, "echo-f64", x, () -> more(g).echoF64(x));
              }
            }),
        Case.of(
            "echo-char",
            g -> {
              for (int x : new int[] {'a', 0xe9, 0x1f600, 0xd7fc, 0xe000, 0x10fffc}) {
                Echo.check(g.recorder, "echo-char", x, () -> more(g).echoChar(x));
              }
            }),
        Case.of(
            "echo-prims",
            g -> {
              var in =
                  new Tuple12<>(
                      true,
                      (byte) -1,
                      (byte) 127,
                      (short) -1,
                      (short) -32768,
                      -1,
                      Integer.MAX_VALUE,
                      -1L,
                      Long.MIN_VALUE,
                      3.5f,
                      -0.125,
                      0x1f600);
              Echo.check(
                  g.recorder,
                  "echo-prims",
                  in,
                  () ->
                      more(g)
                          .echoPrims(
                              in.t0(), in.t1(), in.t2(), in.t3(), in.t4(), in.t5(), in.t6(),
                              in.t7(), in.t8(), in.t9(), in.t10(), in.t11()));
            }),
        Case.of(
            "echo-lists (16 flat parameters)",
            g -> {
              var in =
                  new Tuple8<>(
                      new byte[] {1, -1},
                      new short[] {-32768, 5},
                      new int[] {-1, 0, 7},
                      new long[] {Long.MAX_VALUE, 3},
                      new float[] {1.5f},
                      new double[] {-2.5, 1e10},
                      new boolean[] {true, false, false},
                      new int[] {'x', 0x1f600, 0xfffe});
              Echo.check(
                  g.recorder,
                  "echo-lists",
                  in,
                  () ->
                      more(g)
                          .echoLists(
                              in.t0(), in.t1(), in.t2(), in.t3(), in.t4(), in.t5(), in.t6(),
                              in.t7()));
              var empty =
                  new Tuple8<>(
                      new byte[0],
                      new short[0],
                      new int[0],
                      new long[0],
                      new float[0],
                      new double[0],
                      new boolean[0],
                      new int[0]);
              Echo.check(
                  g.recorder,
                  "echo-lists",
                  empty,
                  () ->
                      more(g)
                          .echoLists(
                              empty.t0(),
                              empty.t1(),
                              empty.t2(),
                              empty.t3(),
                              empty.t4(),
                              empty.t5(),
                              empty.t6(),
                              empty.t7()));
            }),
        Case.of(
            "echo-mixed (padding)",
            g -> {
              Mixed m =
                  new Mixed(
                      (byte) 200,
                      Long.MIN_VALUE,
                      (short) 40000,
                      3.5f,
                      "mïxed",
                      true,
                      'z',
                      1e300,
                      (byte) -5);
              Echo.check(g.recorder, "echo-mixed", m, () -> more(g).echoMixed(m));
            }),
        Case.of(
            "echo-num (flat join of i32, i64, f32, f64)",
            g -> {
              for (Num n : NUMS) {
                Echo.check(g.recorder, "echo-num", n, () -> more(g).echoNum(n));
              }
            }),
        Case.of(
            "echo-nums",
            g -> Echo.check(g.recorder, "echo-nums", NUMS, () -> more(g).echoNums(NUMS))),
        Case.of(
            "echo-color and echo-colors",
            g -> {
              for (Color c : Color.values()) {
                Echo.check(g.recorder, "echo-color", c, () -> more(g).echoColor(c));
              }
              List<Color> l = List.of(Color.BLACK, Color.RED, Color.RED, Color.BLUE);
              Echo.check(g.recorder, "echo-colors", l, () -> more(g).echoColors(l));
            }),
        Case.of(
            "echo-flags (3, 10 and 32 flags)",
            g -> {
              List<Tuple3<Set<Small>, Set<Mid>, Set<Full>>> inputs =
                  List.of(
                      new Tuple3<>(
                          EnumSet.of(Small.READ, Small.EXEC),
                          EnumSet.of(Mid.M0, Mid.M9),
                          EnumSet.of(Full.B0, Full.B31)),
                      new Tuple3<>(
                          EnumSet.noneOf(Small.class),
                          EnumSet.allOf(Mid.class),
                          EnumSet.noneOf(Full.class)));
              for (var in : inputs) {
                Echo.check(
                    g.recorder,
                    "echo-flags",
                    in,
                    () -> more(g).echoFlags(in.t0(), in.t1(), in.t2()));
              }
            }),
        Case.of(
            "echo-options",
            g -> {
              List<Tuple3<Optional<Byte>, Optional<String>, Optional<Optional<Integer>>>> inputs =
                  List.of(
                      new Tuple3<>(
                          Optional.of((byte) 7), Optional.of("opt"), Optional.of(Optional.of(-1))),
                      new Tuple3<>(
                          Optional.empty(), Optional.of(""), Optional.of(Optional.empty())),
                      new Tuple3<>(Optional.of((byte) -1), Optional.empty(), Optional.empty()));
              for (var in : inputs) {
                Echo.check(
                    g.recorder,
                    "echo-options",
                    in,
                    () -> more(g).echoOptions(in.t0(), in.t1(), in.t2()));
              }
            }),
        Case.of(
            "echo-results",
            g -> {
              Tuple4<
                      Result<Void, Void>,
                      Result<Integer, Void>,
                      Result<Void, String>,
                      Result<String, Point>>
                  ok = new Tuple4<>(Result.ok(), Result.ok(41), Result.ok(), Result.ok("fine"));
              Tuple4<
                      Result<Void, Void>,
                      Result<Integer, Void>,
                      Result<Void, String>,
                      Result<String, Point>>
                  err =
                      new Tuple4<>(
                          Result.err(),
                          Result.err(),
                          Result.err("bad"),
                          Result.err(new Point(1, 2)));
              for (var in : List.of(ok, err)) {
                Echo.check(
                    g.recorder,
                    "echo-results",
                    in,
                    () -> more(g).echoResults(in.t0(), in.t1(), in.t2(), in.t3()));
              }
            }),
        Case.of(
            "echo-option-list",
            g -> {
              List<Optional<Integer>> l =
                  List.of(
                      Optional.of(1),
                      Optional.empty(),
                      Optional.of(-1),
                      Optional.of(Integer.MAX_VALUE));
              Echo.check(g.recorder, "echo-option-list", l, () -> more(g).echoOptionList(l));
            }),
        Case.of(
            "echo-result-list",
            g -> {
              List<Result<String, Num>> l =
                  List.of(
                      Result.ok("a"),
                      Result.err(new Num.L(5)),
                      Result.err(new Num.F(1.5f)),
                      Result.ok(""),
                      Result.err(new Num.Nothing()));
              Echo.check(g.recorder, "echo-result-list", l, () -> more(g).echoResultList(l));
            }),
        Case.of(
            "echo-tuple",
            g -> {
              Tuple3<Byte, String, Double> t = new Tuple3<>((byte) 1, "tuple", 2.5);
              Echo.check(g.recorder, "echo-tuple", t, () -> more(g).echoTuple(t));
            }),
        Case.of(
            "echo-map",
            g -> {
              Map<String, Integer> m = new LinkedHashMap<>();
              m.put("one", 1);
              m.put("two", 2);
              m.put("drei", -1);
              Echo.check(g.recorder, "echo-map", m, () -> more(g).echoMap(m));
            }),
        Case.of(
            "echo-many (17 parameters, spilled)",
            g -> {
              Many m =
                  new Many(
                      (byte) 1,
                      (short) -2,
                      3,
                      -4L,
                      5.5f,
                      6.25,
                      0x1f600,
                      true,
                      "many",
                      new byte[] {9, 8},
                      new Point(10, 11),
                      Color.BLUE,
                      Optional.of(13),
                      Long.MAX_VALUE,
                      (byte) -15,
                      (short) 16,
                      EnumSet.of(Small.WRITE));
              Echo.check(
                  g.recorder,
                  "echo-many",
                  m,
                  () ->
                      more(g)
                          .echoMany(
                              m.a1(), m.a2(), m.a3(), m.a4(), m.a5(), m.a6(), m.a7(), m.a8(),
                              m.a9(), m.a10(), m.a11(), m.a12(), m.a13(), m.a14(), m.a15(), m.a16(),
                              m.a17()));
              Many none =
                  new Many(
                      (byte) 0,
                      (short) 0,
                      0,
                      0L,
                      0f,
                      0d,
                      'a',
                      false,
                      "",
                      new byte[0],
                      new Point(0, 0),
                      Color.BLACK,
                      Optional.empty(),
                      0L,
                      (byte) 0,
                      (short) 0,
                      EnumSet.noneOf(Small.class));
              Echo.check(
                  g.recorder,
                  "echo-many",
                  none,
                  () ->
                      more(g)
                          .echoMany(
                              none.a1(),
                              none.a2(),
                              none.a3(),
                              none.a4(),
                              none.a5(),
                              none.a6(),
                              none.a7(),
                              none.a8(),
                              none.a9(),
                              none.a10(),
                              none.a11(),
                              none.a12(),
                              none.a13(),
                              none.a14(),
                              none.a15(),
                              none.a16(),
                              none.a17()));
            }));
  }

  private static GuestMore more(CGuest g) {
    return g.world.guestMore();
  }
}
