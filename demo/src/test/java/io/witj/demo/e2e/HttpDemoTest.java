package io.witj.demo.e2e;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.witj.demo.guest.Engine;
import io.witj.demo.testing.EchoRoutes;
import io.witj.demo.testing.RawHttp;
import io.witj.demo.testing.RunningDemo;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The http demo end to end over loopback: the Rust guest served from a pool of 4 instances with the
 * interpreter (1 s timeout, 2 MiB body limit), driven by the JDK client (HTTP/1.1) and by raw
 * sockets where the client cannot say what the test needs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpDemoTest {
  private static RunningDemo demo;

  @BeforeAll
  static void start() throws Exception {
    demo = RunningDemo.pooled(Engine.INTERPRETER, 4);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @Test
  @Order(1)
  void getBeforeSetIs404KeyNotFound() throws Exception {
    HttpResponse<String> r = demo.get("/get");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("Key not found");
  }

  @Test
  @Order(2)
  void setThenGet() throws Exception {
    HttpResponse<byte[]> set =
        demo.send(
            HttpRequest.newBuilder(demo.uri("/set"))
                .PUT(HttpRequest.BodyPublishers.ofString("stored by PUT /set")));
    assertThat(set.statusCode()).isEqualTo(204);
    assertThat(set.body()).isEmpty();
    assertThat(set.headers().firstValue("content-length")).isEmpty();
    HttpResponse<String> get = demo.get("/get");
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo("stored by PUT /set");

    demo.send(HttpRequest.newBuilder(demo.uri("/set")).PUT(HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> empty = demo.get("/get");
    assertThat(empty.statusCode()).isEqualTo(200); // an empty value is a value
    assertThat(empty.body()).isEmpty();
  }

  @Test
  void helloEchoesTheRequestHeaders() throws Exception {
    HttpResponse<String> r =
        demo.client.send(
            HttpRequest.newBuilder(demo.uri("/hello"))
                .header("X-Echo", "echo me")
                .header("x-twice", "one")
                .header("x-twice", "two")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("hello");
    assertThat(r.headers().allValues("x-echo")).containsExactly("echo me");
    assertThat(r.headers().allValues("x-twice")).containsExactly("one", "two");
    assertThat(r.headers().allValues("content-length")).containsExactly("5");
  }

  @Test
  void hopByHopAndFramingHeadersAreNotForwarded() throws Exception {
    try (RawHttp raw = demo.raw()) {
      RawHttp.Response r =
          raw.get(
              "/hello",
              "Connection: keep-alive",
              "Keep-Alive: timeout=30",
              "TE: trailers",
              "Trailer: x-later",
              "Upgrade: h2c",
              "HTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA",
              "Content-Length: 0",
              "X-Kept: yes");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.bodyText()).isEqualTo("hello");
      assertThat(r.header("x-kept")).isEqualTo("yes");
      for (String name :
          List.of("keep-alive", "te", "trailer", "upgrade", "http2-settings", "host")) {
        assertThat(r.headers()).doesNotContainKey(name);
      }
      assertThat(r.headers().get("content-length")).containsExactly("5");
      assertThat(r.headers().get("connection")).isNull();
    }
  }

  @Test
  void nonAsciiHeaderValuesTravelAsUtf8() throws Exception {
    String value = "Jürgen ☃ 日本 🔑";
    try (RawHttp raw = demo.raw()) {
      byte[] request =
          ("GET /hello HTTP/1.1\r\nHost: t\r\nX-Name: " + value + "\r\n\r\n").getBytes(UTF_8);
      RawHttp.Response r = raw.send(request, false);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("x-name")).isEqualTo(value);
    }
  }

  @Test
  void headHasNoBody() throws Exception {
    try (RawHttp raw = demo.raw()) {
      RawHttp.Response r = raw.send("HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\n");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).isEmpty();
      RawHttp.Response next = raw.get("/person/after-head");
      assertThat(next.bodyText()).isEqualTo("hello: after-head");
    }
  }

  @Test
  void uploadAndDeleteFileEchoTheBody() throws Exception {
    EchoRoutes.checkUploadAndDeleteFile(demo);
  }

  @Test
  void routeParameters() throws Exception {
    assertThat(demo.get("/person/ada").body()).isEqualTo("hello: ada");
    assertThat(demo.get("/person/J%C3%BCrgen%20M").body()).isEqualTo("hello: Jürgen M");
  }

  @Test
  void unknownRouteWrongMethodAndMalformedPath() throws Exception {
    assertThat(demo.get("/nowhere").statusCode()).isEqualTo(404);
    assertThat(demo.get("/person/a/b").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> post =
        demo.send(
            HttpRequest.newBuilder(demo.uri("/hello")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("allow")).hasValue("GET");
    try (RawHttp raw = demo.raw()) {
      assertThat(raw.get("/person/%FF").status()).isEqualTo(400);
      assertThat(raw.get("/person/%C3%28").status()).isEqualTo(400);
    }
  }

  @Test
  void bodyOverTheLimitIs413BeforeTheGuestRuns() throws Exception {
    try (RawHttp raw = demo.raw()) {
      RawHttp.Response r =
          raw.send("PUT /set HTTP/1.1\r\nHost: t\r\nContent-Length: 3000000\r\n\r\n");
      assertThat(r.status()).isEqualTo(413);
    }
    try (RawHttp raw = demo.raw()) {
      String chunk = "x".repeat(1 << 20);
      StringBuilder request =
          new StringBuilder("PUT /set HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
      for (int i = 0; i < 3; i++) {
        request
            .append(Integer.toHexString(chunk.length()))
            .append("\r\n")
            .append(chunk)
            .append("\r\n");
      }
      request.append("0\r\n\r\n");
      assertThat(raw.send(request.toString()).status()).isEqualTo(413);
    }
    assertThat(demo.get("/get").body()).doesNotContain("xxxx"); // the guest never stored it
    assertThat(demo.awaitLog(l -> l.startsWith("PUT /set 413 "), 2)).hasSize(2);
  }

  @Test
  void malformedContentLengthIs400() throws Exception {
    try (RawHttp raw = demo.raw()) {
      RawHttp.Response r = raw.send("PUT /set HTTP/1.1\r\nHost: t\r\nContent-Length: lots\r\n\r\n");
      assertThat(r.status()).isEqualTo(400);
    }
  }

  @Test
  void oneMebibyteBodyIsEchoedByteExact() throws Exception {
    byte[] body = new byte[1 << 20];
    new Random(7).nextBytes(body);
    HttpResponse<byte[]> r =
        demo.send(
            HttpRequest.newBuilder(demo.uri("/upload"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Arrays.equals(r.body(), body)).isTrue();
  }

  @Test
  void aTrappingHandlerIs500AndTheServerKeepsServing() throws Exception {
    assertThat(demo.get("/trap").statusCode()).isEqualTo(500);
    assertThat(demo.get("/trap").statusCode()).isEqualTo(500);
    HttpResponse<String> hello = demo.get("/hello");
    assertThat(hello.statusCode()).isEqualTo(200);
    assertThat(hello.body()).isEqualTo("hello");
    assertThat(demo.awaitLog(l -> l.startsWith("GET /trap 500") && l.contains("unreachable"), 2))
        .hasSize(2);
  }

  @Test
  void invalidStatusOrHeaderFromTheGuestIs500() throws Exception {
    assertThat(demo.get("/bad-status").statusCode()).isEqualTo(500);
    assertThat(demo.get("/bad-header").statusCode()).isEqualTo(500);
    assertThat(demo.awaitLog(l -> l.contains("invalid status 1000"), 1)).hasSize(1);
    assertThat(demo.awaitLog(l -> l.contains("invalid header name 'bad header'"), 1)).hasSize(1);
  }

  @Test
  void aHandlerThatLoopsForeverIs504WithinTheTimeout() throws Exception {
    for (int i = 0; i < 5; i++) { // more than the pool: every timed-out instance is replaced
      long start = System.nanoTime();
      assertThat(demo.get("/loop").statusCode()).isEqualTo(504);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }
    assertThat(demo.get("/hello").statusCode()).isEqualTo(200);
  }

  @Test
  void twentyConnectionsOfFiveKeepAliveRequests() throws Exception {
    List<RawHttp> connections = new ArrayList<>();
    try {
      for (int c = 0; c < 20; c++) {
        connections.add(demo.raw());
      }
      for (int round = 0; round < 5; round++) {
        for (int c = 0; c < 20; c++) {
          RawHttp.Response r = connections.get(c).get("/person/c" + c + "r" + round);
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.bodyText()).isEqualTo("hello: c" + c + "r" + round);
        }
      }
    } finally {
      for (RawHttp c : connections) {
        c.close();
      }
    }
  }

  @Test
  void twoHundredConcurrentMixedRequestsAreByteExact() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        results.add(clients.submit(() -> oneMixedRequest(n)));
      }
      for (Future<String> result : results) {
        assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo("ok");
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private static String oneMixedRequest(int n) throws Exception {
    switch (n % 3) {
      case 0:
        {
          HttpResponse<String> r = demo.get("/hello");
          return r.statusCode() == 200 && r.body().equals("hello") ? "ok" : "hello: " + r;
        }
      case 1:
        {
          HttpResponse<String> r = demo.get("/person/p" + n);
          return r.body().equals("hello: p" + n) ? "ok" : "person: " + r.body();
        }
      default:
        {
          byte[] body = new byte[1000 + n * 37];
          new Random(n).nextBytes(body);
          HttpResponse<byte[]> r =
              demo.send(
                  HttpRequest.newBuilder(demo.uri("/upload"))
                      .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
          return Arrays.equals(r.body(), body) ? "ok" : "upload " + n + " differs";
        }
    }
  }

  @Test
  void oneLogLinePerRequest() throws Exception {
    demo.get("/person/logged");
    assertThat(demo.awaitLog(l -> l.matches("GET /person/logged 200 [0-9.]+ ms"), 1)).hasSize(1);
  }
}
