package io.witj.runtime;

import io.witj.runtime.internal.CanonContext;

/**
 * The {@code string-encoding} canonical option: how a guest lays out strings in its linear memory.
 * It is fixed per world (per lifted/lowered function in the spec) and chosen when a {@link
 * CanonContext} is created.
 */
public enum StringEncoding {
  /** UTF-8 bytes; the length is a byte count. */
  UTF8,
  /** UTF-16LE code units, 2-byte aligned; the length is a count of code units. */
  UTF16,
  /**
   * Either Latin-1 bytes (length = byte count) or, when the length's bit 31 ({@link #UTF16_TAG}) is
   * set, UTF-16LE code units (length = code units | tag); 2-byte aligned in both cases.
   */
  LATIN1_UTF16;

  /** The bit of a {@code latin1+utf16} length that marks the string as UTF-16. */
  public static final int UTF16_TAG = 1 << 31;
}
