package io.witj.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.WitException;
import io.witj.parser.model.PackageName;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WIT packages found in dependency jars and reactor class directories. */
class ArtifactWitLibraryTest {
  private static final String MONEY =
      "package acme:money@1.0.0;\ninterface types { type c = s64; }\n";
  private static final PackageName MONEY_1 = new PackageName("acme", "money", "1.0.0");

  @TempDir Path temp;

  private Path jar(String name, String... entriesAndTexts) throws Exception {
    Path jar = temp.resolve(name + ".jar");
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("com/example/Some.class"));
      zip.write(new byte[] {1, 2, 3});
      for (int i = 0; i < entriesAndTexts.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entriesAndTexts[i]));
        zip.write(entriesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  @Test
  void findsPackagesInJarsAndClassDirectories() throws Exception {
    Path classes = temp.resolve("lib/target/classes/META-INF/wit/acme/log");
    Files.createDirectories(classes);
    Files.writeString(classes.resolve("log.wit"), "package acme:log;\ninterface sink {}\n");
    ArtifactWitLibrary library =
        ArtifactWitLibrary.scan(
            List.of(
                new WitArtifact(
                    "g:a:1", jar("a", "META-INF/wit/acme/money@1.0.0/money.wit", MONEY)),
                new WitArtifact("g:plain:1", jar("plain")),
                new WitArtifact("g:lib:1", temp.resolve("lib/target/classes"))));
    List<SourceFile> money = library.find(MONEY_1).orElseThrow();
    assertThat(money.get(0).displayPath())
        .isEqualTo("g:a:1!/META-INF/wit/acme/money@1.0.0/money.wit");
    assertThat(money.get(0).text()).isEqualTo(MONEY);
    assertThat(
            library.find(new PackageName("acme", "log", null)).orElseThrow().get(0).displayPath())
        .isEqualTo("g:lib:1!/META-INF/wit/acme/log/log.wit");
    assertThat(library.find(new PackageName("acme", "money", "2.0.0"))).isEmpty();
    assertThat(library.find(new PackageName("acme", "nope", null))).isEmpty();
  }

  @Test
  void identicalCopiesInTwoArtifactsAreOnePackage() throws Exception {
    ArtifactWitLibrary library =
        ArtifactWitLibrary.scan(
            List.of(
                new WitArtifact("g:a:1", jar("a", "META-INF/wit/acme/money@1.0.0/m.wit", MONEY)),
                new WitArtifact("g:b:1", jar("b", "META-INF/wit/acme/money@1.0.0/m.wit", MONEY))));
    assertThat(library.find(MONEY_1)).isPresent();
  }

  @Test
  void twoVersionsOfOnePackageFromTwoArtifactsIsAnErrorNamingBoth() throws Exception {
    ArtifactWitLibrary library =
        ArtifactWitLibrary.scan(
            List.of(
                new WitArtifact("g:a:1", jar("a", "META-INF/wit/acme/money@1.0.0/m.wit", MONEY)),
                new WitArtifact(
                    "g:b:2",
                    jar(
                        "b",
                        "META-INF/wit/acme/money@1.1.0/m.wit",
                        MONEY.replace("1.0.0", "1.1.0")))));
    WitException e = assertThrows(WitException.class, () -> library.find(MONEY_1));
    assertThat(e)
        .hasMessageThat()
        .contains(
            "WIT package acme:money comes from several artifacts in different versions or contents:\n"
                + "  * acme:money@1.0.0 in g:a:1\n"
                + "  * acme:money@1.1.0 in g:b:2");
  }

  @Test
  void theFingerprintCoversArtifactNameAndContent() throws Exception {
    Path a = jar("a", "META-INF/wit/acme/money@1.0.0/m.wit", MONEY);
    String base = fingerprint(List.of(new WitArtifact("g:a:1", a)));
    assertThat(fingerprint(List.of(new WitArtifact("g:a:1", a)))).isEqualTo(base);
    assertThat(fingerprint(List.of(new WitArtifact("g:a:2", a)))).isNotEqualTo(base);
    Path changed = jar("c", "META-INF/wit/acme/money@1.0.0/m.wit", MONEY + "\n");
    assertThat(fingerprint(List.of(new WitArtifact("g:a:1", changed)))).isNotEqualTo(base);
  }

  private static String fingerprint(List<WitArtifact> artifacts) throws Exception {
    Fingerprint fingerprint = new Fingerprint();
    ArtifactWitLibrary.scan(artifacts).addTo(fingerprint);
    return fingerprint.finish();
  }
}
