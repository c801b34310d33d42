package io.witj.it.roundtrip;

import io.witj.it.roundtrip.c.HostMore;
import io.witj.it.roundtrip.c.Types.Color;
import io.witj.it.roundtrip.c.Types.Full;
import io.witj.it.roundtrip.c.Types.Many;
import io.witj.it.roundtrip.c.Types.Mid;
import io.witj.it.roundtrip.c.Types.Mixed;
import io.witj.it.roundtrip.c.Types.Num;
import io.witj.it.roundtrip.c.Types.Point;
import io.witj.it.roundtrip.c.Types.Small;
import io.witj.runtime.Result;
import io.witj.runtime.Tuple12;
import io.witj.runtime.Tuple3;
import io.witj.runtime.Tuple4;
import io.witj.runtime.Tuple8;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * host-more for the C guest: records each argument (a tuple or record of the parameters when there
 * are several) and answers its transform.
 */
final class CHostMore implements HostMore {
  private final Recorder recorder;

  CHostMore(Recorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public boolean echoBool(boolean x) {
    return recorder.echo("echo-bool", x);
  }

  @Override
  public byte echoU8(byte x) {
    return recorder.echo("echo-u8", x);
  }

  @Override
  public byte echoS8(byte x) {
    return recorder.echo("echo-s8", x);
  }

  @Override
  public short echoU16(short x) {
    return recorder.echo("echo-u16", x);
  }

  @Override
  public short echoS16(short x) {
    return recorder.echo("echo-s16", x);
  }

  @Override
  public int echoU32(int x) {
    return recorder.echo("echo-u32", x);
  }

  @Override
  public int echoS32(int x) {
    return recorder.echo("echo-s32", x);
  }

  @Override
  public long echoU64(long x) {
    return recorder.echo("echo-u64", x);
  }

  @Override
  public long echoS64(long x) {
    return recorder.echo("echo-s64", x);
  }

  @Override
  public float echoF32(float x) {
    return recorder.echo("echo-f32", x);
  }

  @Override
  public double echoF64(double x) {
    return recorder.echo("echo-f64", x);
  }

  @Override
  public int echoChar(int x) {
    return recorder.echo("echo-char", x);
  }

  @Override
  public Tuple12<
          Boolean, Byte, Byte, Short, Short, Integer, Integer, Long, Long, Float, Double, Integer>
      echoPrims(
          boolean a,
          byte b,
          byte c,
          short d,
          short e,
          int f,
          int g,
          long h,
          long i,
          float j,
          double k,
          int l) {
    return recorder.echo("echo-prims", new Tuple12<>(a, b, c, d, e, f, g, h, i, j, k, l));
  }

  @Override
  public Tuple8<byte[], short[], int[], long[], float[], double[], boolean[], int[]> echoLists(
      byte[] a, short[] b, int[] c, long[] d, float[] e, double[] f, boolean[] g, int[] h) {
    return recorder.echo("echo-lists", new Tuple8<>(a, b, c, d, e, f, g, h));
  }

  @Override
  public Mixed echoMixed(Mixed m) {
    return recorder.echo("echo-mixed", m);
  }

  @Override
  public Num echoNum(Num n) {
    return recorder.echo("echo-num", n);
  }

  @Override
  public List<Num> echoNums(List<Num> l) {
    return recorder.echo("echo-nums", l);
  }

  @Override
  public Color echoColor(Color c) {
    return recorder.echo("echo-color", c);
  }

  @Override
  public List<Color> echoColors(List<Color> l) {
    return recorder.echo("echo-colors", l);
  }

  @Override
  public Tuple3<Set<Small>, Set<Mid>, Set<Full>> echoFlags(Set<Small> a, Set<Mid> b, Set<Full> c) {
    return recorder.echo("echo-flags", new Tuple3<>(a, b, c));
  }

  @Override
  public Tuple3<Optional<Byte>, Optional<String>, Optional<Optional<Integer>>> echoOptions(
      Optional<Byte> a, Optional<String> b, Optional<Optional<Integer>> c) {
    return recorder.echo("echo-options", new Tuple3<>(a, b, c));
  }

  @Override
  public Tuple4<
          Result<Void, Void>, Result<Integer, Void>, Result<Void, String>, Result<String, Point>>
      echoResults(
          Result<Void, Void> a,
          Result<Integer, Void> b,
          Result<Void, String> c,
          Result<String, Point> d) {
    return recorder.echo("echo-results", new Tuple4<>(a, b, c, d));
  }

  @Override
  public List<Optional<Integer>> echoOptionList(List<Optional<Integer>> l) {
    return recorder.echo("echo-option-list", l);
  }

  @Override
  public List<Result<String, Num>> echoResultList(List<Result<String, Num>> l) {
    return recorder.echo("echo-result-list", l);
  }

  @Override
  public Tuple3<Byte, String, Double> echoTuple(Tuple3<Byte, String, Double> t) {
    return recorder.echo("echo-tuple", t);
  }

  @Override
  public Map<String, Integer> echoMap(Map<String, Integer> m) {
    return recorder.echo("echo-map", m);
  }

  @Override
  public Many echoMany(
      byte a1,
      short a2,
      int a3,
      long a4,
      float a5,
      double a6,
      int a7,
      boolean a8,
      String a9,
      byte[] a10,
      Point a11,
      Color a12,
      Optional<Integer> a13,
      long a14,
      byte a15,
      short a16,
      Set<Small> a17) {
    return recorder.echo(
        "echo-many",
        new Many(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17));
  }
}
