package io.witj.maven;

import io.witj.codegen.GeneratedFile;
import io.witj.parser.WitSources;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.model.PackageName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts the project's WIT into its jar so that other projects can use it as a Maven artifact: every
 * package group (the WIT directory's own files, and each entry of its {@code deps/}) is copied
 * unchanged to {@code META-INF/wit/<ns>/<name>[@<version>]/}, named after the package its files
 * declare with a {@code package …;} header. {@link ArtifactWitLibrary} reads this layout.
 */
final class WitEmbedding {
  static final String ROOT = "META-INF/wit/";

  private WitEmbedding() {}

  /**
   * The files to write below the classes directory for {@code sources}, whose packages resolved
   * with {@code origins} (package to the display path of the file that declares it).
   */
  static List<GeneratedFile> files(WitSources sources, Map<PackageName, String> origins) {
    List<List<SourceFile>> groups = new ArrayList<>();
    groups.add(sources.root());
    groups.addAll(sources.deps());
    List<GeneratedFile> files = new ArrayList<>();
    for (List<SourceFile> group : groups) {
      Optional<PackageName> name = headerPackage(group, origins);
      if (name.isEmpty()) {
        continue;
      }
      String dir = ROOT + directory(name.get());
      for (SourceFile file : group) {
        files.add(new GeneratedFile(dir + "/" + simpleName(file.displayPath()), file.text()));
      }
    }
    return files;
  }

  /** {@code <ns>/<name>} or {@code <ns>/<name>@<version>}. */
  static String directory(PackageName name) {
    return name.namespace()
        + "/"
        + name.name()
        + (name.version() == null ? "" : "@" + name.version());
  }

  /** The package that a file of {@code group} declares with a top-level {@code package} header. */
  private static Optional<PackageName> headerPackage(
      List<SourceFile> group, Map<PackageName, String> origins) {
    Set<String> paths = group.stream().map(SourceFile::displayPath).collect(Collectors.toSet());
    for (Map.Entry<PackageName, String> origin : origins.entrySet()) {
      if (paths.contains(origin.getValue())) {
        PackageName name = origin.getKey();
        Pattern header =
            Pattern.compile(
                "(?m)^\\s*package\\s+"
                    + Pattern.quote(name.namespace() + ":" + name.name())
                    + "(@\\S+)?\\s*;");
        if (group.stream().anyMatch(f -> header.matcher(f.text()).find())) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  private static String simpleName(String displayPath) {
    return displayPath.substring(displayPath.lastIndexOf('/') + 1);
  }
}
