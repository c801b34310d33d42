package io.witj.maven;

import io.witj.codegen.GeneratedFile;
import java.nio.file.Path;

/**
 * A generated file and the directory it goes below (the generated-sources directory, or the classes
 * directory for embedded WIT).
 */
record PlannedFile(Path root, GeneratedFile file) {
  Path target() {
    return file.target(root);
  }
}
