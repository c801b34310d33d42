package io.witj.maven;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How files reach the disk: directly, or through the IDE's build context so that it sees every
 * change ({@link BuildContextOutput}).
 */
interface OutputWriter {
  /** Writes {@code content} to {@code file}, creating its directories. */
  void write(Path file, byte[] content) throws IOException;

  /** Deletes {@code file} if it exists. */
  void delete(Path file) throws IOException;
}
