package io.witj.maven;

import io.witj.parser.WitSources;
import io.witj.parser.model.PackageName;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates the Java bindings of a WIT world from {@code src/test/wit} into {@code
 * target/generated-test-sources/witj} and adds that directory to the test source roots; WIT
 * packages of test-scoped dependencies and of the project's own main WIT are visible. Same
 * incremental rules as {@code generate}.
 */
@Mojo(
    name = "generate-test",
    defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class GenerateTestMojo extends AbstractGenerateMojo {

  /**
   * The WIT package to generate from: its {@code .wit} files and its {@code deps/} folder (user
   * property {@code witj.testWitDirectory}, so that {@code -Dwitj.witDirectory} leaves it alone).
   */
  @Parameter(property = "witj.testWitDirectory", defaultValue = "${project.basedir}/src/test/wit")
  File witDirectory;

  /** Where the Java sources go; added to the test source roots. */
  @Parameter(
      property = "witj.testOutputDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/witj")
  File outputDirectory;

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
    return true;
  }

  @Override
  void addSourceRoot(String directory) {
    project.addTestCompileSourceRoot(directory);
  }

  @Override
  List<PlannedFile> extraFiles(WitSources sources, Map<PackageName, String> origins) {
    return List.of();
  }

  @Override
  void addGoalParameters(Fingerprint fingerprint) {}
}
