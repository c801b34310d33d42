package io.witj.wasi.io;

import io.witj.runtime.Result;
import io.witj.wasi.bindings.io.Poll;
import io.witj.wasi.bindings.io.Streams;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * {@code wasi:io/streams.input-stream} over a {@link ByteSource}. Reads return what one read of the
 * source gives, at most {@link #MAX_CHUNK} bytes however many the guest asks for (the host never
 * allocates what a guest's {@code len} claims); the end of the source closes the stream. Reads
 * block until data is there, so {@code read} and {@code blocking-read} behave alike and the
 * stream's pollable is always ready.
 */
public final class HostInputStream implements Streams.InputStream {
  /** The most bytes one read returns. */
  public static final int MAX_CHUNK = 1 << 16;

  private final ByteSource source;
  private final Function<IOException, HostError> errors;
  private boolean closed;

  /**
   * @param errors turns a failed read into the error resource the guest receives
   */
  public HostInputStream(ByteSource source, Function<IOException, HostError> errors) {
    this.source = source;
    this.errors = errors;
  }

  @Override
  public Result<byte[], Streams.StreamError> read(long len) {
    if (closed) {
      return Result.err(new Streams.StreamError.Closed());
    }
    if (len == 0) {
      return Result.ok(new byte[0]);
    }
    byte[] buffer = new byte[Long.compareUnsigned(len, MAX_CHUNK) < 0 ? (int) len : MAX_CHUNK];
    try {
      int n = source.read(buffer, buffer.length);
      if (n < 0) {
        closed = true;
        return Result.err(new Streams.StreamError.Closed());
      }
      return Result.ok(n == buffer.length ? buffer : Arrays.copyOf(buffer, n));
    } catch (IOException e) {
      closed = true;
      return Result.err(new Streams.StreamError.LastOperationFailed(errors.apply(e)));
    }
  }

  @Override
  public Result<byte[], Streams.StreamError> blockingRead(long len) {
    return read(len);
  }

  @Override
  public Result<Long, Streams.StreamError> skip(long len) {
    return read(len).map(bytes -> (long) bytes.length);
  }

  @Override
  public Result<Long, Streams.StreamError> blockingSkip(long len) {
    return skip(len);
  }

  @Override
  public Poll.Pollable subscribe() {
    return HostPollable.alwaysReady();
  }

  @Override
  public void close() {
    closed = true;
    try {
      source.close();
    } catch (IOException e) {
      // nothing to report to: the guest dropped the stream
    }
  }
}
