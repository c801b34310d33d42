package io.witj.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codehaus.plexus.build.BuildContext;

/**
 * Writes and deletes through the {@link BuildContext}, so that an IDE (Eclipse with m2e) sees each
 * change; in a command-line build the context writes straight to the disk.
 */
final class BuildContextOutput implements OutputWriter {
  private final BuildContext context;

  BuildContextOutput(BuildContext context) {
    this.context = context;
  }

  @Override
  public void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = context.newFileOutputStream(file.toFile())) {
      out.write(content);
    }
  }

  @Override
  public void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
    context.refresh(file.toFile());
  }
}
