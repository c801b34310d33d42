package io.witj.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One generated source file, in memory: its path below the output directory ({@code /}-separated,
 * e.g. {@code com/example/Store.java}) and its bytes (UTF-8, {@code \n} line ends, nothing that
 * depends on the time or the machine), so that two runs produce identical bytes.
 */
public final class GeneratedFile {
  private final String path;
  private final byte[] content;

  /** The file at {@code path} with {@code text}; line ends are normalized to {@code \n}. */
  public GeneratedFile(String path, String text) {
    this.path = path;
    String lf = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    this.content = lf.getBytes(StandardCharsets.UTF_8);
  }

  /** The path below the output directory, {@code /}-separated. */
  public String path() {
    return path;
  }

  /** A copy of the file's bytes. */
  public byte[] content() {
    return content.clone();
  }

  /** The file's size in bytes. */
  public int size() {
    return content.length;
  }

  /** Where this file goes below {@code outputDir}. */
  public Path target(Path outputDir) {
    return outputDir.resolve(path);
  }

  /**
   * Whether the file below {@code outputDir} already holds exactly these bytes (then writing it
   * again would only change its modification time).
   */
  public boolean isCurrent(Path outputDir) throws IOException {
    Path target = target(outputDir);
    return Files.isRegularFile(target)
        && Files.size(target) == content.length
        && Arrays.equals(Files.readAllBytes(target), content);
  }

  /**
   * Writes the file below {@code outputDir} (creating its directories) unless it already holds
   * these bytes; returns whether it wrote.
   */
  public boolean writeIfChanged(Path outputDir) throws IOException {
    if (isCurrent(outputDir)) {
      return false;
    }
    Path target = target(outputDir);
    Files.createDirectories(target.getParent());
    Files.write(target, content);
    return true;
  }
}
