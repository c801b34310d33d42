package io.witj.it.wasi;

import io.witj.parser.conformance.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A wasi-testsuite test's specification ({@code NAME.json} beside {@code NAME.wasm}, see the
 * suite's {@code specification.md}), legacy or operation-based: arguments, environment, the
 * directory to preopen as {@code /}, the expected exit code and output, and the proposals it needs.
 */
record TestSpec(
    List<String> args,
    Map<String, String> env,
    String root,
    long exitCode,
    String stdout,
    String stderr,
    List<String> proposals) {

  /** The specification of {@code program} ({@code NAME.wasm}); defaults without a JSON file. */
  static TestSpec of(Path program) throws IOException {
    String name = program.getFileName().toString().replaceAll("\\.wasm$", "");
    Path json = program.resolveSibling(name + ".json");
    if (!Files.exists(json)) {
      return new TestSpec(List.of(), Map.of(), null, 0, null, null, List.of());
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) JsonReader.parse(Files.readString(json));
    List<Object> operations = list(spec.get("operations"));
    if (operations.isEmpty()) {
      return legacy(spec);
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Object o : operations) {
      @SuppressWarnings("unchecked")
      Map<String, Object> op = (Map<String, Object>) o;
      switch ((String) op.get("type")) {
        case "run" -> merged.putAll(op);
        case "wait" -> merged.put("exit_code", op.getOrDefault("exit_code", 0L));
        case "read" -> merged.put(op.getOrDefault("id", "stdout") + "", op.get("payload"));
        default -> merged.put("unsupported", op.get("type"));
      }
    }
    merged.put("proposals", spec.get("proposals"));
    return legacy(merged);
  }

  private static TestSpec legacy(Map<String, Object> spec) {
    List<String> args = new ArrayList<>();
    list(spec.get("args")).forEach(a -> args.add((String) a));
    Map<String, String> env = new LinkedHashMap<>();
    if (spec.get("env") instanceof Map<?, ?> vars) {
      vars.forEach((k, v) -> env.put((String) k, (String) v));
    }
    List<String> proposals = new ArrayList<>();
    list(spec.get("proposals")).forEach(p -> proposals.add((String) p));
    if (spec.get("unsupported") != null) {
      proposals.add("operation " + spec.get("unsupported"));
    }
    Object exit = spec.getOrDefault("exit_code", 0L);
    return new TestSpec(
        args,
        env,
        (String) spec.get("root"),
        ((Number) exit).longValue(),
        (String) spec.get("stdout"),
        (String) spec.get("stderr"),
        proposals);
  }

  private static List<Object> list(Object value) {
    if (value instanceof List<?> items) {
      return new ArrayList<>(items);
    }
    return List.of();
  }
}
