package io.witj.demo.seed;

import static com.google.common.truth.Truth.assertThat;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.Serving;
import io.witj.demo.http.Route;
import io.witj.demo.kv.MemoryBackend;
import io.witj.demo.testing.EchoRoutes;
import io.witj.demo.testing.RawHttp;
import io.witj.demo.testing.RunningDemo;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed's {@code http-server-demo.wasm} (2023, wit-bindgen 0.2) served by the demo host over
 * loopback, from a pool of 2 interpreted instances, with the server, limits and error mapping of
 * the modern demo: every route of its table, {@code /foo} before and after {@code PUT /bar}, a trap
 * answered 500 while the server keeps serving, 404 and 405 from the host.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedHttpDemoTest {
  private static RunningDemo demo;

  @BeforeAll
  static void start() throws Exception {
    demo =
        new RunningDemo(
            SeedGuests.load(SeedGuests.HTTP, Engine.INTERPRETER),
            new MemoryBackend(),
            2,
            new Serving(2, Duration.ofSeconds(5), Duration.ofSeconds(10)),
            1 << 20);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  static HttpResponse<String> put(RunningDemo demo, String path, String body) throws Exception {
    return demo.client.send(
        HttpRequest.newBuilder(demo.uri(path))
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1)
  void theGuestsRoutesAreServedWhereTheHostListens() {
    assertThat(demo.routes().routes().stream().map(Route::toString).toList())
        .containsExactly(
            "GET /hello -> handle_hello",
            "GET /foo -> handle_foo",
            "PUT /bar -> handle_bar",
            "POST /upload -> upload",
            "DELETE /delete-file -> delete_file_handler")
        .inOrder();
    assertThat(demo.guest().setupRemarks())
        .containsExactly(
            "the guest asked to be served on 0.0.0.0:3000; the host serves it on "
                + demo.address().getHostString()
                + ":"
                + demo.address().getPort()
                + " (--port decides)");
  }

  @Test
  @Order(2)
  void fooBeforeBarTrapsIs500AndTheServerKeepsServing() throws Exception {
    assertThat(demo.get("/foo").statusCode()).isEqualTo(500);
    assertThat(demo.get("/foo").statusCode()).isEqualTo(500);
    HttpResponse<String> hello = demo.get("/hello");
    assertThat(hello.statusCode()).isEqualTo(200);
    assertThat(hello.body()).isEqualTo("hello");
  }

  @Test
  @Order(3)
  void barStoresAndFooAnswersTheValueWithStatus500() throws Exception {
    HttpResponse<String> bar = put(demo, "/bar", "stored by PUT /bar ☃");
    assertThat(bar.statusCode() / 100).isEqualTo(2);
    assertThat(bar.body()).isEmpty();
    HttpResponse<String> foo = demo.get("/foo");
    assertThat(foo.statusCode()).isEqualTo(500); // the guest's own status
    assertThat(foo.body()).isEqualTo("stored by PUT /bar ☃");
  }

  @Test
  void helloEchoesTheRequestHeadersButNotFraming() throws Exception {
    try (RawHttp raw = demo.raw()) {
      RawHttp.Response r =
          raw.get("/hello", "X-Echo: echo me", "Connection: keep-alive", "Upgrade: h2c");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.bodyText()).isEqualTo("hello");
      assertThat(r.header("x-echo")).isEqualTo("echo me");
      assertThat(r.headers().get("content-length")).containsExactly("5");
      assertThat(r.headers()).doesNotContainKey("upgrade");
      assertThat(r.headers()).doesNotContainKey("host");
    }
  }

  @Test
  void uploadAndDeleteFileEchoTheBody() throws Exception {
    EchoRoutes.checkUploadAndDeleteFile(demo);
  }

  @Test
  void theHostAnswersUnknownRoutesMethodsAndOversizedBodies() throws Exception {
    assertThat(demo.get("/nowhere").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> post =
        demo.send(
            HttpRequest.newBuilder(demo.uri("/hello")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("allow")).hasValue("GET");
    try (RawHttp raw = demo.raw()) {
      assertThat(
              raw.send("PUT /bar HTTP/1.1\r\nHost: t\r\nContent-Length: 2000000\r\n\r\n").status())
          .isEqualTo(413);
    }
  }
}
