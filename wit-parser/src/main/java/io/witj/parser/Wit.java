package io.witj.parser;

import io.witj.parser.model.Resolve;
import io.witj.parser.resolve.Resolver;
import io.witj.parser.wit2022.Wit2022Loader;
import io.witj.parser.wit2022.Wit2022Sources;
import io.witj.parser.wit2022.WorldDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * Reads the WIT at {@code path} written in {@code dialect} into memory: {@link WitSources#read},
   * or {@link Wit2022Sources#read} for the 2022 dialect.
   */
  public static WitSources read(Path path, String displayPath, Dialect dialect) throws IOException {
    return dialect == Dialect.WIT_BINDGEN_0_2
        ? Wit2022Sources.read(path, displayPath)
        : WitSources.read(path, displayPath);
  }

  /**
   * Loads {@code path} written in the 2022 dialect of wit-bindgen 0.2 (a file is an interface; no
   * packages or worlds) into the same model, with one world per descriptor; see {@link
   * Wit2022Sources#read} and {@link Wit2022Loader}.
   */
  public static Resolve loadWit2022(Path path, List<WorldDescriptor> worlds) throws IOException {
    return resolveWit2022(Wit2022Sources.read(path, path.toString()), worlds).resolve();
  }

  /** Resolves 2022-dialect WIT already read into memory ({@link Wit2022Sources#read}). */
  public static WitResolution resolveWit2022(WitSources sources, List<WorldDescriptor> worlds) {
    return Wit2022Loader.resolve(sources, worlds);
  }
}
