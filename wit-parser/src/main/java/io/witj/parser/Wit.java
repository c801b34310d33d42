package io.witj.parser;

import io.witj.parser.model.Resolve;
import io.witj.parser.resolve.Resolver;
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
    return resolve(WitSources.read(path, path.toString()), WitLibrary.NONE, enabledFeatures)
        .resolve();
  }

  /**
   * Resolves WIT already read into memory; packages that are used but defined by no group of {@code
   * sources} are taken from {@code library}.
   */
  public static WitResolution resolve(
      WitSources sources, WitLibrary library, Set<String> enabledFeatures) {
    return Resolver.resolve(sources, library, enabledFeatures);
  }
}
