package io.witj.codegen;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with {@code javac --release 17 -Xlint:all -Xdoclint:all,-missing
 * -Werror} against the test classpath (which holds runtime-support): every compile test also checks
 * the generated javadoc with javac's doclint.
 */
public final class JavacRunner {

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

  /**
   * Compiles every {@code .java} file below {@code sourceDir}; returns null on success, else the
   * errors.
   */
  public String compile(Path sourceDir, Path classesDir) throws IOException {
    if (!Files.isDirectory(sourceDir)) {
      return null;
    }
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(sourceDir)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    if (sources.isEmpty()) {
      return null;
    }
    Files.createDirectories(classesDir);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-Xlint:all",
              "-Xdoclint:all,-missing",
              "-Werror",
              "-proc:none",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classesDir.toString());
      boolean ok =
          javac
              .getTask(
                  out,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      if (ok && diagnostics.getDiagnostics().isEmpty()) {
        return null;
      }
      StringBuilder report = new StringBuilder(out.toString());
      diagnostics.getDiagnostics().forEach(d -> report.append(d).append('\n'));
      return report.toString();
    }
  }
}
