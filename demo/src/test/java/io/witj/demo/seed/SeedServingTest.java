package io.witj.demo.seed;

import static com.google.common.truth.Truth.assertThat;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.HttpGuest;
import io.witj.demo.guest.Serving;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueBackends;
import io.witj.demo.kv.MemoryBackend;
import io.witj.demo.testing.RedisServer;
import io.witj.demo.testing.RunningDemo;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's http guest in the other serving modes and on every backend, and the leak check: a
 * thousand requests on one pooled instance leave its memory as it was and its handle tables empty.
 */
class SeedServingTest {
  @TempDir Path dir;

  private static RunningDemo serve(Engine engine, KeyValueBackend backend, int pool)
      throws Exception {
    return new RunningDemo(
        SeedGuests.load(SeedGuests.HTTP, engine),
        backend,
        Math.max(pool, 2),
        new Serving(pool, Duration.ofSeconds(5), Duration.ofSeconds(10)),
        1 << 20);
  }

  /** PUT /bar then GET /foo: the value went through the backend. */
  private static void barThenFoo(RunningDemo demo, String value) throws Exception {
    assertThat(SeedHttpDemoTest.put(demo, "/bar", value).statusCode() / 100).isEqualTo(2);
    assertThat(demo.get("/foo").body()).isEqualTo(value);
  }

  @Test
  void perRequestInstances() throws Exception {
    try (RunningDemo demo = serve(Engine.INTERPRETER, new MemoryBackend(), 0)) {
      assertThat(demo.get("/foo").statusCode()).isEqualTo(500);
      assertThat(demo.get("/hello").body()).isEqualTo("hello");
      barThenFoo(demo, "kept in the store, not the instance");
    }
  }

  @Test
  void compiledGuest() throws Exception {
    try (RunningDemo demo = serve(Engine.COMPILER, new MemoryBackend(), 2)) {
      assertThat(demo.get("/hello").body()).isEqualTo("hello");
      assertThat(demo.get("/foo").statusCode()).isEqualTo(500);
      barThenFoo(demo, "compiled");
    }
  }

  @Test
  void fileBackend() throws Exception {
    try (RunningDemo demo = serve(Engine.INTERPRETER, KeyValueBackends.open("file:" + dir), 2)) {
      barThenFoo(demo, "in a file");
    }
    try (KeyValueBackend backend = KeyValueBackends.open("file:" + dir)) {
      assertThat(backend.open("my-container").get("key")).isPresent();
    }
  }

  @Test
  void redisBackend() throws Exception {
    try (RedisServer redis = RedisServer.start();
        RunningDemo demo = serve(Engine.INTERPRETER, KeyValueBackends.open(redis.url()), 2)) {
      barThenFoo(demo, "in redis");
      assertThat(redis.command("GET my-container:key")).isEqualTo("$8");
    }
  }

  /**
   * A thousand requests (hello, PUT /bar, GET /foo, POST /upload of 4 KiB) on one pooled instance,
   * sent from 8 client threads so that each connection's round-trip latency overlaps the others.
   */
  @Test
  void aThousandRequestsOnOnePooledInstanceLeakNothing() throws Exception {
    List<SeedHttpInstance> instances = new ArrayList<>();
    MemoryBackend backend = new MemoryBackend();
    SeedHttpGuest seed =
        (SeedHttpGuest)
            new SeedFlavour()
                .httpGuest(SeedGuests.load(SeedGuests.HTTP, Engine.INTERPRETER), backend);
    HttpGuest capturing =
        () -> {
          SeedHttpInstance instance = seed.newInstance();
          instances.add(instance);
          return instance;
        };
    String big = "x".repeat(4096);
    try (RunningDemo demo =
        new RunningDemo(
            capturing,
            backend,
            8,
            new Serving(1, Duration.ofSeconds(30), Duration.ofSeconds(10)),
            1 << 20)) {
      assertThat(instances).hasSize(2); // the set-up instance, closed, and the pooled one
      SeedHttpInstance pooled = instances.get(1);
      Callable<Void> round =
          () -> {
            assertThat(demo.get("/hello").statusCode()).isEqualTo(200);
            assertThat(SeedHttpDemoTest.put(demo, "/bar", "value").statusCode() / 100).isEqualTo(2);
            assertThat(demo.get("/foo").body()).isEqualTo("value");
            HttpResponse<byte[]> upload =
                demo.send(
                    HttpRequest.newBuilder(demo.uri("/upload"))
                        .POST(HttpRequest.BodyPublishers.ofString(big)));
            assertThat(upload.body()).hasLength(4096);
            return null;
          };
      for (int i = 0; i < 10; i++) {
        round.call();
      }
      int pages = pooled.memoryPages();
      ExecutorService clients = Executors.newFixedThreadPool(8);
      try {
        List<Future<Void>> rounds = new ArrayList<>();
        for (int i = 10; i < 250; i++) {
          rounds.add(clients.submit(round));
        }
        for (Future<Void> r : rounds) {
          r.get(60, TimeUnit.SECONDS);
        }
      } finally {
        clients.shutdownNow();
      }
      assertThat(instances).hasSize(2);
      assertThat(pooled.memoryPages()).isEqualTo(pages);
      assertThat(pooled.liveHandles()).isEqualTo(0);
    }
  }
}
