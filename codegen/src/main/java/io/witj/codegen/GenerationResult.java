package io.witj.codegen;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.model.PackageName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one {@link WitjGeneration#generate()} produced, all in memory: either the files of the world
 * (nothing is written yet) or the diagnostics that stopped it.
 *
 * @param files the generated files, in a stable order; empty on failure
 * @param stats what the world holds; empty on failure
 * @param skipped items left out under skip-unsupported, one line each
 * @param origins where each resolved package came from (see {@link
 *     io.witj.parser.WitResolution#origins()}); empty when the WIT did not resolve
 * @param diagnostics why generation failed; empty on success
 */
public record GenerationResult(
    List<GeneratedFile> files,
    Optional<WorldStats> stats,
    List<String> skipped,
    Map<PackageName, String> origins,
    List<Diagnostic> diagnostics) {

  public GenerationResult {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
    origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether the world was generated. */
  public boolean succeeded() {
    return diagnostics.isEmpty();
  }

  static GenerationResult failed(Map<PackageName, String> origins, List<Diagnostic> diagnostics) {
    return new GenerationResult(List.of(), Optional.empty(), List.of(), origins, diagnostics);
  }
}
