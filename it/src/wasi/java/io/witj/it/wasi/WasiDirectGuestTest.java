package io.witj.it.wasi;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.runtime.GuestLoadException;
import io.witj.runtime.component.Component;
import io.witj.runtime.component.ComponentGraph;
import io.witj.wasi.WasiHost;
import io.witj.wasi.bindings.cli.Command;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A guest that imports WASI 0.2 itself, with no preview1 adapter: {@code
 * it/guests/wasi-direct/wasi-direct.wat}, hand-written Canonical ABI code in one core module,
 * wrapped by wit-component as a {@code wasi:cli/command} asking for WASI 0.2.0 (served by witj's
 * 0.2.12 host). It prints its arguments, the wall clock and random numbers, and a line to stderr.
 */
class WasiDirectGuestTest {
  private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L, 123_456L);

  private static Component component;

  @BeforeAll
  static void load() throws IOException {
    component = Component.fromPath(guestPath());
  }

  private static Path guestPath() {
    return Path.of(
        System.getProperty("witj.wasiDirect", "guests/wasi-direct/wasi-direct.component.wasm"));
  }

  @Test
  void importsWasi02DirectlyWithNoAdapter() {
    ComponentGraph graph = component.graph();
    // the guest, and wit-component's shim and fixup (which let the lowerings use the guest's own
    // memory and cabi_realloc): no adapter, nothing imports wasi_snapshot_preview1
    assertThat(graph.modules()).hasSize(3);
    assertThat(graph.modules().get(0).info().importedModules())
        .containsExactly(
            "wasi:cli/environment@0.2.0",
            "wasi:cli/stdout@0.2.0",
            "wasi:cli/stderr@0.2.0",
            "wasi:io/streams@0.2.0",
            "wasi:clocks/wall-clock@0.2.0",
            "wasi:random/random@0.2.0");
    assertThat(graph.modules().get(1).info().trampolinesOnly()).isTrue();
    assertThat(graph.modules().get(2).info().importedModules()).containsExactly("actual", "shim");
    assertThat(graph.imports())
        .containsExactly(
            "wasi:cli/environment@0.2.0",
            "wasi:io/error@0.2.0",
            "wasi:io/streams@0.2.0",
            "wasi:cli/stdout@0.2.0",
            "wasi:cli/stderr@0.2.0",
            "wasi:clocks/wall-clock@0.2.0",
            "wasi:random/random@0.2.0");
    assertThat(graph.exports().keySet()).containsExactly("wasi:cli/run@0.2.0");
  }

  @Test
  void printsArgumentsClockAndRandomnessThroughTheWasiHost() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    WasiHost wasi =
        WasiHost.builder()
            .args("wasi-direct", "one", "two ü")
            .wallClock(Clock.fixed(NOW, ZoneOffset.UTC))
            .random(new PatternRandom())
            .stdout(stdout)
            .stderr(stderr)
            .build();

    int status = wasi.run(component);

    assertThat(status).isEqualTo(0);
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "args: wasi-direct one two ü\n"
                + "wall-clock: 1700000000.000123456\n"
                + "random bytes: a0a1a2a3a4a5a6a7a8a9aaabacadaeaf\n"
                + "random u64: a0a1a2a2a0a1a2a3\n");
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("hello on stderr\n");
  }

  @Test
  void aFailedWriteReachesTheGuestAsAStreamError() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    WasiHost wasi = WasiHost.builder().stdout(broken).stderr(stderr).build();

    // the guest's first write fails: run returns err (status 1) before anything else is printed
    assertThat(wasi.run(component)).isEqualTo(1);
    assertThat(stderr.size()).isEqualTo(0);
  }

  @Test
  void socketsAndHttpAreRefusedNamingThem() throws IOException {
    assertThat(linkError("wasi-sockets"))
        .isEqualTo(
            "the component imports what the host does not provide:"
                + " wasi:sockets/instance-network@0.2.0#instance-network (canon lower of"
                + " wasi:sockets/instance-network@0.2.0#instance-network):"
                + " wasi:sockets/instance-network@0.2.0: witj's WASI 0.2 host does not implement"
                + " wasi:sockets and wasi:http yet");
    assertThat(linkError("wasi-http"))
        .isEqualTo(
            "the component imports what the host does not provide:"
                + " wasi:http/types@0.2.0#[constructor]fields (canon lower of"
                + " wasi:http/types@0.2.0#[constructor]fields): wasi:http/types@0.2.0: witj's WASI"
                + " 0.2 host does not implement wasi:sockets and wasi:http yet");
  }

  @Test
  void withoutTheWasiHostEveryMissingFunctionIsNamed() {
    // wasi:cli/command's bindings with no implementation set: nothing serves the guest's imports
    GuestLoadException e =
        assertThrows(GuestLoadException.class, () -> Command.builder(component).build());
    assertThat(e)
        .hasMessageThat()
        .startsWith(
            "the component imports what the host does not provide: wasi:cli/stdout@0.2.0#get-stdout"
                + " (canon lower of wasi:cli/stdout@0.2.0#get-stdout): nothing implements"
                + " wasi:cli/stdout@0.2.0: neither this world's bindings (with what was set on the"
                + " builder) nor the HostInterfaces given to the builder provide it; ");
    for (String function :
        List.of(
            "wasi:cli/stderr@0.2.0#get-stderr",
            "wasi:cli/environment@0.2.0#get-arguments",
            "wasi:io/streams@0.2.0#[method]output-stream.blocking-write-and-flush",
            "wasi:io/streams@0.2.0#[resource-drop]output-stream",
            "wasi:clocks/wall-clock@0.2.0#now",
            "wasi:random/random@0.2.0#get-random-bytes",
            "wasi:random/random@0.2.0#get-random-u64")) {
      assertThat(e).hasMessageThat().contains("; " + function + " (canon ");
    }
  }

  private static String linkError(String guest) throws IOException {
    Component other = Component.fromPath(guestPath().resolveSibling(guest + ".component.wasm"));
    WasiHost wasi = WasiHost.builder().build();
    return assertThrows(GuestLoadException.class, () -> wasi.run(other)).getMessage();
  }
}
