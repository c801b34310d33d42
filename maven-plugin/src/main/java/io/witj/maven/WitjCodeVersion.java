package io.witj.maven;

import io.witj.codegen.WitjVersion;
import io.witj.parser.Wit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The identity of the generator that runs, for the up-to-date check: the witj version, and for a
 * {@code -SNAPSHOT} version also a hash of the generator's code (witj's own build uses the plugin
 * from the same reactor, where the version stays the same while the code changes). Computed once
 * per class loader.
 */
final class WitjCodeVersion {
  private WitjCodeVersion() {}

  private static final String VERSION = compute();

  /** The witj version, followed by {@code +<code hash>} for snapshots. */
  static String get() {
    return VERSION;
  }

  private static String compute() {
    String version = WitjVersion.get();
    if (!version.endsWith("-SNAPSHOT")) {
      return version;
    }
    Fingerprint code = new Fingerprint();
    for (Class<?> type : List.of(WitjVersion.class, Wit.class, WitjCodeVersion.class)) {
      addCode(type, code);
    }
    return version + "+" + code.finish().substring(0, 16);
  }

  /**
   * Entry names and CRC-32s from the jar's central directory: they change with the content, not
   * with the time the jar was packed, and need no decompression.
   */
  private static void addJarEntries(Path jar, Fingerprint code) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<? extends ZipEntry> entries =
          zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList();
      for (ZipEntry entry : entries) {
        code.add(entry.getName(), Long.toHexString(entry.getCrc()));
      }
    }
  }

  private static void addCode(Class<?> type, Fingerprint code) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      code.add("code", type.getName());
      return;
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            code.add(location.relativize(file).toString(), Files.readAllBytes(file));
          }
        }
      } else {
        addJarEntries(location, code);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | IllegalArgumentException e) {
      code.add("code", source.getLocation().toString());
    }
  }
}
