package io.witj.wasi.io;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import io.witj.runtime.WitTrapException;
import io.witj.wasi.bindings.filesystem.Types;
import io.witj.wasi.bindings.io.Poll;
import io.witj.wasi.bindings.io.Streams;
import io.witj.wasi.clocks.MonotonicClockImpl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Streams over Java streams, and polling with timeouts and interruption. */
class StreamsAndPollTest {
  private static HostError error(IOException e) {
    return new HostError(e.getMessage(), Types.ErrorCode.IO);
  }

  @Test
  void inputStreamsReadChunksAndCloseAtTheEnd() {
    HostInputStream in =
        new HostInputStream(
            ByteSource.of(new ByteArrayInputStream(new byte[100_000])), e -> error(e));
    assertThat(in.read(0).unwrap()).isEmpty();
    // a guest's huge len is not allocated: one read returns at most MAX_CHUNK bytes
    assertThat(in.blockingRead(-1L).unwrap()).hasLength(HostInputStream.MAX_CHUNK);
    assertThat(in.skip(10).unwrap()).isEqualTo(10L);
    long rest = 100_000 - HostInputStream.MAX_CHUNK - 10;
    assertThat(in.read(rest).unwrap()).hasLength((int) rest);
    assertThat(in.read(1).unwrapErr()).isInstanceOf(Streams.StreamError.Closed.class);
    assertThat(in.read(1).unwrapErr()).isInstanceOf(Streams.StreamError.Closed.class);
    assertThat(in.subscribe().ready()).isTrue();
  }

  @Test
  void outputStreamsWriteFlushAndEnforceTheirBudget() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    HostOutputStream out = new HostOutputStream(ByteSink.of(sink), e -> error(e));
    assertThat(out.checkWrite().unwrap()).isEqualTo((long) HostOutputStream.BUDGET);
    assertThat(out.write("hello ".getBytes(StandardCharsets.UTF_8)).isOk()).isTrue();
    assertThat(out.blockingWriteAndFlush("world".getBytes(StandardCharsets.UTF_8)).isOk()).isTrue();
    assertThat(out.writeZeroes(2).isOk()).isTrue();
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("hello world\0\0");
    WitTrapException trap =
        assertThrows(
            WitTrapException.class, () -> out.write(new byte[HostOutputStream.BUDGET + 1]));
    assertThat(trap).hasMessageThat().contains("more than the 1048576 check-write permits");
    HostInputStream src =
        new HostInputStream(
            ByteSource.of(new ByteArrayInputStream(new byte[] {1, 2, 3})), e -> error(e));
    assertThat(out.splice(src, 10).unwrap()).isEqualTo(3L);
    assertThat(out.splice(src, 10).unwrapErr()).isInstanceOf(Streams.StreamError.Closed.class);
  }

  @Test
  void aFailedWriteReportsItsErrorAndClosesTheStream() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk on fire");
          }
        };
    HostOutputStream out = new HostOutputStream(ByteSink.of(broken), e -> error(e));
    Streams.StreamError failed = out.write(new byte[] {1}).unwrapErr();
    HostError cause = (HostError) ((Streams.StreamError.LastOperationFailed) failed).value();
    assertThat(cause.toDebugString()).isEqualTo("disk on fire");
    assertThat(cause.code()).hasValue(Types.ErrorCode.IO);
    assertThat(out.checkWrite().unwrapErr()).isInstanceOf(Streams.StreamError.Closed.class);
  }

  @Test
  void pollWaitsForTheEarliestDeadline() {
    MonotonicClockImpl clock = new MonotonicClockImpl();
    PollImpl poll = new PollImpl();
    Poll.Pollable soon = clock.subscribeDuration(30_000_000L);
    Poll.Pollable later = clock.subscribeDuration(60_000_000_000L);
    long before = System.nanoTime();
    assertThat(poll.poll(List.of(later, soon))).asList().containsExactly(1);
    assertThat(System.nanoTime() - before).isAtLeast(25_000_000L);
    assertThat(later.ready()).isFalse();
    // a ready pollable returns at once, with every other ready one
    assertThat(poll.poll(List.of(soon, HostPollable.alwaysReady(), later)))
        .asList()
        .containsExactly(0, 1)
        .inOrder();
    // a deadline in the past (or u64 max, clamped) does not overflow
    assertThat(clock.subscribeInstant(0).ready()).isTrue();
    assertThat(clock.subscribeDuration(-1L).ready()).isFalse();
  }

  @Test
  void aBlockedGuestIsInterruptedThroughItsThread() throws Exception {
    MonotonicClockImpl clock = new MonotonicClockImpl();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread guest =
        new Thread(
            () -> {
              try {
                clock.subscribeDuration(600_000_000_000L).block();
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    guest.start();
    Thread.sleep(100);
    guest.interrupt();
    guest.join(10_000);
    assertThat(guest.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(ChicoryInterruptedException.class);
  }

  @Test
  void anEmptyPollIsRefused() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> new PollImpl().poll(List.of())))
        .hasMessageThat()
        .contains("empty list");
  }
}
