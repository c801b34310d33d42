package io.witj.codegen;

import com.palantir.javapoet.JavaFile;
import io.witj.parser.Dialect;
import io.witj.parser.Wit;
import io.witj.parser.WitLibrary;
import io.witj.parser.WitResolution;
import io.witj.parser.WitSources;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.WitException;
import io.witj.parser.model.PackageName;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to witj, the API every front end calls (the {@code witj} command line, the Maven
 * plugin): WIT sources already read into memory, packages available from elsewhere, and the
 * generator options in; files and diagnostics out, in memory. Front ends only read inputs, write
 * outputs and report; invalid WIT or options come back as diagnostics, never as exceptions.
 */
public final class WitjGeneration {

  private final WitSources sources;
  private final WitLibrary library;
  private final GeneratorOptions options;
  private final String worldOption;

  private WitjGeneration(Builder builder) {
    this.sources = builder.sources;
    this.library = builder.library;
    this.options = builder.options;
    this.worldOption = builder.worldOption;
  }

  /** A request for {@code sources} with default options and no library. */
  public static Builder builder(WitSources sources) {
    return new Builder(sources);
  }

  /** Parses and resolves the WIT without generating anything. */
  public CheckResult check() {
    try {
      WitResolution resolution =
          options.dialect() == Dialect.WIT_BINDGEN_0_2
              ? Wit.resolveWit2022(sources, options.worldDescriptors())
              : Wit.resolve(sources, library, options.features());
      return new CheckResult(
          Optional.of(resolution.resolve()),
          resolution.origins(),
          List.of(),
          resolution.locations());
    } catch (WitException e) {
      return new CheckResult(Optional.empty(), Map.of(), e.diagnostics());
    } catch (UncheckedIOException e) {
      return new CheckResult(Optional.empty(), Map.of(), List.of(unreadable(e)));
    }
  }

  /** Resolves the WIT and generates the chosen world in memory. */
  public GenerationResult generate() {
    return generate(check());
  }

  /** Generates the chosen world in memory from what {@link #check()} returned. */
  public GenerationResult generate(CheckResult checked) {
    if (checked.resolve().isEmpty()) {
      return GenerationResult.failed(checked.origins(), checked.diagnostics());
    }
    Map<PackageName, String> origins = checked.origins();
    try {
      int world = WorldSelector.select(checked.resolve().get(), options.world(), worldOption);
      GeneratedSources sources =
          Generator.generate(checked.resolve().get(), world, options, checked.locations());
      List<GeneratedFile> files = new ArrayList<>();
      for (JavaFile file : sources.files()) {
        files.add(new GeneratedFile(path(file), file.toString()));
      }
      return new GenerationResult(
          files,
          Optional.of(WorldStats.of(sources.world())),
          sources.skipped(),
          origins,
          List.of());
    } catch (GenerationException e) {
      return GenerationResult.failed(
          origins,
          e.diagnostics().isEmpty()
              ? List.of(Diagnostic.withoutLocation(String.valueOf(e.getMessage())))
              : e.diagnostics());
    }
  }

  private static String path(JavaFile file) {
    String dir = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
    return dir + file.typeSpec().name() + ".java";
  }

  private static Diagnostic unreadable(UncheckedIOException e) {
    // an UncheckedIOException always wraps the IOException that says why
    return Diagnostic.withoutLocation(
        e.getMessage() + ": " + Objects.requireNonNull(e.getCause()).getMessage());
  }

  /** Builder of a {@link WitjGeneration}. */
  public static final class Builder {
    private final WitSources sources;
    private WitLibrary library = WitLibrary.NONE;
    private GeneratorOptions options = GeneratorOptions.builder().build();
    private String worldOption = "--world";

    private Builder(WitSources sources) {
      this.sources = sources;
    }

    /** Where packages come from that the sources use but do not define. */
    public Builder library(WitLibrary library) {
      this.library = library;
      return this;
    }

    public Builder options(GeneratorOptions options) {
      this.options = options;
      return this;
    }

    /**
     * How the front end's users name the world option, for messages such as "several worlds, choose
     * one with {@code --world}" (default {@code --world}).
     */
    public Builder worldOption(String worldOption) {
      this.worldOption = worldOption;
      return this;
    }

    public WitjGeneration build() {
      return new WitjGeneration(this);
    }
  }
}
