package io.witj.wasi.io;

import java.io.IOException;

/** Where a {@link HostInputStream}'s bytes come from: a Java stream, a file at an offset. */
public interface ByteSource {
  /**
   * Reads up to {@code max} bytes into {@code buffer}, blocking until at least one is there.
   *
   * @return the number read, or -1 at the end
   */
  int read(byte[] buffer, int max) throws IOException;

  /** Releases what the source holds (not the standard streams of the JVM). */
  default void close() throws IOException {}

  /** A source over {@code in}, which closing leaves open (for {@code System.in}). */
  static ByteSource of(java.io.InputStream in) {
    return (buffer, max) -> in.read(buffer, 0, max);
  }
}
