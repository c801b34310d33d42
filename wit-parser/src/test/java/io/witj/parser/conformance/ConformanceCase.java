package io.witj.parser.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One line of the wit-parser UI {@code manifest.tsv}: whether the input must resolve ({@code ok})
 * or be rejected ({@code error}), its kind ({@code single-file}, {@code directory}, {@code wat}),
 * the input path and the expectation file, both resolved against the manifest's folder.
 */
record ConformanceCase(boolean expectOk, String kind, String name, Path input, Path expectation) {

  /** Reads every case of {@code dir/manifest.tsv} (the header line is skipped). */
  static List<ConformanceCase> readManifest(Path dir) throws IOException {
    List<ConformanceCase> cases = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve("manifest.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 4) {
        throw new IllegalArgumentException("manifest.tsv: expected 4 columns in: " + line);
      }
      cases.add(
          new ConformanceCase(
              cols[0].equals("ok"), cols[1], cols[2], dir.resolve(cols[2]), dir.resolve(cols[3])));
    }
    return cases;
  }

  /** Whether the input is, or depends on, a binary Wasm package ({@code .wat} / {@code .wasm}). */
  boolean needsBinaryWasm() {
    if (isWasm(input)) {
      return true;
    }
    if (!Files.isDirectory(input)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(input)) {
      return files.anyMatch(ConformanceCase::isWasm);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isWasm(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".wat") || name.endsWith(".wasm");
  }
}
