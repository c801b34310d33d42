package io.witj.demo.e2e;

import static com.google.common.truth.Truth.assertThat;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestFlavours;
import io.witj.demo.guest.GuestRun;
import io.witj.demo.guest.KeyvalueGuest;
import io.witj.demo.guest.Serving;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueBackends;
import io.witj.demo.testing.RedisServer;
import io.witj.demo.testing.RunningDemo;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The componentize-js demo guests (demo/guests/js, built by its build.sh: bindings generated from
 * our WIT by another toolchain) on the demo host: the keyvalue guest on every backend, the http
 * guest served from a pool. Runs in the surefire execution {@code componentize-js-demo} (its own
 * JVM; each ~12 MB core module is parsed once), off in the main build; skipped, saying so, when the
 * guests have not been built.
 */
class ComponentizeJsDemoIT {
  private static final Path DIST =
      Path.of(System.getProperty("witj.demo.js.dist", "guests/js/dist"));
  private static GuestCode keyvalue;
  private static GuestCode http;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    Path kv = DIST.resolve("keyvalue-js.component.wasm");
    Path web = DIST.resolve("http-js.component.wasm");
    boolean built = Files.exists(kv) && Files.exists(web);
    if (!built) {
      System.out.println(
          "componentize-js-demo SKIPPED: "
              + DIST.toAbsolutePath().normalize()
              + " has no guests; build them with demo/guests/js/build.sh (needs node and npm)");
    }
    Assumptions.assumeTrue(built, "componentize-js demo guests not built");
    long start = System.nanoTime();
    keyvalue = GuestCode.load(kv.toString(), Files.readAllBytes(kv), Engine.INTERPRETER);
    http = GuestCode.load(web.toString(), Files.readAllBytes(web), Engine.INTERPRETER);
    System.out.printf(
        "componentize-js-demo: parsed both guests in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private GuestRun runKeyvalue(KeyValueBackend backend) {
    KeyvalueGuest guest = GuestFlavours.keyvalueGuest(keyvalue);
    return guest.run(backend, List.of());
  }

  @Test
  void keyvalueOnEveryBackend() throws Exception {
    GuestRun expected =
        new GuestRun(
            true,
            "The value for keyvalue1 is: spiderlightning, keyvalue2 is spiderlightning\n"
                + "keyvalue demo: deleted `key` from both stores, success\n");
    try (KeyValueBackend memory = KeyValueBackends.open("memory:")) {
      assertThat(runKeyvalue(memory)).isEqualTo(expected);
    }
    try (KeyValueBackend file = KeyValueBackends.open("file:" + dir)) {
      assertThat(runKeyvalue(file)).isEqualTo(expected);
    }
    try (RedisServer redis = RedisServer.start();
        KeyValueBackend backend = KeyValueBackends.open(redis.url())) {
      assertThat(runKeyvalue(backend)).isEqualTo(expected);
      redis.kill();
      GuestRun down = runKeyvalue(backend);
      assertThat(down.success()).isFalse();
      assertThat(down.output()).startsWith("set: connection: ");
    }
  }

  @Test
  void httpGuestServedFromAPool() throws Exception {
    try (RunningDemo demo =
        new RunningDemo(
            http, 2, new Serving(2, Duration.ofSeconds(60), Duration.ofSeconds(60)), 1 << 20)) {
      HttpResponse<String> hello =
          demo.client.send(
              HttpRequest.newBuilder(demo.uri("/hello")).header("X-Name", "ada").build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(hello.statusCode()).isEqualTo(200);
      assertThat(hello.body()).isEqualTo("hello");
      assertThat(hello.headers().firstValue("x-name")).hasValue("ada");
      assertThat(demo.get("/get").statusCode()).isEqualTo(404);
      HttpResponse<byte[]> set =
          demo.send(
              HttpRequest.newBuilder(demo.uri("/set"))
                  .PUT(HttpRequest.BodyPublishers.ofString("from JS")));
      assertThat(set.statusCode()).isEqualTo(204);
      assertThat(demo.get("/get").body()).isEqualTo("from JS");
      assertThat(demo.get("/person/J%C3%BCrgen").body()).isEqualTo("hello: Jürgen");
      byte[] body = new byte[100_000];
      new Random(3).nextBytes(body);
      HttpResponse<byte[]> up =
          demo.send(
              HttpRequest.newBuilder(demo.uri("/upload"))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
      assertThat(Arrays.equals(up.body(), body)).isTrue();
      assertThat(demo.get("/trap").statusCode()).isEqualTo(500);
      assertThat(demo.get("/trap").statusCode()).isEqualTo(500);
      assertThat(demo.get("/hello").statusCode()).isEqualTo(200);
      assertThat(demo.get("/bad-status").statusCode()).isEqualTo(500);
      assertThat(demo.get("/nowhere").statusCode()).isEqualTo(404);
    }
  }
}
