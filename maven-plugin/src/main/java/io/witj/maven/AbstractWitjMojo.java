package io.witj.maven;

import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.WitjGeneration;
import io.witj.parser.Dialect;
import io.witj.parser.InputPaths;
import io.witj.parser.Wit;
import io.witj.parser.WitSources;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.WitException;
import io.witj.parser.model.PackageName;
import io.witj.parser.wit2022.WorldDescriptor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.build.BuildContext;
import org.jspecify.annotations.Nullable;

/**
 * What every witj goal shares: the parameters that say what to read and how to generate, reading
 * the WIT directory and the WIT packages of the dependencies, and turning failures into Maven's
 * terms (invalid input: {@link MojoFailureException} with the rendered diagnostics; a defect in
 * witj: one line pointing to {@code -e}). The work itself is codegen's {@link WitjGeneration}.
 */
abstract class AbstractWitjMojo extends AbstractMojo {

  /**
   * The world to generate: {@code name} in the WIT directory's package, or {@code
   * ns:pkg/name[@version]}. Optional when the package has exactly one world.
   */
  @Parameter(property = "witj.world")
  @Nullable String world;

  /** Prefix of every generated Java package (default: none, packages are {@code ns.pkg}). */
  @Parameter(property = "witj.packageName")
  @Nullable String packageName;

  /**
   * Java packages of single WIT packages, each {@code NS:PKG=java.package} (or {@code
   * NS:PKG@VERSION=java.package}); they replace {@code packageName} for that WIT package.
   */
  @Parameter(property = "witj.packageMappings")
  List<String> packageMappings = new ArrayList<>();

  /** {@code @unstable(feature = …)} features to enable; items of other features are dropped. */
  @Parameter(property = "witj.features")
  List<String> features = new ArrayList<>();

  /** The guest's string encoding: {@code utf8}, {@code utf16} or {@code latin1+utf16}. */
  @Parameter(property = "witj.stringEncoding", defaultValue = "utf8")
  String stringEncoding = "utf8";

  /**
   * Leave out async functions, {@code future}, {@code stream} and {@code error-context} (listed in
   * the generated javadoc) instead of failing.
   */
  @Parameter(property = "witj.skipUnsupported", defaultValue = "false")
  boolean skipUnsupported;

  /**
   * How the WIT is written: {@code component-model} (today's WIT) or {@code wit-bindgen-0.2} (the
   * 2022 dialect of guests built with wit-bindgen 0.2, such as Spiderlightning's of 2023: every
   * file an interface, no packages or worlds; it also selects those guests' ABI). The 2022
   * dialect's world is {@code <world>} made of {@code <worldImports>} and {@code <worldExports>}.
   */
  @Parameter(property = "witj.dialect", defaultValue = "component-model")
  String dialect = "component-model";

  /** {@code wit-bindgen-0.2}: the interfaces (file stems) the world {@code <world>} imports. */
  @Parameter(property = "witj.worldImports")
  List<String> worldImports = new ArrayList<>();

  /** {@code wit-bindgen-0.2}: the interfaces (file stems) the world {@code <world>} exports. */
  @Parameter(property = "witj.worldExports")
  List<String> worldExports = new ArrayList<>();

  /**
   * Exported interfaces (by name or {@code ns:pkg/name}) that the guest exports under core names
   * chosen at run time: the world class binds them on request ({@code world.iface("core-name")}),
   * checking the export then, instead of when it is built.
   */
  @Parameter(property = "witj.bindAtRunTime")
  List<String> bindAtRunTime = new ArrayList<>();

  /** Skip this goal. */
  @Parameter(property = "witj.skip", defaultValue = "false")
  boolean skip;

  /** Log where each WIT package came from (the WIT directory, its deps/, or an artifact). */
  @Parameter(property = "witj.explain", defaultValue = "false")
  boolean explain;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution execution;

  @SuppressWarnings("deprecation") // @Component still injects on Maven 3.8.7, our oldest target
  @Component
  BuildContext buildContext;

  /** Set when the build runs inside Eclipse (m2e); only then are diagnostics also markers. */
  @Parameter(defaultValue = "${m2e.version}", readonly = true)
  @Nullable String m2eVersion;

  /** The directory with the WIT package (its {@code .wit} files) and its {@code deps/}. */
  abstract File witDirectory();

  /** Whether the WIT packages of test-scoped dependencies are visible too. */
  abstract boolean testScope();

  Path basedir() {
    return project.getBasedir().toPath();
  }

  /** {@code path} relative to the project ({@code /}-separated), or absolute when outside it. */
  String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = basedir().toAbsolutePath().normalize();
    return absolute.startsWith(base)
        ? base.relativize(absolute).toString().replace(File.separatorChar, '/')
        : absolute.toString();
  }

  /**
   * Runs {@code work} unless the goal is skipped or there is no WIT directory (one line each),
   * turning unexpected exceptions into a one-line internal error.
   */
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("witj: skipped");
      return;
    }
    Path wit = witDirectory().toPath();
    if (!Files.isDirectory(wit)) {
      getLog().info("witj: no WIT directory " + display(wit) + ", nothing to do");
      return;
    }
    try {
      run(wit);
    } catch (IOException e) {
      throw new MojoFailureException("witj: " + InputPaths.describe(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      StackTraceElement[] frames = e.getStackTrace();
      throw new MojoExecutionException(
          "witj: internal error: "
              + e
              + (frames.length > 0 ? " at " + frames[0] : "")
              + ". This is a defect in witj, not in your input; run Maven with -e for the stack"
              + " trace and please report it.",
          e);
    }
  }

  /** The goal's work on the existing WIT directory {@code wit}. */
  abstract void run(Path wit) throws IOException, MojoFailureException;

  /** Reads the WIT directory; fails when it has no {@code .wit} files. */
  WitSources readSources(Path wit) throws IOException, MojoFailureException {
    WitSources sources;
    try {
      sources = Wit.read(wit, display(wit), dialect());
    } catch (WitException e) {
      throw failure("invalid WIT in " + display(wit), e.diagnostics());
    }
    if (sources.root().isEmpty()) {
      throw new MojoFailureException(
          "witj: the WIT directory " + display(wit) + " has no .wit files");
    }
    return sources;
  }

  /** The WIT packages of the project's dependencies (of test scope too for test goals). */
  ArtifactWitLibrary library() throws IOException {
    List<WitArtifact> artifacts = new ArrayList<>();
    if (testScope()) {
      artifacts.add(
          new WitArtifact(
              coordinates(project.getArtifact()),
              Path.of(project.getBuild().getOutputDirectory())));
    }
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getFile() != null
          && artifact.getArtifactHandler().isAddedToClasspath()
          && (testScope() || !Artifact.SCOPE_TEST.equals(artifact.getScope()))) {
        artifacts.add(new WitArtifact(coordinates(artifact), artifact.getFile().toPath()));
      }
    }
    return ArtifactWitLibrary.scan(artifacts);
  }

  private static String coordinates(Artifact artifact) {
    return artifact.getGroupId()
        + ":"
        + artifact.getArtifactId()
        + (artifact.hasClassifier() ? ":" + artifact.getClassifier() : "")
        + ":"
        + artifact.getBaseVersion();
  }

  /** The dialect of {@code <dialect>}; fails naming the parameter when it is none. */
  Dialect dialect() throws MojoFailureException {
    try {
      return Dialect.fromOptionName(dialect.strip());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("witj: <dialect>: " + e.getMessage());
    }
  }

  /** The generator options of the parameters; fails naming the parameter that is wrong. */
  GeneratorOptions options() throws MojoFailureException {
    String worldName = world == null || world.isBlank() ? null : world.strip();
    GeneratorOptions.Builder options =
        GeneratorOptions.builder().world(worldName).skipUnsupported(skipUnsupported);
    if (dialect() == Dialect.WIT_BINDGEN_0_2) {
      if (!features.isEmpty()) {
        throw new MojoFailureException(
            "witj: <features> has no meaning for <dialect>wit-bindgen-0.2</dialect>");
      }
      options.dialect(Dialect.WIT_BINDGEN_0_2);
      if (worldName != null) {
        options.describeWorld(
            new WorldDescriptor(worldName, strip(worldImports), strip(worldExports)));
      } else if (!worldImports.isEmpty() || !worldExports.isEmpty()) {
        throw new MojoFailureException(
            "witj: <worldImports> and <worldExports> describe the world named by <world>, which"
                + " is missing");
      }
    } else {
      if (!worldImports.isEmpty() || !worldExports.isEmpty()) {
        throw new MojoFailureException(
            "witj: <worldImports> and <worldExports> describe worlds of"
                + " <dialect>wit-bindgen-0.2</dialect> only");
      }
      options.features(new TreeSet<>(features));
    }
    strip(bindAtRunTime).forEach(options::bindAtRunTime);
    try {
      options.basePackage(packageName == null ? "" : packageName.strip());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("witj: <packageName>: " + e.getMessage());
    }
    for (String mapping : packageMappings) {
      try {
        options.mapPackage(mapping);
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException("witj: <packageMappings>: " + e.getMessage());
      }
    }
    try {
      options.stringEncoding(
          GeneratorOptions.StringEncoding.fromWitName(
              stringEncoding.strip().toLowerCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("witj: <stringEncoding>: " + e.getMessage());
    }
    return options.build();
  }

  /** A request for {@code sources} with the parameters' options and the dependencies' WIT. */
  WitjGeneration generation(WitSources sources, ArtifactWitLibrary library)
      throws MojoFailureException {
    return WitjGeneration.builder(sources)
        .library(library)
        .options(options())
        .worldOption("<world>")
        .build();
  }

  private static List<String> strip(List<String> names) {
    return names.stream().map(String::strip).toList();
  }

  /** Adds every parameter that changes the generated files to {@code fingerprint}. */
  void addParameters(Fingerprint fingerprint) {
    fingerprint
        .add("dialect", dialect)
        .add("worldImports", String.join(",", worldImports))
        .add("worldExports", String.join(",", worldExports))
        .add("bindAtRunTime", String.join(",", new TreeSet<>(bindAtRunTime)))
        .add("world", Optional.ofNullable(world).orElse(""))
        .add("packageName", Optional.ofNullable(packageName).orElse(""))
        .add("packageMappings", String.join("\n", new TreeSet<>(packageMappings)))
        .add("features", String.join(",", new TreeSet<>(features)))
        .add("stringEncoding", stringEncoding)
        .add("skipUnsupported", String.valueOf(skipUnsupported));
  }

  /** The failure for invalid input: {@code headline} and the rendered diagnostics. */
  static MojoFailureException failure(String headline, List<Diagnostic> diagnostics) {
    return new MojoFailureException(
        DiagnosticReport.render("witj: " + headline + ":", diagnostics));
  }

  /** Error markers for the IDE; none in a command-line build, where the failure message says it. */
  Markers markers() {
    return new Markers(buildContext, basedir(), project.getFile(), m2eVersion != null);
  }

  /** Logs where each package came from. */
  void logOrigins(Map<PackageName, String> origins) {
    origins.forEach((name, origin) -> getLog().info("  " + name + " from " + origin));
  }
}
