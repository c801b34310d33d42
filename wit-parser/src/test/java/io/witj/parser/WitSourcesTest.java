package io.witj.parser;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.WitException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading WIT from disk: files that are not UTF-8, directories without WIT files. */
class WitSourcesTest {
  @TempDir Path dir;

  @Test
  void aFileThatIsNotUtf8IsReportedAtItsFirstBadByte() throws Exception {
    byte[] head = "package a:b;\ninterface é {\n  f: func(); // ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xff;
    bytes[head.length + 1] = 'x';
    bytes[head.length + 2] = '\n';
    Path file = Files.write(dir.resolve("latin.wit"), bytes);
    WitException e = assertThrows(WitException.class, () -> WitSources.read(file, "latin.wit"));
    Diagnostic d = e.primary();
    assertThat(d.message()).isEqualTo("not UTF-8: byte 0xff (WIT files are UTF-8)");
    assertThat(d.span().location()).isEqualTo("latin.wit:3:17");
    assertThat(d.render()).contains("3 |   f: func(); // \uFFFDx\n");
  }

  @Test
  void aDirectoryWithoutWitFilesIsNamed() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "not WIT");
    WitException e = assertThrows(WitException.class, () -> WitSources.read(empty, "empty"));
    assertThat(e.primary().message()).isEqualTo("empty: no .wit files in this directory");
  }
}
