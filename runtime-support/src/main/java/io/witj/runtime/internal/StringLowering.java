package io.witj.runtime.internal;

/**
 * How {@link StringCodec#lower} calls the guest allocator for a Java string. Both give the guest
 * the same bytes and length; they differ only in the sequence of {@code cabi_realloc} calls.
 */
public enum StringLowering {
  /**
   * The default: a Java host knows the exact encoded length before it allocates, so it makes one
   * {@code realloc(0, 0, align, exactByteLength)} call per string.
   */
  EXACT,
  /**
   * The specification's {@code store_string} sequence as if the source string were UTF-8: for
   * {@code utf16} an allocation of twice the UTF-8 length followed by a shrink, for {@code
   * latin1+utf16} an allocation of the UTF-8 length, a grow to twice that on the first character
   * above U+00FF, and a final shrink. Used to reproduce the reference implementation's realloc
   * calls and addresses exactly (the conformance vectors' strict mode).
   */
  SPEC_UTF8_SOURCE
}
