package io.witj.maven.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The incremental rules, checked with real Maven builds of a copied project (src/test/projects/
 * incremental), one sequence of edits and builds per Maven version under test (system property
 * {@code witj.it.mavenHomes}): a second build is up to date and touches nothing, an edit under
 * {@code deps/} regenerates, a removed interface's file is deleted, a changed {@code packageName}
 * moves everything, a changed witj version regenerates, and a run killed while writing regenerates.
 */
class IncrementalBuildIT {
  private static final Pattern SUMMARY =
      Pattern.compile("world demo:app/app: (\\d+) written, (\\d+) unchanged, (\\d+) removed");
  private static final String UP_TO_DATE = "world demo:app/app: up to date, ";
  private static final String GEN = "target/generated-sources/witj/";

  @TestFactory
  List<DynamicNode> everyMavenVersion() throws IOException {
    Path target = Path.of(System.getProperty("witj.it.target", "target"));
    Path settings = settings(target);
    List<DynamicNode> versions = new ArrayList<>();
    for (String home : System.getProperty("witj.it.mavenHomes", "").split(",")) {
      if (home.isBlank()) {
        continue;
      }
      Path mavenHome = Path.of(home.strip());
      MavenRun maven = new MavenRun(mavenHome, target.resolve("local-repo"), settings);
      Scenario scenario =
          new Scenario(maven, target.resolve("incremental/" + mavenHome.getFileName()));
      versions.add(
          DynamicContainer.dynamicContainer(mavenHome.getFileName().toString(), scenario.steps()));
    }
    assertWithMessage("no Maven to test with (witj.it.mavenHomes)").that(versions).isNotEmpty();
    return versions;
  }

  /** The integration tests' settings with the main build's local repository filled in. */
  private static Path settings(Path target) throws IOException {
    String template = Files.readString(Path.of("src/it/settings.xml"), StandardCharsets.UTF_8);
    String userRepository =
        Path.of(System.getProperty("witj.it.userRepository")).toUri().toString();
    Path settings = target.resolve("incremental/settings.xml");
    Files.createDirectories(settings.getParent());
    Files.writeString(settings, template.replace("@localRepositoryUrl@", userRepository));
    return settings;
  }

  /** One copied project and the ordered builds on it. */
  private static final class Scenario {
    private final MavenRun maven;
    private final Path root;
    private final Path project;
    private final Map<String, FileTime> mtimes = new HashMap<>();

    Scenario(MavenRun maven, Path root) {
      this.maven = maven;
      this.root = root;
      this.project = root.resolve("incremental");
    }

    Stream<DynamicTest> steps() {
      return Stream.of(
          DynamicTest.dynamicTest("first build generates", this::firstBuild),
          DynamicTest.dynamicTest("second build is up to date and writes nothing", this::upToDate),
          DynamicTest.dynamicTest("an edit under deps/ regenerates", this::depsEdit),
          DynamicTest.dynamicTest("a removed interface's file is deleted", this::removedInterface),
          DynamicTest.dynamicTest("a changed packageName regenerates", this::packageName),
          DynamicTest.dynamicTest("a changed witj version regenerates", this::versionChange),
          DynamicTest.dynamicTest("a run killed while writing regenerates", this::killedRun));
    }

    private void firstBuild() throws Exception {
      deleteRecursively(root); // a previous `mvn verify` without clean left its project here
      copy(Path.of("src/it/it-parent"), root.resolve("it-parent"));
      copy(Path.of("src/test/projects/incremental"), project);
      String log = build("compile");
      // five Java files (three interfaces, the world class and its glue) and the two WIT files
      // embedded for the jar
      assertThat(summary(log)).isEqualTo(List.of(7, 0, 0));
      assertThat(Files.exists(project.resolve(GEN + "demo/app/Extra.java"))).isTrue();
      assertThat(Files.exists(project.resolve("target/classes/com/example/Main.class"))).isTrue();
      rememberTimes();
    }

    private void upToDate() throws Exception {
      Thread.sleep(1100); // a rewrite would show in second-resolution file times
      String log = build("compile");
      assertThat(log).contains(UP_TO_DATE + "7 files (");
      assertThat(log).contains("Nothing to compile - all classes are up to date");
      assertTimesKept(
          GEN + "demo/app/App.java",
          GEN + "demo/app/Store.java",
          GEN + "demo/app/Extra.java",
          GEN + "demo/dep/Logging.java",
          "target/classes/demo/app/App.class",
          "target/classes/com/example/Main.class");
    }

    private void depsEdit() throws Exception {
      edit(
          "src/main/wit/deps/dep/logging.wit",
          "log: func(message: string);",
          "log: func(message: string);\n  flush: func();");
      String log = build("compile");
      List<Integer> counts = summary(log);
      assertThat(counts.get(0)).isAtLeast(1);
      assertThat(counts.get(2)).isEqualTo(0);
      assertThat(read(GEN + "demo/dep/Logging.java")).contains("void flush();");
      assertTimesKept(GEN + "demo/app/Store.java", GEN + "demo/app/Extra.java");
      rememberTimes();
    }

    private void removedInterface() throws Exception {
      edit("src/main/wit/app.wit", "  import extra;\n", "");
      String log = build("compile");
      assertThat(summary(log).get(2)).isEqualTo(1);
      assertThat(Files.exists(project.resolve(GEN + "demo/app/Extra.java"))).isFalse();
      assertThat(Files.exists(project.resolve(GEN + "demo/app/Store.java"))).isTrue();
      assertTimesKept(GEN + "demo/app/Store.java", GEN + "demo/dep/Logging.java");
    }

    private void packageName() throws Exception {
      String log = build("generate-sources", "-Dwitj.packageName=com.other");
      assertThat(summary(log)).isEqualTo(List.of(4, 2, 4));
      assertThat(Files.exists(project.resolve(GEN + "com/other/demo/app/App.java"))).isTrue();
      assertThat(Files.exists(project.resolve(GEN + "demo"))).isFalse();
    }

    private void versionChange() throws Exception {
      build("generate-sources");
      rememberTimes();
      Path state = project.resolve("target/witj/generate/default/state.txt");
      String text = read("target/witj/generate/default/state.txt");
      Files.writeString(state, text.replaceFirst("(?m)^version .*$", "version 0.0.1-old"));
      String log = build("generate-sources");
      assertThat(log).doesNotContain(UP_TO_DATE);
      assertThat(summary(log)).isEqualTo(List.of(0, 6, 0));
      assertThat(read("target/witj/generate/default/state.txt")).doesNotContain("0.0.1-old");
      assertTimesKept(GEN + "demo/app/App.java");
    }

    private void killedRun() throws Exception {
      // What a run killed while writing leaves: the pending state it records before the first
      // write, and a half-written file (OutputSync writes the pending state first, the final last).
      Path state = project.resolve("target/witj/generate/default/state.txt");
      String text = read("target/witj/generate/default/state.txt");
      Files.writeString(state, text.replaceFirst("(?m)^fingerprint .*$", "fingerprint pending"));
      Path app = project.resolve(GEN + "demo/app/App.java");
      String full = Files.readString(app);
      Files.writeString(app, full.substring(0, full.length() / 2));
      String log = build("generate-sources");
      assertThat(summary(log)).isEqualTo(List.of(1, 5, 0));
      assertThat(Files.readString(app)).isEqualTo(full);
      assertThat(build("generate-sources")).contains(UP_TO_DATE + "6 files (");
    }

    private String build(String... args) throws Exception {
      MavenRun.Result result = maven.run(project, args);
      assertWithMessage("Maven failed:\n%s", result.log()).that(result.exitCode()).isEqualTo(0);
      return result.log();
    }

    private static List<Integer> summary(String log) {
      Matcher m = SUMMARY.matcher(log);
      assertWithMessage("no summary line in:\n%s", log).that(m.find()).isTrue();
      return List.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private void rememberTimes() throws IOException {
      mtimes.clear();
      try (Stream<Path> files = Files.walk(project.resolve("target"))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          mtimes.put(project.relativize(file).toString(), Files.getLastModifiedTime(file));
        }
      }
    }

    private void assertTimesKept(String... paths) throws IOException {
      for (String path : paths) {
        assertWithMessage("modification time of %s", path)
            .that(Files.getLastModifiedTime(project.resolve(path)))
            .isEqualTo(mtimes.get(path));
      }
    }

    private String read(String path) throws IOException {
      return Files.readString(project.resolve(path), StandardCharsets.UTF_8);
    }

    private void edit(String path, String from, String to) throws IOException {
      String text = read(path);
      assertThat(text).contains(from);
      Files.writeString(project.resolve(path), text.replace(from, to));
    }

    private static void deleteRecursively(Path dir) throws IOException {
      if (!Files.exists(dir)) {
        return;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }

    private static void copy(Path from, Path to) throws IOException {
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : files.toList()) {
          Path target = to.resolve(from.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(
                target,
                text.replace("@project.version@", System.getProperty("witj.it.version"))
                    .replace("@junit.version@", System.getProperty("witj.it.junitVersion")));
          }
        }
      }
    }
  }
}
