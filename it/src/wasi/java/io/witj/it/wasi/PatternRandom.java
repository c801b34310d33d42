package io.witj.it.wasi;

import java.security.SecureRandom;

/**
 * A {@code wasi:random} source whose every request for bytes gets 0xa0, 0xa1, 0xa2, …, so that what
 * a guest draws from it is known (its {@code nextLong()} is {@code 0xa0a1a2a2a0a1a2a3}).
 */
final class PatternRandom extends SecureRandom {
  private static final long serialVersionUID = 1L;

  @Override
  public void nextBytes(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0xa0 + i);
    }
  }
}
