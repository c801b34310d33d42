package io.witj.maven;

import io.witj.codegen.CheckResult;
import io.witj.codegen.GenerationResult;
import io.witj.codegen.WitjGeneration;
import io.witj.parser.WitSources;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Parses and resolves the WIT directory without writing anything (for CI), logging what it holds
 * and where each package came from. When the world is known (the {@code world} parameter, or the
 * only world) the bindings are also generated in memory, so unsupported items and bad package
 * mappings fail here too.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class CheckMojo extends AbstractWitjMojo {

  /** The WIT package to check: its {@code .wit} files and its {@code deps/} folder. */
  @Parameter(property = "witj.witDirectory", defaultValue = "${project.basedir}/src/main/wit")
  File witDirectory;

  @Override
  File witDirectory() {
    return witDirectory;
  }

  @Override
  boolean testScope() {
    return false;
  }

  @Override
  void run(Path wit) throws IOException, MojoFailureException {
    long start = System.nanoTime();
    WitSources sources = readSources(wit);
    WitjGeneration generation = generation(sources, library());
    Markers markers = markers();
    markers.clear(sources);
    CheckResult checked = generation.check();
    if (!checked.succeeded()) {
      markers.report(checked.diagnostics());
      throw failure("invalid WIT in " + display(wit), checked.diagnostics());
    }
    getLog().info(display(wit) + ": ok, " + checked.describe());
    logOrigins(checked.origins());
    List<String> worlds = checked.worlds();
    if (world == null && worlds.size() != 1) {
      getLog().info("worlds: " + String.join(", ", worlds) + " (set <world> to check one)");
    } else {
      GenerationResult result = generation.generate();
      if (!result.succeeded()) {
        markers.report(result.diagnostics());
        throw failure("cannot generate from " + display(wit), result.diagnostics());
      }
      result.skipped().forEach(s -> getLog().warn("left out (not supported yet): " + s));
      getLog()
          .info(
              "world "
                  + result.stats().orElseThrow().world()
                  + ": "
                  + result.files().size()
                  + " files would be generated, "
                  + result.stats().orElseThrow().describe());
    }
    getLog().info("checked in " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }
}
