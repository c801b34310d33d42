package io.witj.demo.cli;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestFlavour;
import io.witj.demo.guest.GuestFlavours;
import io.witj.demo.guest.GuestServer;
import io.witj.demo.guest.GuestSetupException;
import io.witj.demo.guest.HttpGuest;
import io.witj.demo.guest.Serving;
import io.witj.demo.http.DemoHttpServer;
import io.witj.demo.http.Route;
import io.witj.demo.http.RouteTable;
import io.witj.demo.http.ServerConfig;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueBackends;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code http [--port N] [--kv URL] [--pool N | --per-request] [--timeout MS] [--max-body BYTES]
 * [--compiler] [GUEST]}: serves an http guest on 127.0.0.1 until the process is stopped.
 */
public final class HttpCommand {
  public static final String USAGE =
      "http [--port N] [--kv URL] [--pool N | --per-request] [--timeout MS] [--max-body BYTES]"
          + " [--compiler] [GUEST]";

  /** Worker threads (and pooled instances) unless {@code --pool} says otherwise. */
  public static final int DEFAULT_POOL = 8;

  public static final String HELP =
      "usage: witj-demo "
          + USAGE
          + "\n"
          + "Serves the http demo guest on 127.0.0.1. Prints the address it listens on as its first\n"
          + "line, then one line per request (method, target, status, time). Runs until stopped;\n"
          + "exits with 1 when the guest cannot be loaded or set up, 2 for bad options.\n"
          + "  --port N          port to listen on; 0 picks a free one (default 8080)\n"
          + "  --kv URL          "
          + Backends.HELP
          + "\n"
          + "  --pool N          serve on N threads with a pool of N guest instances (default "
          + DEFAULT_POOL
          + ")\n"
          + "  --per-request     a new guest instance for every request instead of a pool\n"
          + "  --timeout MS      a guest call running longer is interrupted, answered 504 (default "
          + Serving.DEFAULT_TIMEOUT.toMillis()
          + ")\n"
          + "  --max-body BYTES  larger request bodies are answered 413 (default "
          + ServerConfig.DEFAULT_MAX_BODY
          + ")\n"
          + "  --compiler        run the guest with Chicory's compiler instead of its interpreter\n"
          + "  GUEST             a guest component or core module (default: the embedded Rust guest),\n"
          + "                    or a Spiderlightning http guest of 2023 (wit-bindgen 0.2), whose\n"
          + "                    own serve address is noted and overridden by --port\n";

  private HttpCommand() {}

  /** Starts serving, prints the address, and blocks until the JVM shuts down. */
  public static int run(List<String> args, PrintStream out)
      throws UsageException, FailureException, InterruptedException {
    Arguments arguments = new Arguments("http", args);
    int port = arguments.intOption("--port", 0, 65535).orElse(8080);
    String url = arguments.option("--kv").orElse(KeyValueBackends.DEFAULT_URL);
    Optional<Integer> pool = arguments.intOption("--pool", 1, 1024);
    boolean perRequest = arguments.flag("--per-request");
    if (perRequest && pool.isPresent()) {
      throw new UsageException("http: --pool and --per-request exclude each other");
    }
    int timeout =
        arguments
            .intOption("--timeout", 1, Integer.MAX_VALUE)
            .orElse((int) Serving.DEFAULT_TIMEOUT.toMillis());
    long maxBody =
        arguments
            .intOption("--max-body", 0, Integer.MAX_VALUE)
            .map(Integer::longValue)
            .orElse(ServerConfig.DEFAULT_MAX_BODY);
    Engine engine = arguments.flag("--compiler") ? Engine.COMPILER : Engine.INTERPRETER;
    Optional<String> file = arguments.operand();

    KeyValueBackend backend = Backends.open("http", url);
    int workers = pool.orElse(DEFAULT_POOL);
    Serving serving =
        new Serving(
            perRequest ? 0 : workers, Serving.DEFAULT_INSTANCE_WAIT, Duration.ofMillis(timeout));
    ServerConfig config =
        new ServerConfig(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), port), workers, maxBody, out);
    DemoHttpServer server;
    try {
      GuestCode code = Guests.load(file, Guests.HTTP_DEFAULT, engine);
      GuestFlavour flavour;
      try {
        flavour = GuestFlavours.httpFlavour(code);
      } catch (IllegalArgumentException e) {
        throw new FailureException(String.valueOf(e.getMessage()));
      }
      HttpGuest guest = flavour.httpGuest(code, backend);
      server = start(guest, config, serving);
      out.println("listening on http://" + server.hostAndPort());
      out.println(describe(server, code, flavour, backend, serving));
      guest.setupRemarks().forEach(out::println);
      out.flush();
    } catch (FailureException | RuntimeException e) {
      backend.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  backend.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  private static DemoHttpServer start(HttpGuest guest, ServerConfig config, Serving serving)
      throws FailureException {
    try {
      return GuestServer.start(guest, config, serving);
    } catch (IOException e) {
      throw new FailureException(
          "cannot listen on "
              + config.address().getHostString()
              + ":"
              + config.address().getPort()
              + ": "
              + e.getMessage());
    } catch (GuestSetupException e) {
      throw new FailureException(String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      throw new FailureException("the guest trapped during set-up: " + e.getMessage());
    }
  }

  private static String describe(
      DemoHttpServer server,
      GuestCode code,
      GuestFlavour flavour,
      KeyValueBackend backend,
      Serving serving) {
    RouteTable routes = server.routes();
    StringBuilder s = new StringBuilder();
    s.append("serving ").append(code.name()).append(" (").append(flavour.name()).append(", ");
    s.append(code.engine().name().toLowerCase(Locale.ROOT)).append(") with ");
    s.append(
        serving.perRequest()
            ? "a new instance per request"
            : "a pool of " + serving.poolSize() + " instances");
    s.append(", stores ").append(backend.describe()).append(", routes:");
    for (Route route : routes.routes()) {
      s.append(' ').append(route.method()).append(' ').append(route.pattern());
    }
    return s.toString();
  }
}
