package io.witj.parser;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.WitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text of the WIT files to resolve, read into memory before anything is parsed: the root group
 * (the files of the package being read) and one group per dependency. Reading once lets a build
 * tool fingerprint exactly the text the parser sees.
 *
 * @param root the files of the root package group (one {@code package} header, nested packages)
 * @param deps one group per dependency, in the order of their names
 */
public record WitSources(List<SourceFile> root, List<List<SourceFile>> deps) {

  public WitSources {
    root = List.copyOf(root);
    deps = deps.stream().map(List::copyOf).toList();
  }

  /**
   * Reads {@code path}: a {@code .wit} file is the root group alone; a directory contributes its
   * {@code *.wit} files as the root group and every entry of its {@code deps/} folder (a directory
   * of {@code .wit} files or a single {@code .wit} file) as a dependency group. Entries are taken
   * in name order. Diagnostics show each file as {@code displayPath}, {@code displayPath/x.wit} or
   * {@code displayPath/deps/…}. A {@code .wit} entry or a dependency that is a broken link is an
   * error, not skipped ({@link InputPaths}).
   *
   * @throws WitException for binary Wasm packages, which are not supported
   * @throws IOException when a path cannot be read; {@link InputPaths#describe} words it
   */
  public static WitSources read(Path path, String displayPath) throws IOException {
    if (!Files.isDirectory(path)) {
      rejectBinary(path, displayPath);
      return new WitSources(List.of(file(path, displayPath)), List.of());
    }
    List<List<SourceFile>> deps = new ArrayList<>();
    Path depsDir = path.resolve("deps");
    if (Files.isDirectory(depsDir)) {
      for (Path entry : sortedEntries(depsDir)) {
        String display = displayPath + "/deps/" + entry.getFileName();
        InputPaths.requireReadable(entry);
        if (Files.isDirectory(entry)) {
          deps.add(directory(entry, display));
        } else if (entry.getFileName().toString().endsWith(".wit")) {
          deps.add(List.of(file(entry, display)));
        } else {
          rejectBinary(entry, display);
        }
      }
    }
    return new WitSources(directory(path, displayPath), deps);
  }

  /** Every file of every group, the root group first. */
  public List<SourceFile> allFiles() {
    List<SourceFile> all = new ArrayList<>(root);
    deps.forEach(all::addAll);
    return all;
  }

  private static void rejectBinary(Path file, String display) {
    String name = file.getFileName().toString();
    if (name.endsWith(".wat") || name.endsWith(".wasm")) {
      throw new WitException(
          Diagnostic.withoutLocation(
              display
                  + ": binary WebAssembly packages (.wat/.wasm) are not supported; give a .wit file"
                  + " or directory"));
    }
  }

  private static List<SourceFile> directory(Path dir, String display) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (Path entry : sortedEntries(dir)) {
      String name = entry.getFileName().toString();
      if (InputPaths.isWitFile(entry)) {
        files.add(file(entry, display + "/" + name));
      }
    }
    if (files.isEmpty()) {
      throw new WitException(
          Diagnostic.withoutLocation(display + ": no .wit files in this directory"));
    }
    return files;
  }

  private static List<Path> sortedEntries(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
  }

  private static SourceFile file(Path file, String display) throws IOException {
    return WitFileText.decode(Files.readAllBytes(file), display);
  }
}
