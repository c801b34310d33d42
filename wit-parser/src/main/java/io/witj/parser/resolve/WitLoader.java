package io.witj.parser.resolve;

import io.witj.parser.ast.WitFile;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.model.Resolve;
import io.witj.parser.syntax.WitSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads WIT from the file system: a {@code .wit} file, or a directory whose {@code *.wit} files
 * form the root package group and whose {@code deps/} entries (directories of {@code .wit} files or
 * single {@code .wit} files) are its dependencies.
 */
public final class WitLoader {
  private WitLoader() {}

  public static Resolve load(Path path, Set<String> features) throws IOException {
    if (!Files.isDirectory(path)) {
      String name = path.getFileName().toString();
      if (name.endsWith(".wat") || name.endsWith(".wasm")) {
        throw Errors.noLocation(
            path
                + ": binary WebAssembly packages (.wat/.wasm) are not supported; give a .wit file or directory");
      }
      return Resolver.resolve(List.of(parse(path, path.toString())), List.of(), features);
    }
    List<List<WitFile>> deps = new ArrayList<>();
    Path depsDir = path.resolve("deps");
    if (Files.isDirectory(depsDir)) {
      for (Path entry : sortedEntries(depsDir)) {
        String display = path + "/deps/" + entry.getFileName();
        if (Files.isDirectory(entry)) {
          deps.add(parseDirectory(entry, display));
        } else if (entry.getFileName().toString().endsWith(".wit")) {
          deps.add(List.of(parse(entry, display)));
        } else if (entry.getFileName().toString().endsWith(".wat")
            || entry.getFileName().toString().endsWith(".wasm")) {
          throw Errors.noLocation(
              display
                  + ": binary WebAssembly packages (.wat/.wasm) are not supported as dependencies");
        }
      }
    }
    List<WitFile> root = parseDirectory(path, path.toString());
    return Resolver.resolve(root, deps, features);
  }

  private static List<WitFile> parseDirectory(Path dir, String display) throws IOException {
    List<WitFile> files = new ArrayList<>();
    for (Path entry : sortedEntries(dir)) {
      String name = entry.getFileName().toString();
      if (name.endsWith(".wit") && Files.isRegularFile(entry)) {
        files.add(parse(entry, display + "/" + name));
      }
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

  private static WitFile parse(Path file, String display) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return WitSyntax.parse(new SourceFile(display, text));
  }
}
