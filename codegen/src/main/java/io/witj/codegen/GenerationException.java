package io.witj.codegen;

import java.util.List;

/**
 * Generation cannot proceed: no such world, an ambiguous world, or items that are not supported yet
 * (one line per item in {@link #problems()}, e.g. {@code wasi:http/handler#handle: async functions
 * are not supported yet}).
 */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public GenerationException(String summary, List<String> problems) {
    super(problems.isEmpty() ? summary : summary + "\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** The individual problems, possibly empty when the summary says it all. */
  public List<String> problems() {
    return problems;
  }
}
