package io.witj.codegen.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input paths that cannot be opened: every one fails with exit 1 and one line naming the path and
 * the operating system's reason, never an internal error or a stack trace. These cases fail as root
 * too (CI runs as root, where permissions do not stop reads).
 */
class UnreadableInputTest {
  private static final String WIT =
      "package a:b;\ninterface i { f: func(); }\nworld w { import i; }\n";

  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  private void assertOneLine(String path, String reason, String... command) {
    for (String c : command.length == 0 ? new String[] {"check", "json"} : command) {
      cli.resetErr();
      assertThat(cli.run(c, path)).isEqualTo(ExitCode.INVALID);
      assertThat(cli.err()).isEqualTo(reason + "\n");
    }
    cli.resetErr();
    assertThat(cli.run("generate", "--out", dir.resolve("out").toString(), path))
        .isEqualTo(ExitCode.INVALID);
    assertThat(cli.err()).isEqualTo(reason + "\n");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }

  @Test
  void aBrokenLinkSaysWhereItPoints() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("a.wit"), Path.of("gone.wit"));
    assertOneLine(link.toString(), link + ": broken symbolic link to gone.wit");
  }

  @Test
  void aPathThroughARegularFileIsNotADirectory() throws Exception {
    Path file = Files.writeString(dir.resolve("a.wit"), WIT);
    String through = file.resolve("b.wit").toString();
    assertOneLine(through, through + ": Not a directory");
  }

  @Test
  void aBrokenLinkAmongAPackagesFilesIsNotSkipped() throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(pkg.resolve("a.wit"), WIT);
    Path link = Files.createSymbolicLink(pkg.resolve("b.wit"), Path.of("/nonexistent/b.wit"));
    assertOneLine(pkg.toString(), link + ": broken symbolic link to /nonexistent/b.wit");
  }

  @Test
  void aBrokenDependencyLinkIsNotSkipped() throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(pkg.resolve("a.wit"), WIT);
    Path link =
        Files.createSymbolicLink(
            Files.createDirectories(pkg.resolve("deps")).resolve("io"), Path.of("../../io"));
    assertOneLine(pkg.toString(), link + ": broken symbolic link to ../../io");
  }

  @Test
  void anEmptyDependencyFolderIsNamed() throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(pkg.resolve("a.wit"), WIT);
    Path empty = Files.createDirectories(pkg.resolve("deps/empty"));
    assertOneLine(pkg.toString(), "error: " + empty + ": no .wit files in this directory");
  }

  @Test
  void aDirectoryThatCannotBeListed() throws Exception {
    assumeFalse(
        "root".equals(System.getProperty("user.name")),
        "running as root, where a directory without permissions can still be listed");
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(pkg.resolve("a.wit"), WIT);
    Files.setPosixFilePermissions(pkg, Set.of());
    try {
      assumeFalse(Files.isReadable(pkg), "this file system ignores permissions");
      assertOneLine(pkg.toString(), pkg + ": Permission denied");
    } finally {
      Files.setPosixFilePermissions(pkg, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
