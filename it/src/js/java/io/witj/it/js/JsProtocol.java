package io.witj.it.js;

import io.witj.it.js.Types.AllPrimitives;
import io.witj.it.js.Types.Color;
import io.witj.it.js.Types.Labeled;
import io.witj.it.js.Types.Perms;
import io.witj.it.js.Types.Point;
import io.witj.it.js.Types.Shape;
import io.witj.it.js.Types.Tree;
import io.witj.runtime.Result;
import io.witj.runtime.Tuple2;
import io.witj.runtime.Tuple5;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The constants of world {@code js-guest}: the Java twin of {@code it/guests/js/protocol.js} (same
 * values, same order; keep them in step). Flat positions use {@code FLAT_*} lists that avoid the
 * componentize-js defects described in {@code docs/guests.md}.
 */
final class JsProtocol {
  private JsProtocol() {}

  static final List<Boolean> BOOL = List.of(false, true);
  static final List<Byte> U8 = List.of((byte) 0, (byte) 1, (byte) 127, (byte) 128, (byte) 255);
  static final List<Byte> S8 = List.of((byte) -128, (byte) -1, (byte) 0, (byte) 1, (byte) 127);
  static final List<Short> U16 = List.of((short) 0, (short) 32767, (short) 32768, (short) 65535);
  static final List<Short> S16 = List.of((short) -32768, (short) -1, (short) 0, (short) 32767);

  /** u32 in flat positions: values >= 2^31 are covered through memory only. */
  static final List<Integer> FLAT_U32 = List.of(0, 1, 2147483647);

  static final List<Integer> S32 = List.of(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE);
  static final List<Long> U64 = List.of(0L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, -1L);

  /** s64 in flat positions: negative values are covered through memory only. */
  static final List<Long> FLAT_S64 = List.of(0L, 1L, Long.MAX_VALUE);

  static final List<Float> F32 =
      List.of(
          Float.NaN,
          -0.0f,
          0.0f,
          Float.POSITIVE_INFINITY,
          Float.NEGATIVE_INFINITY,
          Float.MIN_VALUE,
          Float.MAX_VALUE,
          1.5f,
          -2.5f);
  static final List<Double> F64 =
      List.of(
          Double.NaN,
          -0.0,
          0.0,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          Double.MIN_VALUE,
          Double.MAX_VALUE,
          0.1,
          -1e300);
  static final List<Integer> CHAR =
      List.of(
          0, (int) 'a', 0x7f, 0xff, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xffff, 0x10000, 0x1f600,
          0x10ffff);
  static final List<String> STRING =
      List.of(
          "",
          "a",
          "h\u00e9llo w\u00f6rld",
          "\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8",
          cp(0x1f600) + cp(0x1f389) + " beyond the BMP " + cp(0x1d11e),
          "nul\0inside",
          cp(0x10ffff));

  /** shape in flat positions (no negative i32 or f64 in the joined i64 slot). */
  static final List<Shape> FLAT_SHAPE =
      List.of(
          new Shape.Circle(1.5),
          new Shape.Rect(new Point(1, -2)),
          new Shape.Empty(),
          new Shape.Text("\u00df" + cp(0x1f600)),
          new Shape.Circle(Double.POSITIVE_INFINITY));

  static final List<Tree> TREE =
      List.of(
          new Tree.Leaf(Optional.empty()),
          new Tree.Leaf(Optional.of(Result.ok(Optional.empty()))),
          new Tree.Leaf(Optional.of(Result.ok(Optional.of("x")))),
          new Tree.Leaf(Optional.of(Result.err(new int[] {1, -1}))),
          new Tree.Pair(new Tuple2<>(new Shape.Empty(), Optional.empty())),
          new Tree.Pair(new Tuple2<>(new Shape.Text(""), Optional.of(new Point(3, 4)))),
          new Tree.Nothing(),
          new Tree.Colors(List.of()),
          new Tree.Colors(List.of(Color.BLUE, Color.RED, Color.GREEN)));
  static final List<Result<Optional<Result<String, Shape>>, Optional<Byte>>> DEEP =
      List.of(
          Result.ok(Optional.empty()),
          Result.ok(Optional.of(Result.ok("deep"))),
          Result.ok(Optional.of(Result.err(new Shape.Rect(new Point(0, 0))))),
          Result.err(Optional.empty()),
          Result.err(Optional.of((byte) 255)));
  static final List<Optional<Optional<Integer>>> OPT_OPT =
      List.of(
          Optional.empty(),
          Optional.of(Optional.empty()),
          Optional.of(Optional.of(0)),
          Optional.of(Optional.of(Integer.MIN_VALUE)),
          Optional.of(Optional.of(Integer.MAX_VALUE)));
  static final List<Color> COLOR = List.of(Color.RED, Color.GREEN, Color.BLUE);
  static final List<Set<Perms>> PERMS =
      List.of(
          EnumSet.noneOf(Perms.class),
          EnumSet.of(Perms.READ),
          EnumSet.of(Perms.WRITE, Perms.EXEC),
          EnumSet.allOf(Perms.class));

  static final AllPrimitives MIN_VALUES =
      new AllPrimitives(
          false,
          (byte) 0,
          (byte) -128,
          (short) 0,
          (short) -32768,
          0,
          Integer.MIN_VALUE,
          0L,
          Long.MIN_VALUE,
          -Float.MAX_VALUE,
          -Double.MAX_VALUE,
          0);
  static final AllPrimitives MAX_VALUES =
      new AllPrimitives(
          true,
          (byte) 255,
          (byte) 127,
          (short) 65535,
          (short) 32767,
          -1,
          Integer.MAX_VALUE,
          -1L,
          Long.MAX_VALUE,
          Float.MAX_VALUE,
          Double.MAX_VALUE,
          0x10ffff);

  static final String LONG_UNIT = "witj-\u00fc-" + cp(0x1f600) + "-";

  static String longText(int k) {
    return k + ":" + LONG_UNIT.repeat(8000);
  }

  static final List<Point> POINTS =
      List.of(new Point(0, 0), new Point(1, -2), new Point(Integer.MAX_VALUE, Integer.MIN_VALUE));
  static final List<Point> ROTATED =
      List.of(new Point(0, 0), new Point(-2, -1), new Point(Integer.MIN_VALUE, -Integer.MAX_VALUE));
  static final List<Labeled> LABELED =
      List.of(
          new Labeled("first", new Point(1, 2), List.of("a", "b" + cp(0x1f600))),
          new Labeled("", new Point(-3, 4), List.of()),
          new Labeled("third \u00e9", new Point(5, -6), List.of("x", "", "z")));
  static final List<Labeled> LABELED_REVERSED =
      List.of(
          new Labeled("third \u00e9", new Point(5, -6), List.of("z", "", "x")),
          new Labeled("", new Point(-3, 4), List.of()),
          new Labeled("first", new Point(1, 2), List.of("b" + cp(0x1f600), "a")));
  static final List<String> STRINGS = List.of("", "one", "z" + cp(0x1f600), "d\u00e9j\u00e0");

  /** The 18 arguments of many-params, boxed. */
  static final List<Object> MANY =
      List.of(
          (byte) 255,
          (byte) -128,
          (short) 65535,
          (short) -32768,
          -1,
          Integer.MIN_VALUE,
          -1L,
          Long.MIN_VALUE,
          -1.5f,
          Double.MIN_VALUE,
          0x1f600,
          true,
          "many \u2713",
          new Point(-7, 7),
          Optional.of((int) 4000000000L),
          new byte[] {1, 2, 3},
          Color.BLUE,
          EnumSet.of(Perms.READ, Perms.EXEC));

  static Tuple5<Long, String, Float, Optional<Point>, byte[]> multiExpected(int seed) {
    if (seed == 0) {
      return new Tuple5<>(-1L, "seed 0", 1.5f, Optional.empty(), new byte[0]);
    }
    return new Tuple5<>(
        -1L - seed,
        "seed " + seed,
        1.5f,
        Optional.of(new Point(seed, -seed)),
        new byte[] {(byte) seed, (byte) (seed + 1), (byte) (seed + 2)});
  }

  static String cp(int codePoint) {
    return Character.toString(codePoint);
  }

  /** The element after {@code x} in {@code list} (cyclic), or null when x is not in the list. */
  static <T> T next(List<T> list, T x) {
    for (int i = 0; i < list.size(); i++) {
      if (same(list.get(i), x)) {
        return list.get((i + 1) % list.size());
      }
    }
    return null;
  }

  /**
   * Structural equality: arrays by content, records by component, floats bit for bit except that
   * every NaN equals every NaN (the Canonical ABI canonicalizes NaNs).
   */
  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof Float fa && b instanceof Float fb) {
      return fa.isNaN() && fb.isNaN() || Float.floatToIntBits(fa) == Float.floatToIntBits(fb);
    }
    if (a instanceof Double da && b instanceof Double db) {
      return da.isNaN() && db.isNaN() || Double.doubleToLongBits(da) == Double.doubleToLongBits(db);
    }
    if (a.getClass().isArray() && b.getClass().isArray()) {
      return same(arrayToList(a), arrayToList(b));
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!same(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
      return oa.isPresent() == ob.isPresent() && (oa.isEmpty() || same(oa.get(), ob.get()));
    }
    if (a instanceof Set<?> && b instanceof Set<?>) {
      return a.equals(b);
    }
    if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        try {
          if (!same(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
            return false;
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return true;
    }
    return a.equals(b);
  }

  static List<Object> arrayToList(Object array) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      out.add(Array.get(array, i));
    }
    return out;
  }

  /** A readable rendering: arrays by content, strings with their non-ASCII code points. */
  static String show(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      StringBuilder sb = new StringBuilder("\"");
      s.codePoints()
          .forEach(
              c -> {
                if (c < 0x20 || c > 0x7e) {
                  sb.append("U+").append(Integer.toHexString(c));
                } else {
                  sb.appendCodePoint(c);
                }
              });
      String out = sb.append('"').toString();
      return out.length() > 120 ? out.substring(0, 120) + "…(" + s.length() + " chars)" : out;
    }
    if (v.getClass().isArray()) {
      return show(arrayToList(v));
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(e -> parts.add(show(e)));
      return parts.toString();
    }
    if (v instanceof Optional<?> o) {
      return o.map(x -> "Optional[" + show(x) + "]").orElse("Optional.empty");
    }
    if (v.getClass().isRecord()) {
      List<String> parts = new ArrayList<>();
      for (RecordComponent c : v.getClass().getRecordComponents()) {
        try {
          parts.add(c.getName() + "=" + show(c.getAccessor().invoke(v)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return v.getClass().getSimpleName() + parts;
    }
    if (v instanceof Float f && f == 0 && Float.floatToIntBits(f) != 0) {
      return "-0.0f";
    }
    return String.valueOf(v);
  }
}
