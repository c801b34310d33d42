package io.witj.demo.testing;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestFlavours;
import io.witj.demo.guest.GuestServer;
import io.witj.demo.guest.HttpGuest;
import io.witj.demo.guest.Serving;
import io.witj.demo.http.DemoHttpServer;
import io.witj.demo.http.RouteTable;
import io.witj.demo.http.ServerConfig;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.MemoryBackend;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * An http demo guest (by default the embedded one, with an in-memory store) served in this JVM on a
 * free loopback port, and a JDK client (HTTP/1.1) to talk to it; keeps the server's log lines.
 */
public final class RunningDemo implements AutoCloseable {
  private final DemoHttpServer server;
  private final KeyValueBackend backend;
  private final HttpGuest guest;
  private final ByteArrayOutputStream log =
      new ByteArrayOutputStream() {
        @Override
        public synchronized void write(byte[] b, int off, int len) {
          super.write(b, off, len);
          notifyAll();
        }
      };
  public final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public RunningDemo(Engine engine, int workers, Serving serving, long maxBody) throws Exception {
    this(DemoGuests.load(DemoGuests.HTTP_RUST, engine), workers, serving, maxBody);
  }

  /** Serves {@code code}, any http guest, with an in-memory store. */
  public RunningDemo(GuestCode code, int workers, Serving serving, long maxBody) throws Exception {
    this(code, new MemoryBackend(), workers, serving, maxBody);
  }

  /** Serves {@code code}, any http guest, with {@code backend} (closed with this). */
  public RunningDemo(
      GuestCode code, KeyValueBackend backend, int workers, Serving serving, long maxBody)
      throws Exception {
    this(
        GuestFlavours.httpFlavour(code).httpGuest(code, backend),
        backend,
        workers,
        serving,
        maxBody);
  }

  /** Serves {@code guest} with {@code backend} (closed with this). */
  public RunningDemo(
      HttpGuest guest, KeyValueBackend backend, int workers, Serving serving, long maxBody)
      throws Exception {
    this.guest = guest;
    this.backend = backend;
    ServerConfig config =
        new ServerConfig(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            workers,
            maxBody,
            new PrintStream(log, true, StandardCharsets.UTF_8));
    server = GuestServer.start(guest, config, serving);
  }

  /** A pooled server: {@code pool} instances and workers, 1 s timeout, 2 MiB body limit. */
  public static RunningDemo pooled(Engine engine, int pool) throws Exception {
    return new RunningDemo(
        engine, pool, new Serving(pool, Duration.ofSeconds(5), Duration.ofSeconds(1)), 2 << 20);
  }

  /** The guest being served. */
  public HttpGuest guest() {
    return guest;
  }

  /** The routes being served. */
  public RouteTable routes() {
    return server.routes();
  }

  public InetSocketAddress address() {
    return server.address();
  }

  public URI uri(String path) {
    return URI.create("http://" + server.hostAndPort() + path);
  }

  public HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return client.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public RawHttp raw() throws Exception {
    return new RawHttp(address());
  }

  /** The server's log lines so far. */
  public List<String> logLines() {
    synchronized (log) {
      return log.toString(StandardCharsets.UTF_8).lines().toList();
    }
  }

  /**
   * The log lines matching {@code line}, once there are at least {@code count} of them (the server
   * logs a request after answering it) or 10 s have passed.
   */
  public List<String> awaitLog(Predicate<String> line, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    synchronized (log) {
      while (true) {
        List<String> matching = logLines().stream().filter(line).toList();
        long left = deadline - System.nanoTime();
        if (matching.size() >= count || left <= 0) {
          return matching;
        }
        log.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  @Override
  public void close() {
    server.close();
    backend.close();
  }
}
