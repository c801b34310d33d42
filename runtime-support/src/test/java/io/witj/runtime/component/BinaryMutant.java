package io.witj.runtime.component;

import java.util.Arrays;
import java.util.Random;

/**
 * One seeded mutation of a guest binary — a bit flip, a changed byte, a truncation, inserted or
 * deleted bytes — with a description for failure messages. Half of the mutations hit the first 2
 * KiB, where most structure (section and type headers, imports) sits. Public because codegen's
 * tests feed the same mutants through generated builders.
 *
 * @param bytes the mutated binary
 * @param how what was changed, and where
 */
public record BinaryMutant(byte[] bytes, String how) {
  /** The next mutation of {@code original} drawn from {@code random}. */
  public static BinaryMutant of(byte[] original, Random random) {
    int at =
        random.nextBoolean()
            ? random.nextInt(Math.min(original.length, 2048))
            : random.nextInt(original.length);
    switch (random.nextInt(5)) {
      case 0 -> {
        byte[] copy = original.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return new BinaryMutant(copy, "bit flip at " + at);
      }
      case 1 -> {
        byte[] copy = original.clone();
        copy[at] = (byte) random.nextInt(256);
        return new BinaryMutant(copy, "byte " + at + " set to " + (copy[at] & 0xff));
      }
      case 2 -> {
        return new BinaryMutant(Arrays.copyOf(original, at), "truncated to " + at);
      }
      case 3 -> {
        byte[] inserted = new byte[1 + random.nextInt(8)];
        random.nextBytes(inserted);
        byte[] copy = new byte[original.length + inserted.length];
        System.arraycopy(original, 0, copy, 0, at);
        System.arraycopy(inserted, 0, copy, at, inserted.length);
        System.arraycopy(original, at, copy, at + inserted.length, original.length - at);
        return new BinaryMutant(copy, inserted.length + " bytes inserted at " + at);
      }
      default -> {
        int length = Math.min(1 + random.nextInt(8), original.length - at);
        byte[] copy = new byte[original.length - length];
        System.arraycopy(original, 0, copy, 0, at);
        System.arraycopy(original, at + length, copy, at, original.length - at - length);
        return new BinaryMutant(copy, length + " bytes deleted at " + at);
      }
    }
  }
}
