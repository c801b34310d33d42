package io.witj.wasi.io;

import java.io.IOException;

/** Where a {@link HostOutputStream}'s bytes go: a Java stream, a file at an offset or its end. */
public interface ByteSink {
  /** Writes {@code length} bytes of {@code bytes} from {@code offset}. */
  void write(byte[] bytes, int offset, int length) throws IOException;

  /** Makes what was written visible (e.g. flushes a buffered stream). */
  void flush() throws IOException;

  /** Releases what the sink holds (not the standard streams of the JVM). */
  default void close() throws IOException {}

  /** A sink over {@code out}, which closing leaves open (for {@code System.out}). */
  static ByteSink of(java.io.OutputStream out) {
    return new ByteSink() {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    };
  }
}
