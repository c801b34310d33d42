package io.witj.maven;

import io.witj.parser.WitLibrary;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.WitException;
import io.witj.parser.model.PackageName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The WIT packages that the project's dependencies carry under {@code
 * META-INF/wit/<ns>/<name>[@<version>]/} (see {@link WitEmbedding}), read once per build. The
 * resolver asks it only for packages the project uses and does not have itself. One package in
 * different versions or contents from different artifacts is an error naming both, as soon as it is
 * needed.
 */
final class ArtifactWitLibrary implements WitLibrary {
  /** {@code META-INF/wit/<ns>/<dir>/<file>.wit}. */
  private static final Pattern ENTRY =
      Pattern.compile("META-INF/wit/([^/]+)/([^/]+)/([^/]+\\.wit)");

  private final List<WitPackageCopy> copies;

  private ArtifactWitLibrary(List<WitPackageCopy> copies) {
    this.copies = List.copyOf(copies);
  }

  /** Reads the WIT packages of {@code artifacts} (in the given order). */
  static ArtifactWitLibrary scan(List<WitArtifact> artifacts) throws IOException {
    List<WitPackageCopy> copies = new ArrayList<>();
    for (WitArtifact artifact : artifacts) {
      Map<String, Map<String, String>> byDir = new TreeMap<>();
      if (Files.isDirectory(artifact.file())) {
        readDirectory(artifact.file(), byDir);
      } else if (Files.isRegularFile(artifact.file())) {
        readJar(artifact.file(), byDir);
      }
      for (Map.Entry<String, Map<String, String>> dir : byDir.entrySet()) {
        copies.add(copy(artifact.coordinates(), dir.getKey(), dir.getValue()));
      }
    }
    return new ArtifactWitLibrary(copies);
  }

  /** Every package found, in artifact order. */
  List<WitPackageCopy> copies() {
    return copies;
  }

  /** Adds every package found (artifact, name and content) to {@code fingerprint}. */
  void addTo(Fingerprint fingerprint) {
    for (WitPackageCopy copy : copies) {
      fingerprint.add("artifact-wit", copy.artifact() + " " + copy.name() + " " + copy.sha256());
    }
  }

  @Override
  public Optional<List<SourceFile>> find(PackageName name) {
    String unversioned = name.namespace() + ":" + name.name();
    List<WitPackageCopy> same = new ArrayList<>();
    Map<String, WitPackageCopy> distinct = new LinkedHashMap<>();
    for (WitPackageCopy copy : copies) {
      if (copy.unversioned().equals(unversioned)) {
        same.add(copy);
        distinct.putIfAbsent(copy.name() + " " + copy.sha256(), copy);
      }
    }
    if (distinct.size() > 1) {
      StringBuilder message =
          new StringBuilder("WIT package ")
              .append(unversioned)
              .append(" comes from several artifacts in different versions or contents:");
      for (WitPackageCopy copy : distinct.values()) {
        message.append("\n  * ").append(copy.name()).append(" in ").append(copy.artifact());
      }
      message.append(
          "\nA build uses one copy of a package: exclude all but one of these dependencies, or put"
              + " the package in the deps/ folder of your WIT directory.");
      throw new WitException(Diagnostic.withoutLocation(message.toString()));
    }
    return same.stream()
        .filter(copy -> copy.name().equals(name))
        .findFirst()
        .map(WitPackageCopy::files);
  }

  private static WitPackageCopy copy(String artifact, String dir, Map<String, String> files) {
    int slash = dir.indexOf('/');
    String namespace = dir.substring(0, slash);
    String nameAndVersion = dir.substring(slash + 1);
    int at = nameAndVersion.indexOf('@');
    PackageName name =
        at < 0
            ? new PackageName(namespace, nameAndVersion, null)
            : new PackageName(
                namespace, nameAndVersion.substring(0, at), nameAndVersion.substring(at + 1));
    Fingerprint content = new Fingerprint();
    List<SourceFile> sources = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      String path = "META-INF/wit/" + dir + "/" + file.getKey();
      content.add(path, file.getValue());
      sources.add(new SourceFile(artifact + "!/" + path, file.getValue()));
    }
    return new WitPackageCopy(artifact, name, sources, content.finish());
  }

  private static void readJar(Path jar, Map<String, Map<String, String>> byDir) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Matcher m = ENTRY.matcher(entry.getName());
        if (!entry.isDirectory() && m.matches()) {
          try (InputStream in = zip.getInputStream(entry)) {
            byDir
                .computeIfAbsent(m.group(1) + "/" + m.group(2), k -> new TreeMap<>())
                .put(m.group(3), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
  }

  private static void readDirectory(Path classes, Map<String, Map<String, String>> byDir)
      throws IOException {
    Path root = classes.resolve("META-INF/wit");
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root, 3)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = classes.relativize(file).toString().replace('\\', '/');
        Matcher m = ENTRY.matcher(relative);
        if (m.matches()) {
          byDir
              .computeIfAbsent(m.group(1) + "/" + m.group(2), k -> new TreeMap<>())
              .put(m.group(3), Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
  }
}
