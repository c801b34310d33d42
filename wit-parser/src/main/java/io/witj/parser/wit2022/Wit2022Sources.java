package io.witj.parser.wit2022;

import io.witj.parser.InputPaths;
import io.witj.parser.WitSources;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.WitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads 2022-dialect WIT into memory, as {@link Wit2022Loader} resolves it. The dialect has no
 * {@code deps/}: a file's {@code use … from f} reads {@code f.wit} beside it.
 */
public final class Wit2022Sources {
  private Wit2022Sources() {}

  /**
   * Reads {@code path}: a directory's {@code *.wit} files are the root group, every one an
   * interface; a single file is the root group alone, and the other {@code *.wit} files beside it
   * form the one dependency group, read as interfaces only when something names them. Files are
   * shown as {@code displayPath} (the file given) or {@code <directory's display path>/x.wit}.
   *
   * @throws WitException for a directory without {@code .wit} files
   */
  public static WitSources read(Path path, String displayPath) throws IOException {
    if (Files.isDirectory(path)) {
      List<SourceFile> files = witFiles(path, displayPath, null);
      if (files.isEmpty()) {
        throw new WitException(Diagnostic.withoutLocation(displayPath + ": no .wit files"));
      }
      return new WitSources(files, List.of());
    }
    SourceFile file = new SourceFile(displayPath, Files.readString(path, StandardCharsets.UTF_8));
    Path parent = Objects.requireNonNull(path.toAbsolutePath().getParent(), "a file has a parent");
    int slash = displayPath.lastIndexOf('/');
    String parentDisplay = slash < 0 ? "." : displayPath.substring(0, slash);
    List<SourceFile> siblings = witFiles(parent, parentDisplay, path.getFileName().toString());
    return new WitSources(List.of(file), siblings.isEmpty() ? List.of() : List.of(siblings));
  }

  /** {@code dir/http-server.wit} → {@code http-server}: the interface a file is. */
  static String stem(SourceFile file) {
    String path = file.displayPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".wit") ? name.substring(0, name.length() - 4) : name;
  }

  private static List<SourceFile> witFiles(Path dir, String display, @Nullable String except)
      throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.filter(p -> p.getFileName().toString().endsWith(".wit")).sorted().toList();
    }
    List<SourceFile> files = new ArrayList<>();
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (!name.equals(except) && InputPaths.isWitFile(entry)) {
        files.add(
            new SourceFile(display + "/" + name, Files.readString(entry, StandardCharsets.UTF_8)));
      }
    }
    return files;
  }
}
