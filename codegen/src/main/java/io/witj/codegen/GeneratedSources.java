package io.witj.codegen;

import com.palantir.javapoet.JavaFile;
import io.witj.codegen.javamodel.WorldModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java sources generated for one world, with the model they were generated from.
 *
 * @param skipped items left out under skip-unsupported, one line each
 */
public record GeneratedSources(WorldModel world, List<JavaFile> files, List<String> skipped) {

  public GeneratedSources {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /**
   * Writes every file below {@code outputDir} (package directories created); returns their paths.
   */
  public List<Path> writeTo(Path outputDir) {
    List<Path> written = new ArrayList<>();
    try {
      for (JavaFile file : files) {
        written.add(file.writeToPath(outputDir));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write generated sources to " + outputDir, e);
    }
    return written;
  }
}
