package io.witj.wasi.clocks;

import io.witj.wasi.bindings.clocks.WallClock;
import java.time.Clock;
import java.time.Instant;

/** {@code wasi:clocks/wall-clock} over a Java {@link Clock} (the system's by default). */
public final class WallClockImpl implements WallClock {
  /** Java's system clock ticks in microseconds on the JDKs witj supports. */
  private static final int RESOLUTION_NANOS = 1_000;

  private final Clock clock;

  public WallClockImpl(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Datetime now() {
    Instant now = clock.instant();
    return new Datetime(now.getEpochSecond(), now.getNano());
  }

  @Override
  public Datetime resolution() {
    return new Datetime(0, RESOLUTION_NANOS);
  }
}
