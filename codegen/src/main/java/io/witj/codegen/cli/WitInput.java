package io.witj.codegen.cli;

import io.witj.codegen.CheckResult;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.WitjGeneration;
import io.witj.parser.Dialect;
import io.witj.parser.InputPaths;
import io.witj.parser.Wit;
import io.witj.parser.WitSources;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.WitException;
import io.witj.parser.model.Resolve;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the WIT at a command-line path (a {@code .wit} file or a package directory with its {@code
 * deps/}; for the 2022 dialect a file or a directory of interfaces). Failures are reported on the
 * console's error stream as a user would want them: the rendered diagnostics for invalid WIT, one
 * line for an unreadable path, never a stack trace.
 */
final class WitInput {
  private WitInput() {}

  /** The WIT text at {@code path}, or empty after the failure has been reported. */
  static Optional<WitSources> read(String path, Dialect dialect, Console console) {
    try {
      return Optional.of(Wit.read(Path.of(path), path, dialect));
    } catch (WitException e) {
      report(e.diagnostics(), console);
    } catch (IOException e) {
      console.err().println(InputPaths.describe(e));
    }
    return Optional.empty();
  }

  /** The resolved packages, or empty after the failure has been reported. */
  static Optional<Resolve> load(String path, GeneratorOptions options, Console console) {
    Optional<WitSources> sources = read(path, options.dialect(), console);
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    CheckResult result = WitjGeneration.builder(sources.get()).options(options).build().check();
    report(result.diagnostics(), console);
    return result.resolve();
  }

  /** Prints each diagnostic as {@code path:line:col: message}, source line and caret. */
  static void report(List<Diagnostic> diagnostics, Console console) {
    diagnostics.forEach(d -> console.err().println(d.render()));
  }
}
