package io.witj.demo.e2e;

import static com.google.common.truth.Truth.assertThat;

import io.witj.demo.testing.RedisServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo jar ({@code demo/target/witj-demo.jar}, built in {@code package}) run as a process, as a
 * user runs it: the keyvalue guest against every backend, the http demo with its address read from
 * the first line, exit statuses and one-line errors.
 */
class DemoJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("witj.demo.jar", "target/witj-demo.jar"));
  private static final String KEYVALUE_OUTPUT =
      "The value for keyvalue1 is: spiderlightning, keyvalue2 is spiderlightning\n"
          + "keyvalue demo: deleted `key` from both stores, success\n";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Run run(String... args) throws Exception {
    Process p = start(args);
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void keyvalueOnTheEmbeddedGuestWithEveryBackend() throws Exception {
    assertThat(run("keyvalue")).isEqualTo(new Run(0, KEYVALUE_OUTPUT, ""));
    assertThat(run("keyvalue", "--kv", "file:" + dir)).isEqualTo(new Run(0, KEYVALUE_OUTPUT, ""));
    try (RedisServer redis = RedisServer.start()) {
      assertThat(run("keyvalue", "--kv", redis.url(), "--compiler"))
          .isEqualTo(new Run(0, KEYVALUE_OUTPUT, ""));
      redis.kill();
      Run down = run("keyvalue", "--kv", redis.url());
      assertThat(down.status()).isEqualTo(1);
      assertThat(down.err())
          .matches("witj-demo keyvalue: the guest reports a failure: set: connection: .*\n");
    }
  }

  @Test
  void keyvalueWithAGuestFile() throws Exception {
    Path guest = dir.resolve("kv.wasm");
    Files.write(
        guest, io.witj.demo.testing.DemoGuests.bytes(io.witj.demo.testing.DemoGuests.KEYVALUE_C));
    assertThat(run("keyvalue", guest.toString())).isEqualTo(new Run(0, KEYVALUE_OUTPUT, ""));
  }

  @Test
  void errorsAreOneLineWithTheirExitStatus() throws Exception {
    Run badKv = run("keyvalue", "--kv", "nosql:");
    assertThat(badKv.status()).isEqualTo(2);
    assertThat(badKv.err())
        .isEqualTo(
            "witj-demo: keyvalue: --kv: unknown key/value URL 'nosql:': use memory:, file:DIR or"
                + " redis://[user:password@]host:port[/db] (see --help)\n");
    Run missing = run("keyvalue", dir.resolve("missing.wasm").toString());
    assertThat(missing)
        .isEqualTo(
            new Run(
                1,
                "",
                "witj-demo keyvalue: cannot read guest "
                    + dir.resolve("missing.wasm")
                    + ": no such file\n"));
    Path text = dir.resolve("not.wasm");
    Files.writeString(text, "not wasm");
    Run notWasm = run("keyvalue", text.toString());
    assertThat(notWasm.status()).isEqualTo(1);
    assertThat(notWasm.err()).startsWith("witj-demo keyvalue: cannot load guest " + text + ": ");
    assertThat(notWasm.err().lines().count()).isEqualTo(1);
    assertThat(run("http", "--port", "70000").err())
        .isEqualTo("witj-demo: http: --port must be from 0 to 65535, not 70000 (see --help)\n");
    assertThat(run("http", "--pool", "2", "--per-request").status()).isEqualTo(2);
    assertThat(run("http", "--bogus").err())
        .isEqualTo("witj-demo: http: unknown option --bogus (see --help)\n");
    assertThat(run("serve").status()).isEqualTo(2);
    assertThat(run().status()).isEqualTo(2);
  }

  @Test
  void helpEverywhere() throws Exception {
    Run help = run("--help");
    assertThat(help.status()).isEqualTo(0);
    assertThat(help.out()).contains("keyvalue [--kv URL]");
    assertThat(help.out()).contains("http [--port N]");
    assertThat(run("keyvalue", "--help").out()).contains("--kv URL");
    assertThat(run("http", "--help").out()).contains("--per-request");
  }

  @Test
  void httpServesUntilStopped() throws Exception {
    try (RedisServer redis = RedisServer.start()) {
      Process p = start("http", "--port", "0", "--pool", "2", "--kv", redis.url());
      try {
        BlockingQueue<String> lines = lines(p);
        String first = lines.poll(60, TimeUnit.SECONDS);
        assertThat(first).matches("listening on http://127\\.0\\.0\\.1:[0-9]+");
        String base = first.substring("listening on ".length());
        assertThat(lines.poll(10, TimeUnit.SECONDS)).contains("with a pool of 2 instances");

        HttpResponse<String> hello = get(base + "/hello");
        assertThat(hello.statusCode()).isEqualTo(200);
        assertThat(hello.body()).isEqualTo("hello");
        put(base + "/set", "in redis");
        assertThat(redis.command("GET my-container:key")).isEqualTo("$8");
        assertThat(get(base + "/get").body()).isEqualTo("in redis");

        List<String> log = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          log.add(lines.poll(10, TimeUnit.SECONDS).replaceAll(" [0-9.]+ ms$", " T ms"));
        }
        // one line per request, each written once its response is out (so not necessarily in order)
        assertThat(log)
            .containsExactly("GET /hello 200 T ms", "PUT /set 204 T ms", "GET /get 200 T ms");
      } finally {
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void put(String url, String body) throws Exception {
    CLIENT.send(
        HttpRequest.newBuilder(URI.create(url))
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  /** The lines {@code p} prints, as they come. */
  private static BlockingQueue<String> lines(Process p) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /** The seed's 2023 binary {@code name} ({@code witj.seed}); skips the test when absent. */
  private static Path seed(String name) {
    Path file =
        Path.of(System.getProperty("witj.seed", "../../shared/fixtures/seed")).resolve(name);
    if (!Files.isRegularFile(file)) {
      System.err.println("*** SKIPPED seed demo jar test: " + file.toAbsolutePath() + " is absent");
      Assumptions.abort(file.toAbsolutePath() + " is absent");
    }
    return file;
  }

  @Test
  void theSeedsKeyvalueGuestRunsAsItIsOnEveryBackend() throws Exception {
    String guest = seed("keyvalue-demo.wasm").toString();
    Run success = new Run(0, "the guest's main returned 0\n", "");
    assertThat(run("keyvalue", guest)).isEqualTo(success);
    assertThat(run("keyvalue", "--kv", "file:" + dir, guest)).isEqualTo(success);
    try (RedisServer redis = RedisServer.start()) {
      assertThat(run("keyvalue", "--kv", redis.url(), "--compiler", guest)).isEqualTo(success);
    }
  }

  @Test
  void theSeedsHttpGuestIsServedWhereTheOptionsSay() throws Exception {
    Process p =
        start("http", "--port", "0", "--pool", "2", seed("http-server-demo.wasm").toString());
    try {
      BlockingQueue<String> lines = lines(p);
      String first = lines.poll(60, TimeUnit.SECONDS);
      assertThat(first).matches("listening on http://127\\.0\\.0\\.1:[0-9]+");
      String base = first.substring("listening on ".length());
      assertThat(lines.poll(10, TimeUnit.SECONDS))
          .contains(
              "(wit-bindgen 0.2 (Spiderlightning 2023), interpreter) with a pool of 2 instances");
      assertThat(lines.poll(10, TimeUnit.SECONDS))
          .isEqualTo(
              "the guest asked to be served on 0.0.0.0:3000; the host serves it on "
                  + base.substring("http://".length())
                  + " (--port decides)");
      HttpResponse<String> hello = get(base + "/hello");
      assertThat(hello.statusCode()).isEqualTo(200);
      assertThat(hello.body()).isEqualTo("hello");
      put(base + "/bar", "from the jar");
      HttpResponse<String> foo = get(base + "/foo");
      assertThat(foo.statusCode()).isEqualTo(500);
      assertThat(foo.body()).isEqualTo("from the jar");
    } finally {
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
