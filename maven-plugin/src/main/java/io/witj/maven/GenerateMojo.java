package io.witj.maven;

import io.witj.parser.Dialect;
import io.witj.parser.WitSources;
import io.witj.parser.model.PackageName;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates the Java bindings of a WIT world from {@code src/main/wit} into {@code
 * target/generated-sources/witj} and adds that directory to the compile source roots. Regenerates
 * only when an input, a parameter or the witj version changed, writes only files whose bytes
 * changed, and puts the project's WIT packages into its jar under {@code META-INF/wit/}.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class GenerateMojo extends AbstractGenerateMojo {

  /** The WIT package to generate from: its {@code .wit} files and its {@code deps/} folder. */
  @Parameter(property = "witj.witDirectory", defaultValue = "${project.basedir}/src/main/wit")
  File witDirectory;

  /** Where the Java sources go; added to the compile source roots. */
  @Parameter(
      property = "witj.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/witj")
  File outputDirectory;

  /**
   * Put the WIT packages (the directory's own and those of its {@code deps/}) into the jar under
   * {@code META-INF/wit/<ns>/<name>@<version>/}, so that projects depending on this one can use
   * them (today's WIT only).
   */
  @Parameter(property = "witj.embedWit", defaultValue = "true")
  boolean embedWit = true;

  @Override
  File witDirectory() {
    return witDirectory;
  }

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  boolean testScope() {
    return false;
  }

  @Override
  void addSourceRoot(String directory) {
    project.addCompileSourceRoot(directory);
  }

  /** The embedded WIT; none for the 2022 dialect, which has no packages others could use. */
  @Override
  List<PlannedFile> extraFiles(WitSources sources, Map<PackageName, String> origins)
      throws MojoFailureException {
    return embedWit && dialect() == Dialect.COMPONENT_MODEL
        ? embedded(sources, origins)
        : List.of();
  }

  @Override
  void addGoalParameters(Fingerprint fingerprint) {
    fingerprint.add("embedWit", String.valueOf(embedWit));
  }
}
