package io.witj.maven;

import io.witj.codegen.CheckResult;
import io.witj.codegen.GeneratedFile;
import io.witj.codegen.GenerationResult;
import io.witj.codegen.WitjGeneration;
import io.witj.parser.WitSources;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.model.PackageName;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The generation goals ({@code generate}, {@code generate-test}): fingerprint the inputs; when they
 * match the last run's, only register the source root; otherwise generate in memory, write the
 * files whose bytes changed, remove the files this execution no longer generates, and record the
 * new state last (see {@link OutputSync}).
 */
abstract class AbstractGenerateMojo extends AbstractWitjMojo {
  /** The recorded "world" of a WIT directory that defines none (a WIT library). */
  private static final String NO_WORLD = "-";

  /** Regenerate even when the inputs have not changed since the last run. */
  @Parameter(property = "witj.force", defaultValue = "false")
  boolean force;

  /** The directory the Java sources are generated into (registered as a source root). */
  abstract File outputDirectory();

  /** Adds {@code directory} to the project's compile or test-compile source roots. */
  abstract void addSourceRoot(String directory);

  /** The files to write besides the Java sources (the embedded WIT of {@code generate}). */
  abstract List<PlannedFile> extraFiles(WitSources sources, Map<PackageName, String> origins)
      throws MojoFailureException;

  /** Adds goal-specific parameters to the fingerprint. */
  abstract void addGoalParameters(Fingerprint fingerprint);

  @Override
  void run(Path wit) throws IOException, MojoFailureException {
    long start = System.nanoTime();
    Path out = outputDirectory().toPath().toAbsolutePath().normalize();
    WitSources sources = readSources(wit);
    ArtifactWitLibrary library = library();
    String version = WitjCodeVersion.get();
    String fingerprint = fingerprint(sources, library, version, out);
    Path stateDir = stateDirectory();
    Optional<GenerationState> previous = GenerationState.read(stateDir);
    Optional<String> stale = staleReason(previous, version, fingerprint);
    if (stale.isEmpty()) {
      GenerationState state = previous.orElseThrow();
      addSourceRoot(out.toString());
      getLog()
          .info(
              headline(state.world(), wit)
                  + ": up to date, "
                  + state.files().size()
                  + " files ("
                  + millisSince(start)
                  + " ms)");
      if (explain) {
        logOrigins(generation(sources, library).check().origins());
      }
      return;
    }
    getLog().debug("witj: regenerating: " + stale.get());
    Markers markers = markers();
    markers.clear(sources);
    WitjGeneration generation = generation(sources, library);
    CheckResult checked = generation.check();
    if (!checked.succeeded()) {
      markers.report(checked.diagnostics());
      throw failure("invalid WIT in " + display(wit), checked.diagnostics());
    }
    if (explain) {
      logOrigins(checked.origins());
    }
    List<PlannedFile> files = new ArrayList<>();
    String generated = NO_WORLD;
    if (world != null || !checked.worlds().isEmpty()) {
      GenerationResult result = generation.generate(checked);
      if (!result.succeeded()) {
        markers.report(result.diagnostics());
        throw failure("cannot generate from " + display(wit), result.diagnostics());
      }
      result.skipped().forEach(s -> getLog().warn("left out (not supported yet): " + s));
      result.files().forEach(f -> files.add(new PlannedFile(out, f)));
      generated = "world " + result.stats().orElseThrow().world();
    }
    files.addAll(extraFiles(sources, checked.origins()));
    SyncSummary summary;
    try {
      summary =
          new OutputSync(
                  basedir(),
                  stateDir,
                  roots(out),
                  new BuildContextOutput(buildContext),
                  getLog()::warn)
              .sync(
                  files,
                  previous,
                  GenerationState.filesOfOtherExecutions(stateRoot(), stateDir, version),
                  version,
                  fingerprint,
                  generated);
    } catch (OutputSync.ConflictException e) {
      throw new MojoFailureException("witj: " + e.getMessage());
    }
    addSourceRoot(out.toString());
    buildContext.refresh(out.toFile());
    getLog().info(headline(generated, wit) + ": " + summary + " (" + millisSince(start) + " ms)");
  }

  /** {@code world ns:pkg/w@v}, or what a WIT directory without worlds is. */
  private String headline(String generated, Path wit) {
    return generated.equals(NO_WORLD)
        ? "no world in " + display(wit) + ": nothing to generate"
        : generated;
  }

  /** Why the last run's output cannot be kept, or empty when it is up to date. */
  private Optional<String> staleReason(
      Optional<GenerationState> previous, String version, String fingerprint) {
    if (force) {
      return Optional.of("forced (witj.force)");
    }
    if (previous.isEmpty()) {
      return Optional.of("no state of a previous run");
    }
    GenerationState state = previous.get();
    if (!state.version().equals(version)) {
      return Optional.of("witj version changed (" + state.version() + " -> " + version + ")");
    }
    if (!state.fingerprint().equals(fingerprint)) {
      return Optional.of("inputs or parameters changed");
    }
    if (!state.outputsPresent(basedir())) {
      return Optional.of("generated files were deleted or changed");
    }
    return Optional.empty();
  }

  private String fingerprint(
      WitSources sources, ArtifactWitLibrary library, String version, Path out) {
    Fingerprint fingerprint = new Fingerprint().add("witj", version).add("goal", goal());
    addParameters(fingerprint);
    addGoalParameters(fingerprint);
    fingerprint.add("outputDirectory", display(out));
    for (SourceFile file : sources.allFiles()) {
      fingerprint.add(file.displayPath(), file.text().getBytes(StandardCharsets.UTF_8));
    }
    library.addTo(fingerprint);
    return fingerprint.finish();
  }

  private String goal() {
    return execution.getMojoDescriptor().getGoal();
  }

  /** {@code target/witj}: the states of every goal and execution of this project. */
  private Path stateRoot() {
    return Path.of(project.getBuild().getDirectory(), "witj");
  }

  /** {@code target/witj/<goal>/<executionId>}. */
  private Path stateDirectory() {
    return stateRoot().resolve(goal()).resolve(execution.getExecutionId());
  }

  /** The embedded WIT files, planned below the classes directory. */
  List<PlannedFile> embedded(WitSources sources, Map<PackageName, String> origins) {
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    List<PlannedFile> files = new ArrayList<>();
    for (GeneratedFile file : WitEmbedding.files(sources, origins)) {
      files.add(new PlannedFile(classes, file));
    }
    return files;
  }

  /** The directories this goal writes below: the output directory and the classes directory. */
  private Set<Path> roots(Path out) {
    return new LinkedHashSet<>(
        List.of(
            out, Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize()));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
