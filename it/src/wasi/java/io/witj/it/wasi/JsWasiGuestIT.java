package io.witj.it.wasi;

import static com.google.common.truth.Truth.assertThat;

import io.witj.it.wasi.js.JsWasi;
import io.witj.runtime.component.Component;
import io.witj.wasi.WasiHost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The componentize-js guest built with its WASI features on ({@code it/guests/js/wasi}, built by
 * {@code it/guests/js/build.sh} into {@code dist/js-wasi.component.wasm}, not committed): the
 * component as it is — SpiderMonkey's core module importing WASI 0.2 directly and through the
 * preview1 adapter componentize-js links in — run through its own graph over witj's WASI 0.2 host.
 * {@code console.log}/{@code console.error} reach the host's stdout and stderr, {@code Math.random}
 * and {@code crypto.getRandomValues} draw from the host's {@code wasi:random}, {@code Date.now}
 * reads its wall clock. Runs in the slow surefire execution {@code componentize-js} ({@code
 * -Dwitj.js.skip=false}); skips loudly when the guest has not been built.
 */
class JsWasiGuestIT {
  private static final Instant NOW = Instant.ofEpochMilli(1_700_000_000_123L);

  private static Component component;

  @BeforeAll
  static void load() throws IOException {
    Path path =
        Path.of(
            System.getProperty("witj.js.wasiComponent", "guests/js/dist/js-wasi.component.wasm"));
    if (!Files.exists(path)) {
      String why = path + " has not been built (it/guests/js/build.sh; needs node and npm)";
      System.out.println("componentize-js with WASI: SKIPPED, " + why);
      Assumptions.abort(why);
    }
    long started = System.nanoTime();
    component = Component.fromPath(path);
    System.out.printf(
        "componentize-js with WASI: %s, parsed in %d ms%n",
        component.describe(), (System.nanoTime() - started) / 1_000_000);
  }

  private static JsWasi link(WasiHost wasi) {
    return JsWasi.builder(component).hostInterfaces(wasi).build();
  }

  @Test
  void consoleReachesStdoutAndStderr() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try (JsWasi guest = link(WasiHost.builder().stdout(stdout).stderr(stderr).build())) {
      guest.greet("witj");
      guest.greet("Jürgen");
    }
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("hello, witj\nhello, Jürgen\n");
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .isEqualTo("warning: witj\nwarning: Jürgen\n");
  }

  @Test
  void dateNowReadsTheHostsWallClock() {
    try (JsWasi guest =
        link(WasiHost.builder().wallClock(Clock.fixed(NOW, ZoneOffset.UTC)).build())) {
      assertThat(guest.now()).isEqualTo((double) NOW.toEpochMilli());
    }
    try (JsWasi guest = link(WasiHost.builder().build())) {
      assertThat(Math.abs(guest.now() - System.currentTimeMillis())).isLessThan(60_000.0);
    }
  }

  @Test
  void mathRandomDrawsFromTheHostsRandomness() {
    double[] values;
    try (JsWasi guest = link(WasiHost.builder().build())) {
      values = guest.randoms(16);
    }
    assertThat(values).hasLength(16);
    assertThat(Arrays.stream(values).allMatch(r -> r >= 0 && r < 1)).isTrue();
    assertThat(Arrays.stream(values).distinct().count()).isEqualTo(16L);
    // a host whose wasi:random always answers the same bytes: always the same Math.random()
    double[] fixed;
    try (JsWasi guest = link(WasiHost.builder().random(new PatternRandom()).build())) {
      fixed = guest.randoms(4);
    }
    assertThat(Arrays.stream(fixed).distinct().count()).isEqualTo(1L);
    try (JsWasi guest = link(WasiHost.builder().random(new PatternRandom()).build())) {
      assertThat(guest.randoms(4)).isEqualTo(fixed);
    }
  }

  @Test
  void cryptoGetRandomValuesDrawsFromTheHostsRandomness() {
    byte[] pattern = new byte[32];
    new PatternRandom().nextBytes(pattern);
    try (JsWasi guest = link(WasiHost.builder().random(new PatternRandom()).build())) {
      assertThat(guest.randomBytes(32)).isEqualTo(pattern);
    }
  }
}
