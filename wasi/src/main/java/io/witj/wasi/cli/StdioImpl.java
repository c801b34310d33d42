package io.witj.wasi.cli;

import io.witj.wasi.bindings.cli.Stderr;
import io.witj.wasi.bindings.cli.Stdin;
import io.witj.wasi.bindings.cli.Stdout;
import io.witj.wasi.bindings.io.Streams;
import io.witj.wasi.io.ByteSink;
import io.witj.wasi.io.ByteSource;
import io.witj.wasi.io.HostError;
import io.witj.wasi.io.HostInputStream;
import io.witj.wasi.io.HostOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@code wasi:cli/stdin}, {@code stdout} and {@code stderr} on Java streams: each call returns a
 * new stream resource over the same Java stream, which dropping it does not close.
 */
public final class StdioImpl implements Stdin, Stdout, Stderr {
  private final InputStream in;
  private final OutputStream out;
  private final OutputStream err;

  public StdioImpl(InputStream in, OutputStream out, OutputStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  private static HostError error(String stream, IOException e) {
    return new HostError(stream + ": " + e.getMessage(), null);
  }

  @Override
  public Streams.InputStream getStdin() {
    return new HostInputStream(ByteSource.of(in), e -> error("stdin", e));
  }

  @Override
  public Streams.OutputStream getStdout() {
    return new HostOutputStream(ByteSink.of(out), e -> error("stdout", e));
  }

  @Override
  public Streams.OutputStream getStderr() {
    return new HostOutputStream(ByteSink.of(err), e -> error("stderr", e));
  }
}
