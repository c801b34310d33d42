package io.witj.maven;

import io.witj.parser.WitSources;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codehaus.plexus.build.BuildContext;

/**
 * Error markers in the IDE: one per diagnostic, on the WIT file at its line and column (on the POM
 * when the diagnostic has no place in a file of the project). Off in a command-line build, whose
 * build context would only log each diagnostic a second time, with an absolute path.
 */
final class Markers {
  private final BuildContext context;
  private final Path basedir;
  private final File pom;
  private final boolean enabled;

  Markers(BuildContext context, Path basedir, File pom, boolean enabled) {
    this.context = context;
    this.basedir = basedir;
    this.pom = pom;
    this.enabled = enabled;
  }

  /** Clears the markers of every file of {@code sources} (before a new run reports). */
  void clear(WitSources sources) {
    if (!enabled) {
      return;
    }
    for (SourceFile file : sources.allFiles()) {
      context.removeMessages(basedir.resolve(file.displayPath()).toFile());
    }
  }

  /** Adds one error marker per diagnostic. */
  void report(List<Diagnostic> diagnostics) {
    if (!enabled) {
      return;
    }
    for (Diagnostic diagnostic : diagnostics) {
      Span span = diagnostic.span();
      Path file = span == null ? null : basedir.resolve(span.file().displayPath());
      if (span != null && file != null && Files.isRegularFile(file)) {
        context.addMessage(
            file.toFile(),
            span.line(),
            span.column(),
            diagnostic.message(),
            BuildContext.SEVERITY_ERROR,
            null);
      } else {
        context.addMessage(pom, 1, 1, oneLine(diagnostic), BuildContext.SEVERITY_ERROR, null);
      }
    }
  }

  private static String oneLine(Diagnostic diagnostic) {
    return diagnostic.span() == null
        ? diagnostic.message()
        : diagnostic.span().location() + ": " + diagnostic.message();
  }
}
