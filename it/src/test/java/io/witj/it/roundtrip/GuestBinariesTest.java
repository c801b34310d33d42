package io.witj.it.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed test guests (round trips, wasi-direct) match a fresh build of their sources ({@code
 * it/guests/build-guests.sh --check}); skipped, loudly, when the toolchain is absent (CI installs
 * it and runs the script itself as well).
 */
class GuestBinariesTest {
  private static final int TOOLCHAIN_MISSING = 3;

  @Test
  void committedBinariesMatchSources() throws Exception {
    Path script = Guests.dir().getParent().resolve("build-guests.sh");
    ProcessBuilder build =
        new ProcessBuilder("bash", script.toString(), "--check").redirectErrorStream(true);
    String shared = System.getProperty("witj.shared");
    if (shared != null) {
      build.environment().put("WITJ_SHARED", shared); // the WASI WIT of the wasi-direct guest
    }
    Process p = build.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "build-guests.sh finished");
    if (p.exitValue() == TOOLCHAIN_MISSING) {
      System.out.println("GuestBinariesTest SKIPPED: " + output.strip());
    }
    assumeTrue(p.exitValue() != TOOLCHAIN_MISSING, output);
    assertEquals(0, p.exitValue(), output);
  }
}
