package io.witj.runtime.internal;

/**
 * What the values lifted in one call may cost the host, reset by every generated call ({@link
 * CanonContext#resetLiftBudget}). Two limits, because a guest can make the host allocate far more
 * than its memory holds in two ways:
 *
 * <ul>
 *   <li><b>Aliasing</b>: a {@code list<string>} whose 8192 elements all point at the same 64 KiB
 *       reads 512 MiB out of a 64 KiB memory. The payload bytes that lifting reads (string byte
 *       lengths, list {@code count * elemSize}) may be at most {@code 2 * memory size + 1 MiB}.
 *       Legitimate values read each guest byte about once (a list's element bytes are charged with
 *       the list and, for an inline fixed-length list, once more), so twice the memory cannot be
 *       reached without aliasing; the 1 MiB keeps tiny memories free of false positives.
 *   <li><b>Amplification</b>: one guest byte can become a Java object of 16 to 40 bytes (a {@code
 *       list<flags>} element is an {@code EnumSet}, a {@code list<option<u8>>} element an {@code
 *       Optional}), and an element of an empty record takes no guest byte at all. So lifting also
 *       charges the estimated Java heap of what it allocates ({@link #chargeHost}), against {@link
 *       #hostLimit()}: {@link #DEFAULT_HOST_LIMIT} unless the world's builder sets {@code
 *       liftLimit(bytes)}. Generated code computes the estimate per element type from the WIT type
 *       (HotSpot's object layout with compressed references: 12-byte headers, 4-byte references,
 *       8-byte alignment); runtime-support charges the strings, primitive arrays and collections it
 *       creates.
 * </ul>
 *
 * Both traps name the function, what was being lifted and the limit. Until the first reset both
 * budgets are unlimited (contexts used directly, outside generated calls). Like the contexts that
 * hold them, budgets are not thread-safe.
 */
final class LiftBudget {
  /** The default {@link #hostLimit()}: 64 MiB of estimated Java heap per call. */
  static final long DEFAULT_HOST_LIMIT = 64L << 20;

  /** The payload allowance on top of twice the memory size. */
  private static final long PAYLOAD_SLACK = 1L << 20;

  private final long hostLimit;
  private long payloadBudget = Long.MAX_VALUE;
  private long payloadRemaining = Long.MAX_VALUE;
  private long hostRemaining = Long.MAX_VALUE;

  LiftBudget(long hostLimit) {
    if (hostLimit <= 0) {
      throw new IllegalArgumentException("lift limit must be positive, got " + hostLimit);
    }
    this.hostLimit = hostLimit;
  }

  /** The most estimated Java heap the values lifted in one call may take, in bytes. */
  long hostLimit() {
    return hostLimit;
  }

  /** Starts a call over a memory of {@code memorySize} bytes. */
  void reset(long memorySize) {
    payloadBudget = 2 * memorySize + PAYLOAD_SLACK;
    payloadRemaining = payloadBudget;
    hostRemaining = hostLimit;
  }

  /** Charges {@code byteLength} guest bytes read by a lift (see the class comment: aliasing). */
  void chargePayload(CanonContext cx, long byteLength) {
    payloadRemaining -= byteLength;
    if (payloadRemaining < 0) {
      long read = payloadBudget - payloadRemaining;
      payloadRemaining = 0; // stay exhausted; the trap ends the call
      throw cx.trap(
          String.format(
              "lifted values read %d bytes of guest memory in one call, more than "
                  + "twice its size of %d bytes (aliased pointers)",
              read, cx.memorySize()));
    }
  }

  /**
   * Charges {@code bytes} of Java heap that lifting {@code what} is about to allocate (see the
   * class comment: amplification).
   *
   * @param type the lifted WIT type, e.g. {@code "list<perms>"}
   * @param length its length (list elements, string bytes)
   */
  void chargeHost(CanonContext cx, long bytes, String type, long length) {
    if (bytes <= hostRemaining) {
      hostRemaining -= bytes;
      return;
    }
    long used = hostLimit - hostRemaining;
    hostRemaining = 0; // stay exhausted; the trap ends the call
    throw cx.trap(
        String.format(
            "lifting a %s of length %d would take about %s of Java heap (%s lifted before it "
                + "in this call), more than the lift limit of %s per call (liftLimit on the "
                + "builder)",
            type, length, bytes(bytes), bytes(used), bytes(hostLimit)));
  }

  /** {@code n} bytes in words: {@code 640 MiB (671088640 bytes)}. */
  private static String bytes(long n) {
    if (n >= 1L << 20) {
      return String.format("%d MiB (%d bytes)", n >> 20, n);
    }
    return n + " bytes";
  }
}
