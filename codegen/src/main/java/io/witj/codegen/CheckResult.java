package io.witj.codegen;

import io.witj.parser.SourceLocations;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one {@link WitjGeneration#check()} found: the resolved WIT or the diagnostics that stopped
 * it.
 *
 * @param resolve the resolved packages; empty on failure
 * @param origins where each resolved package came from; empty on failure
 * @param diagnostics why the WIT is invalid; empty on success
 * @param locations where the resolved items were defined ({@link SourceLocations#NONE} on failure)
 */
public record CheckResult(
    Optional<Resolve> resolve,
    Map<PackageName, String> origins,
    List<Diagnostic> diagnostics,
    SourceLocations locations) {

  public CheckResult {
    origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    diagnostics = List.copyOf(diagnostics);
  }

  /** A result without the places of its items. */
  public CheckResult(
      Optional<Resolve> resolve, Map<PackageName, String> origins, List<Diagnostic> diagnostics) {
    this(resolve, origins, diagnostics, SourceLocations.NONE);
  }

  /** Whether the WIT resolved. */
  public boolean succeeded() {
    return diagnostics.isEmpty();
  }

  /** The qualified names of the worlds of the main packages (empty on failure). */
  public List<String> worlds() {
    return resolve.map(r -> WorldSelector.allWorlds(r, false)).orElse(List.of());
  }

  /** {@code N packages, N interfaces, N worlds, N types} (empty on failure). */
  public String describe() {
    return resolve
        .map(
            r ->
                count(r.packages().size(), "package")
                    + ", "
                    + count(r.interfaces().size(), "interface")
                    + ", "
                    + count(r.worlds().size(), "world")
                    + ", "
                    + count(r.types().size(), "type"))
        .orElse("");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
