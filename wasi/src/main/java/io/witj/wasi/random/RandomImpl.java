package io.witj.wasi.random;

import io.witj.runtime.Tuple2;
import io.witj.runtime.WitTrapException;
import io.witj.wasi.bindings.random.Insecure;
import io.witj.wasi.bindings.random.InsecureSeed;
import io.witj.wasi.bindings.random.Random;
import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * {@code wasi:random/random} ({@link SecureRandom}), {@code insecure} (a {@link SplittableRandom}
 * seeded from it) and {@code insecure-seed} (a fixed 128-bit value per host instance). A request
 * for more than {@link #MAX_BYTES} bytes traps instead of making the host allocate what a guest's
 * {@code len} claims.
 */
public final class RandomImpl implements Random, Insecure, InsecureSeed {
  /** The most bytes one call returns (the result must fit in guest memory anyway). */
  public static final long MAX_BYTES = 64L << 20;

  private final SecureRandom secure;
  private final SplittableRandom insecure;
  private final Tuple2<Long, Long> seed;

  public RandomImpl(SecureRandom secure) {
    this.secure = secure;
    this.insecure = new SplittableRandom(secure.nextLong());
    this.seed = new Tuple2<>(secure.nextLong(), secure.nextLong());
  }

  private static byte[] buffer(String function, long len) {
    if (Long.compareUnsigned(len, MAX_BYTES) > 0) {
      throw new WitTrapException(
          function,
          "asked for " + Long.toUnsignedString(len) + " random bytes, more than " + MAX_BYTES);
    }
    return new byte[(int) len];
  }

  @Override
  public byte[] getRandomBytes(long len) {
    byte[] bytes = buffer("wasi:random/random#get-random-bytes", len);
    secure.nextBytes(bytes);
    return bytes;
  }

  @Override
  public long getRandomU64() {
    return secure.nextLong();
  }

  @Override
  public byte[] getInsecureRandomBytes(long len) {
    byte[] bytes = buffer("wasi:random/insecure#get-insecure-random-bytes", len);
    insecure.nextBytes(bytes);
    return bytes;
  }

  @Override
  public long getInsecureRandomU64() {
    return insecure.nextLong();
  }

  @Override
  public Tuple2<Long, Long> insecureSeed() {
    return seed;
  }
}
