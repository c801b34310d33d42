package io.witj.maven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real Maven (a distribution's {@code bin/mvn}) on a project, in batch mode, against the
 * isolated local repository and the settings of the plugin's integration tests; keeps the log.
 *
 * @param mavenHome the distribution
 * @param localRepository the isolated local repository (target/local-repo)
 * @param settings the settings file
 */
record MavenRun(Path mavenHome, Path localRepository, Path settings) {

  /** What one run printed and how it ended. */
  record Result(int exitCode, String log) {}

  /** Runs {@code args} in {@code project}; fails if it takes longer than five minutes. */
  Result run(Path project, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(mavenHome.resolve("bin/mvn").toString());
    command.add("-B");
    command.add("-s");
    command.add(settings.toString());
    command.add("-Dmaven.repo.local=" + localRepository);
    command.addAll(List.of(args));
    Path log = Files.createTempFile(project.getParent(), "maven-", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("Maven did not finish within 5 minutes: " + command);
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
