package io.witj.codegen.glue;

import io.witj.runtime.Result;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Shape checks of values the glue lifted from a hostile guest: no {@code null} anywhere (the fuzz
 * worlds have no {@code result} with an absent side), strings without unpaired surrogates, {@code
 * char} values that are Unicode scalar values; records (generated records and tuples) are walked
 * through their components. Public because the fuzz drivers are compiled against the test
 * classpath.
 */
public final class LiftedValues {
  private LiftedValues() {}

  /** Checks {@code v} and everything reachable from it. */
  public static void check(Object v) {
    require(v != null, "null in a lifted value");
    if (v instanceof String s) {
      require(
          s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "unpaired surrogate in " + s);
    } else if (v instanceof Optional<?> o) {
      o.ifPresent(LiftedValues::check);
    } else if (v instanceof Result.Ok<?, ?> ok) {
      check(ok.value());
    } else if (v instanceof Result.Err<?, ?> err) {
      check(err.error());
    } else if (v instanceof Collection<?> c) {
      c.forEach(LiftedValues::check);
    } else if (v instanceof Map<?, ?> m) {
      m.forEach(
          (k, x) -> {
            check(k);
            check(x);
          });
    } else if (v.getClass().isRecord()) {
      for (RecordComponent rc : v.getClass().getRecordComponents()) {
        try {
          rc.getAccessor().setAccessible(true);
          check(rc.getAccessor().invoke(v));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  /** Checks a lifted {@code char}. */
  public static void checkChar(int c) {
    require(
        c >= 0 && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF),
        "invalid char 0x" + Integer.toHexString(c));
  }

  /** Fails with {@code message} unless {@code ok}. */
  public static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
