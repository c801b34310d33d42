package io.witj.demo.e2e;

import static com.google.common.truth.Truth.assertThat;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.Serving;
import io.witj.demo.testing.RunningDemo;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The other ways of serving: a new instance per request, Chicory's compiler (whose compiled code
 * must honour the timeout's interrupt too), and a pool too small for the load (503).
 */
class ServingModesTest {
  @Test
  void perRequestInstances() throws Exception {
    try (RunningDemo demo =
        new RunningDemo(
            Engine.INTERPRETER, 4, new Serving(0, Duration.ZERO, Duration.ofSeconds(1)), 1 << 20)) {
      assertThat(demo.get("/hello").body()).isEqualTo("hello");
      demo.send(
          HttpRequest.newBuilder(demo.uri("/set"))
              .PUT(HttpRequest.BodyPublishers.ofString("kept in the store, not the instance")));
      assertThat(demo.get("/get").body()).isEqualTo("kept in the store, not the instance");
      assertThat(demo.get("/trap").statusCode()).isEqualTo(500);
      assertThat(demo.get("/loop").statusCode()).isEqualTo(504);
      assertThat(demo.get("/person/next").body()).isEqualTo("hello: next");
    }
  }

  @Test
  void compiledGuest() throws Exception {
    try (RunningDemo demo = RunningDemo.pooled(Engine.COMPILER, 2)) {
      assertThat(demo.get("/hello").body()).isEqualTo("hello");
      assertThat(demo.get("/person/compiled").body()).isEqualTo("hello: compiled");
      long start = System.nanoTime();
      assertThat(demo.get("/loop").statusCode()).isEqualTo(504);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
      assertThat(demo.get("/trap").statusCode()).isEqualTo(500);
      assertThat(demo.get("/hello").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void noFreeInstanceWithinTheWaitIs503() throws Exception {
    // two workers share one instance: while /loop holds it, /hello waits 200 ms and gives up
    try (RunningDemo demo =
        new RunningDemo(
            Engine.INTERPRETER,
            2,
            new Serving(1, Duration.ofMillis(200), Duration.ofSeconds(3)),
            1 << 20)) {
      CompletableFuture<HttpResponse<String>> loop =
          demo.client.sendAsync(
              HttpRequest.newBuilder(demo.uri("/loop")).build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> busy = null;
      for (int i = 0; i < 50 && (busy == null || busy.statusCode() != 503); i++) {
        busy = demo.get("/hello"); // until /loop has taken the instance
      }
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(loop.get().statusCode()).isEqualTo(504);
      assertThat(demo.get("/hello").statusCode()).isEqualTo(200);
      assertThat(demo.awaitLog(l -> l.contains("all 1 instances busy"), 1)).isNotEmpty();
    }
  }
}
