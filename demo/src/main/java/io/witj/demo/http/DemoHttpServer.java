package io.witj.demo.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The demos' HTTP/1.1 server on the JDK's {@code HttpServer}: routes each request through a {@link
 * RouteTable}, answers what needs no guest itself (404, 405, 400 for a malformed path or length,
 * 413 for a body over the limit, read before any guest runs), passes the rest to a {@link
 * Dispatcher}, and sends only what {@link ResponseRules} allow. One log line per request: method,
 * target, status, time and, for failures, why.
 *
 * <p>{@link #bind} opens the socket first, so that the address is known while the guest declares
 * its routes; {@link #start} then serves them on {@link ServerConfig#workers} threads.
 */
public final class DemoHttpServer implements AutoCloseable {
  /** The JDK server's switch for {@code TCP_NODELAY} on accepted connections. */
  public static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private static final int BACKLOG = 256;

  static {
    // The JDK's server writes a response's head and body separately; with Nagle's algorithm on, the
    // body then waits for the client's delayed ACK (~40 ms per response on keep-alive
    // connections). Read once, when the JVM's first HttpServer starts; an explicit setting wins.
    if (System.getProperty(NODELAY_PROPERTY) == null) {
      System.setProperty(NODELAY_PROPERTY, "true");
    }
  }

  private final ServerConfig config;
  private final HttpServer server;
  private final ExecutorService workers;
  private @Nullable RouteTable routes;
  private @Nullable Dispatcher dispatcher;

  private DemoHttpServer(ServerConfig config, HttpServer server) {
    this.config = config;
    this.server = server;
    this.workers = Executors.newFixedThreadPool(config.workers(), threads());
  }

  /** Opens the listening socket; nothing is served before {@link #start}. */
  public static DemoHttpServer bind(ServerConfig config) throws IOException {
    return new DemoHttpServer(config, HttpServer.create(config.address(), BACKLOG));
  }

  /** Where the server listens. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** {@code host:port} of {@link #address}. */
  public String hostAndPort() {
    return address().getAddress().getHostAddress() + ":" + address().getPort();
  }

  /** Serves {@code routes} with {@code dispatcher}, which the server closes when it stops. */
  public void start(RouteTable routes, Dispatcher dispatcher) {
    this.routes = routes;
    this.dispatcher = dispatcher;
    server.createContext("/", this::serve);
    server.setExecutor(workers);
    server.start();
  }

  /** Stops listening, ends open exchanges and closes the dispatcher. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (dispatcher != null) {
      dispatcher.close();
    }
  }

  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "witj-http-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private void serve(HttpExchange exchange) {
    long start = System.nanoTime();
    String method = exchange.getRequestMethod();
    URI uri = exchange.getRequestURI();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    int status = 500;
    String problem = null;
    try {
      Dispatcher.Answer answer = answer(exchange, method, uri, target);
      HttpResponse response = answer.response();
      problem = answer.problem();
      Optional<String> invalid = ResponseRules.problem(response);
      if (invalid.isPresent()) {
        problem = "the guest's response has an " + invalid.get();
        response = HttpResponse.text(500, "Internal server error\n");
      }
      status = response.status();
      send(exchange, method, response);
    } catch (IOException e) {
      problem = "connection failed: " + e.getMessage();
    } catch (RuntimeException e) {
      problem = "internal error: " + e;
      trySend(exchange, method, HttpResponse.text(500, "Internal server error\n"));
    } finally {
      exchange.close();
      double ms = (System.nanoTime() - start) / 1e6;
      config
          .log()
          .println(
              String.format(Locale.ROOT, "%s %s %d %.1f ms", method, target, status, ms)
                  + (problem == null ? "" : " (" + problem + ")"));
    }
  }

  private Dispatcher.Answer answer(HttpExchange exchange, String method, URI uri, String target)
      throws IOException {
    String rawPath = uri.getRawPath();
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Dispatcher.Answer.failure(400, "Bad request\n", "not an absolute path: " + uri);
    }
    RouteTable.Match match = routes().match(method, rawPath);
    if (match instanceof RouteTable.Match.NotFound) {
      return Dispatcher.Answer.ok(HttpResponse.text(404, "Not found\n"));
    }
    if (match instanceof RouteTable.Match.MethodNotAllowed notAllowed) {
      String allow =
          notAllowed.allowed().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
      return Dispatcher.Answer.ok(
          new HttpResponse(
              405,
              List.of(new Field("allow", allow)),
              "Method not allowed\n".getBytes(StandardCharsets.UTF_8)));
    }
    if (match instanceof RouteTable.Match.BadPath bad) {
      return Dispatcher.Answer.failure(400, "Bad request\n", bad.reason());
    }
    RouteTable.Match.Found found = (RouteTable.Match.Found) match;
    Headers headers = exchange.getRequestHeaders();
    Optional<byte[]> body;
    try {
      body = readBody(exchange.getRequestBody(), headers);
    } catch (BodyTooLarge e) {
      return Dispatcher.Answer.failure(413, "Payload too large\n", String.valueOf(e.getMessage()));
    } catch (BadLength e) {
      return Dispatcher.Answer.failure(400, "Bad request\n", String.valueOf(e.getMessage()));
    }
    HttpMethod routed = HttpMethod.of(method).orElse(found.route().method());
    HttpRequest request =
        new HttpRequest(routed, target, requestHeaders(headers), found.params(), body);
    return dispatcher().dispatch(found.route(), request);
  }

  /** The routes being served. */
  public RouteTable routes() {
    if (routes == null) {
      throw new IllegalStateException("not started");
    }
    return routes;
  }

  private Dispatcher dispatcher() {
    if (dispatcher == null) {
      throw new IllegalStateException("not started");
    }
    return dispatcher;
  }

  private static final class BodyTooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    BodyTooLarge(String message) {
      super(message);
    }
  }

  private static final class BadLength extends Exception {
    private static final long serialVersionUID = 1L;

    BadLength(String message) {
      super(message);
    }
  }

  /**
   * The body, read completely unless it exceeds the limit: by its {@code Content-Length} (checked
   * before reading) or, for a chunked body, by what arrives. Empty when the request declares no
   * body.
   */
  private Optional<byte[]> readBody(InputStream in, Headers headers)
      throws IOException, BodyTooLarge, BadLength {
    long max = config.maxBodyBytes();
    String length = headers.getFirst("Content-Length");
    boolean chunked = headers.containsKey("Transfer-Encoding");
    if (length == null && !chunked) {
      return Optional.empty();
    }
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new BadLength("Content-Length is not a number: " + length);
      }
      if (declared < 0) {
        throw new BadLength("negative Content-Length " + declared);
      }
      if (declared > max) {
        throw new BodyTooLarge("body of " + declared + " bytes, the limit is " + max);
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (body.size() + (long) n > max) {
        throw new BodyTooLarge("chunked body over the limit of " + max + " bytes");
      }
      body.write(buffer, 0, n);
    }
    return Optional.of(body.toByteArray());
  }

  /** Headers with lower-case names, values decoded as UTF-8 (the JDK reads them as Latin-1). */
  private static List<Field> requestHeaders(Headers headers) {
    List<Field> fields = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      for (String value : header.getValue()) {
        fields.add(new Field(name, HeaderBytes.fromWire(value)));
      }
    }
    return fields;
  }

  private static void send(HttpExchange exchange, String method, HttpResponse response)
      throws IOException {
    Headers out = exchange.getResponseHeaders();
    for (Field header : response.headers()) {
      if (ResponseRules.isForwarded(header.name())) {
        out.add(header.name().toLowerCase(Locale.ROOT), HeaderBytes.toWire(header.value()));
      }
    }
    boolean hasBody =
        ResponseRules.hasBody(method, response.status()) && response.body().length > 0;
    exchange.sendResponseHeaders(response.status(), hasBody ? response.body().length : -1);
    if (hasBody) {
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(response.body());
      }
    }
  }

  private static void trySend(HttpExchange exchange, String method, HttpResponse response) {
    try {
      send(exchange, method, response);
    } catch (IOException | RuntimeException e) {
      // the response had started; closing the exchange ends the connection
    }
  }
}
