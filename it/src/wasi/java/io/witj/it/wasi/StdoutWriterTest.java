package io.witj.it.wasi;

import static com.google.common.truth.Truth.assertThat;

import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import io.witj.it.wasi.writer.StdoutWriter;
import io.witj.runtime.component.Component;
import io.witj.runtime.component.GuestModule;
import io.witj.wasi.WasiHost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code it/guests/stdout-writer}: a WAT reactor that writes {@code howdy\n} with one WASI preview1
 * {@code fd_write} per call of {@code print}, wrapped with jco's preview1 reactor adapter. Run both
 * ways — its guest module over Chicory's {@code WasiPreview1}, and the component as it is (the
 * adapter over witj's WASI 0.2 host) — every call's line reaches stdout at once. (The benchmark
 * {@code WasiCost} times the same write both ways.)
 */
class StdoutWriterTest {
  private static final Path GUEST =
      Path.of(
          System.getProperty(
              "witj.stdoutWriter", "guests/stdout-writer/stdout-writer.component.wasm"));

  @Test
  void writesThroughChicorysPreview1() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    try (WasiPreview1 wasi =
            WasiPreview1.builder()
                .withOptions(WasiOptions.builder().withStdout(stdout).build())
                .build();
        StdoutWriter writer =
            StdoutWriter.builder(GuestModule.fromPath(GUEST).parse())
                .wasi(wasi.toHostFunctions())
                .build()) {
      printThrice(writer, stdout);
    }
  }

  @Test
  void writesThroughTheAdapterAndTheWasi02Host() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    try (StdoutWriter writer =
        StdoutWriter.builder(Component.fromPath(GUEST))
            .hostInterfaces(WasiHost.builder().stdout(stdout).build())
            .build()) {
      printThrice(writer, stdout);
    }
  }

  private static void printThrice(StdoutWriter writer, ByteArrayOutputStream stdout) {
    for (int i = 1; i <= 3; i++) {
      writer.print();
      assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("howdy\n".repeat(i));
    }
  }
}
