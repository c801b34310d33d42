package io.witj.it.js;

import static io.witj.it.js.JsProtocol.*;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The host side of world {@code js-guest}: the callee of the {@code next-*} protocol and of the
 * other imports, as {@code selftest.mjs} is on jco. It never throws (a host exception would trap
 * the whole {@code run-import-tests} call): an unexpected argument is recorded in {@link
 * #failures()} and a fixed value returned.
 */
final class JsHost implements Host, JsGuestImports {
  private final List<String> failures = new ArrayList<>();
  int blobsCreated;
  int blobsClosed;

  List<String> failures() {
    return failures;
  }

  private <T> T nextOf(String name, List<T> list, T x) {
    T next = next(list, x);
    if (next == null) {
      failures.add("host " + name + ": unexpected argument " + show(x));
      return list.get(0);
    }
    return next;
  }

  private void expectArg(String name, Object got, Object want) {
    if (!same(got, want)) {
      failures.add("host " + name + ": expected " + show(want) + ", got " + show(got));
    }
  }

  @Override
  public boolean nextBool(boolean x) {
    return nextOf("next-bool", BOOL, x);
  }

  @Override
  public byte nextU8(byte x) {
    return nextOf("next-u8", U8, x);
  }

  @Override
  public byte nextS8(byte x) {
    return nextOf("next-s8", S8, x);
  }

  @Override
  public short nextU16(short x) {
    return nextOf("next-u16", U16, x);
  }

  @Override
  public short nextS16(short x) {
    return nextOf("next-s16", S16, x);
  }

  @Override
  public int nextU32(int x) {
    return nextOf("next-u32", FLAT_U32, x);
  }

  @Override
  public int nextS32(int x) {
    return nextOf("next-s32", S32, x);
  }

  @Override
  public long nextU64(long x) {
    return nextOf("next-u64", U64, x);
  }

  @Override
  public long nextS64(long x) {
    return nextOf("next-s64", FLAT_S64, x);
  }

  @Override
  public float nextF32(float x) {
    return nextOf("next-f32", F32, x);
  }

  @Override
  public double nextF64(double x) {
    return nextOf("next-f64", F64, x);
  }

  @Override
  public int nextChar(int x) {
    return nextOf("next-char", CHAR, x);
  }

  @Override
  public String nextString(String x) {
    return nextOf("next-string", STRING, x);
  }

  @Override
  public Shape nextShape(Shape x) {
    return nextOf("next-shape", FLAT_SHAPE, x);
  }

  @Override
  public Tree nextTree(Tree x) {
    return nextOf("next-tree", TREE, x);
  }

  @Override
  public Result<Optional<Result<String, Shape>>, Optional<Byte>> nextDeep(
      Result<Optional<Result<String, Shape>>, Optional<Byte>> x) {
    return nextOf("next-deep", DEEP, x);
  }

  @Override
  public Optional<Optional<Integer>> nextOptOpt(Optional<Optional<Integer>> x) {
    return nextOf("next-opt-opt", OPT_OPT, x);
  }

  @Override
  public Color nextColor(Color x) {
    return nextOf("next-color", COLOR, x);
  }

  @Override
  public Set<Perms> nextPerms(Set<Perms> x) {
    return nextOf("next-perms", PERMS, x);
  }

  @Override
  public List<AllPrimitives> swapPrimitives(List<AllPrimitives> ps) {
    List<AllPrimitives> out = new ArrayList<>();
    for (AllPrimitives p : ps) {
      if (same(p, MIN_VALUES)) {
        out.add(MAX_VALUES);
      } else if (same(p, MAX_VALUES)) {
        out.add(MIN_VALUES);
      } else {
        failures.add("host swap-primitives: unexpected " + show(p));
        out.add(MIN_VALUES);
      }
    }
    return out;
  }

  @Override
  public String longString(String s) {
    expectArg("long-string", s, longText(1));
    return longText(2);
  }

  @Override
  public List<Point> rotatePoints(List<Point> ps) {
    if (ps.isEmpty()) {
      return List.of();
    }
    expectArg("rotate-points", ps, POINTS);
    return ROTATED;
  }

  @Override
  public List<Labeled> reverseLabeled(List<Labeled> ls) {
    expectArg("reverse-labeled", ls, LABELED);
    return LABELED_REVERSED;
  }

  @Override
  public List<String> reverseStrings(List<String> ss) {
    expectArg("reverse-strings", ss, STRINGS);
    List<String> out = new ArrayList<>(STRINGS);
    Collections.reverse(out);
    return out;
  }

  @Override
  public byte[] reverseBytes(byte[] b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[b.length - 1 - i];
    }
    return out;
  }

  @Override
  public long sumS64(long[] xs) {
    expectArg("sum-s64", xs, new long[] {Long.MAX_VALUE, 1, -5});
    return Arrays.stream(xs).sum();
  }

  @Override
  public Result<Integer, String> divide(int a, int b) {
    return b == 0 ? Result.err("division by zero") : Result.ok(a / b);
  }

  @Override
  public String manyParams(
      byte a1,
      byte a2,
      short a3,
      short a4,
      int a5,
      int a6,
      long a7,
      long a8,
      float a9,
      double a10,
      int a11,
      boolean a12,
      String a13,
      Point a14,
      Optional<Integer> a15,
      byte[] a16,
      Color a17,
      Set<Perms> a18) {
    List<Object> got =
        Arrays.asList(
            a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18);
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < MANY.size(); i++) {
      if (!same(got.get(i), MANY.get(i))) {
        diffs.add("a" + (i + 1) + ": expected " + show(MANY.get(i)) + ", got " + show(got.get(i)));
      }
    }
    if (!diffs.isEmpty()) {
      failures.add("host many-params: " + String.join("; ", diffs));
    }
    return diffs.isEmpty() ? "ok" : String.join("; ", diffs);
  }

  @Override
  public Tuple5<Long, String, Float, Optional<Point>, byte[]> multiResult(int seed) {
    return multiExpected(seed);
  }

  @Override
  public Blob newBlob(byte[] init) {
    return new HostBlob(init);
  }

  @Override
  public Blob blobConcat(Blob a, Blob b) {
    byte[] x = a.read();
    byte[] y = b.read();
    byte[] out = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return new HostBlob(out);
  }

  @Override
  public byte[] consumeBlob(Blob b) {
    byte[] bytes = b.read();
    try {
      b.close();
    } catch (Exception e) {
      failures.add("host consume-blob: close threw " + e);
    }
    return bytes;
  }

  @Override
  public int peekBlob(Blob b) {
    return b.size();
  }

  @Override
  public Tuple2<Integer, Integer> blobStats() {
    return new Tuple2<>(blobsCreated, blobsClosed);
  }

  @Override
  public int bump(int n) {
    return n + 1;
  }

  /** An imported resource: a growable byte buffer that counts its creation and closing. */
  private final class HostBlob implements Blob {
    private byte[] bytes;
    private boolean closed;

    HostBlob(byte[] init) {
      bytes = init.clone();
      blobsCreated++;
    }

    @Override
    public void append(byte[] more) {
      byte[] out = Arrays.copyOf(bytes, bytes.length + more.length);
      System.arraycopy(more, 0, out, bytes.length, more.length);
      bytes = out;
    }

    @Override
    public byte[] read() {
      return bytes.clone();
    }

    @Override
    public int size() {
      return bytes.length;
    }

    @Override
    public void close() {
      if (closed) {
        failures.add("host blob closed twice");
      }
      closed = true;
      blobsClosed++;
    }
  }
}
