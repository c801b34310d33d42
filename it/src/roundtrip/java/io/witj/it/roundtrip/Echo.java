package io.witj.it.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;

/**
 * The round-trip assertion: calling guest export {@code f} with {@code input} makes the guest call
 * host import {@code f} with {@code T(input)}; the host answers {@code T} of that, and the guest
 * returns {@code T} of the answer, so the export yields {@code T³(input)}.
 */
final class Echo {
  private Echo() {}

  static <T> void check(Recorder recorder, String function, T input, Supplier<T> call) {
    T result = call.get();
    assertEquals(
        Render.of(Transform.apply(input, 1)),
        Render.of(recorder.received(function)),
        function + ": what the host import received");
    assertEquals(
        Render.of(Transform.apply(input, 3)),
        Render.of(result),
        function + ": what the guest export returned");
  }
}
