package io.witj.parser;

import io.witj.parser.model.Resolve;
import io.witj.parser.resolve.WitLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Entry point of the WIT front end: reads a {@code .wit} file or a package directory (with its
 * {@code deps/}) and returns the resolved, checked model. Invalid WIT raises a {@link
 * io.witj.parser.diag.WitException} carrying the diagnostics.
 */
public final class Wit {
  private Wit() {}

  /** Loads {@code path}, keeping {@code @unstable} items only of the {@code enabledFeatures}. */
  public static Resolve load(Path path, Set<String> enabledFeatures) throws IOException {
    return WitLoader.load(path, enabledFeatures);
  }
}
