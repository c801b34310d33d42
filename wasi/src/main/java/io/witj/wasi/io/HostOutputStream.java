package io.witj.wasi.io;

import io.witj.runtime.Result;
import io.witj.runtime.WitTrapException;
import io.witj.wasi.bindings.io.Poll;
import io.witj.wasi.bindings.io.Streams;
import java.io.IOException;
import java.util.function.Function;

/**
 * {@code wasi:io/streams.output-stream} over a {@link ByteSink}. {@code check-write} permits {@link
 * #BUDGET} bytes at a time; writing more than permitted traps, as the interface says. Writes
 * complete before they return (the sink may buffer until a flush), so the stream's pollable is
 * always ready. A failed write or flush closes the stream.
 */
public final class HostOutputStream implements Streams.OutputStream {
  /** The bytes {@code check-write} permits per write. */
  public static final int BUDGET = 1 << 20;

  private static final String WRITE = "wasi:io/streams#[method]output-stream.write";

  private final ByteSink sink;
  private final Function<IOException, HostError> errors;
  private boolean closed;

  /**
   * @param errors turns a failed write into the error resource the guest receives
   */
  public HostOutputStream(ByteSink sink, Function<IOException, HostError> errors) {
    this.sink = sink;
    this.errors = errors;
  }

  @Override
  public Result<Long, Streams.StreamError> checkWrite() {
    return closed ? Result.err(new Streams.StreamError.Closed()) : Result.ok((long) BUDGET);
  }

  @Override
  public Result<Void, Streams.StreamError> write(byte[] contents) {
    return write(contents, false);
  }

  @Override
  public Result<Void, Streams.StreamError> blockingWriteAndFlush(byte[] contents) {
    return write(contents, true);
  }

  private Result<Void, Streams.StreamError> write(byte[] contents, boolean flush) {
    if (contents.length > BUDGET) {
      throw new WitTrapException(
          WRITE,
          "wrote " + contents.length + " bytes, more than the " + BUDGET + " check-write permits");
    }
    if (closed) {
      return Result.err(new Streams.StreamError.Closed());
    }
    try {
      sink.write(contents, 0, contents.length);
      if (flush) {
        sink.flush();
      }
      return Result.ok();
    } catch (IOException e) {
      return fail(e);
    }
  }

  @Override
  public Result<Void, Streams.StreamError> flush() {
    if (closed) {
      return Result.err(new Streams.StreamError.Closed());
    }
    try {
      sink.flush();
      return Result.ok();
    } catch (IOException e) {
      return fail(e);
    }
  }

  @Override
  public Result<Void, Streams.StreamError> blockingFlush() {
    return flush();
  }

  @Override
  public Poll.Pollable subscribe() {
    return HostPollable.alwaysReady();
  }

  @Override
  public Result<Void, Streams.StreamError> writeZeroes(long len) {
    if (Long.compareUnsigned(len, BUDGET) > 0) {
      throw new WitTrapException(
          WRITE, "wrote " + Long.toUnsignedString(len) + " zeroes, more than check-write permits");
    }
    return write(new byte[(int) len], false);
  }

  @Override
  public Result<Void, Streams.StreamError> blockingWriteZeroesAndFlush(long len) {
    Result<Void, Streams.StreamError> written = writeZeroes(len);
    return written.isOk() ? flush() : written;
  }

  @Override
  public Result<Long, Streams.StreamError> splice(Streams.InputStream src, long len) {
    if (closed) {
      return Result.err(new Streams.StreamError.Closed());
    }
    long wanted = Long.compareUnsigned(len, BUDGET) < 0 ? len : BUDGET;
    Result<byte[], Streams.StreamError> read = src.read(wanted);
    if (read instanceof Result.Err<byte[], Streams.StreamError> err) {
      return Result.err(err.error());
    }
    byte[] bytes = read.unwrap();
    return write(bytes, false).map(v -> (long) bytes.length);
  }

  @Override
  public Result<Long, Streams.StreamError> blockingSplice(Streams.InputStream src, long len) {
    return splice(src, len);
  }

  private <T> Result<T, Streams.StreamError> fail(IOException e) {
    closed = true;
    return Result.err(new Streams.StreamError.LastOperationFailed(errors.apply(e)));
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        sink.flush();
        sink.close();
      } catch (IOException e) {
        // nothing to report to: the guest dropped the stream
      }
    }
  }
}
