package io.witj.demo.bench;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.witj.demo.kv.KeyValueException;
import io.witj.demo.kv.KeyValueStore;
import io.witj.demo.kv.MemoryBackend;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark's baseline: a plain JDK {@code HttpServer} handler doing the demo's work without
 * Wasm — {@code GET /hello} echoes the request headers with body {@code hello}, {@code PUT /set}
 * stores the body in an in-memory store, {@code GET /get} reads it back.
 */
final class PlainServer implements AutoCloseable {
  private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService workers;
  private final KeyValueStore store;

  PlainServer(int workers) throws IOException, KeyValueException {
    this.store = new MemoryBackend().open("my-container");
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    this.workers = Executors.newFixedThreadPool(workers);
    server.createContext("/", this::handle);
    server.setExecutor(this.workers);
    server.start();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (method.equals("GET") && path.equals("/hello")) {
        Headers out = exchange.getResponseHeaders();
        for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
          String name = h.getKey().toLowerCase(Locale.ROOT);
          if (!name.equals("host")
              && !name.equals("content-length")
              && !name.equals("connection")) {
            out.put(name, h.getValue());
          }
        }
        send(exchange, 200, HELLO);
      } else if (method.equals("PUT") && path.equals("/set")) {
        store.set("key", exchange.getRequestBody().readAllBytes());
        exchange.sendResponseHeaders(204, -1);
      } else if (method.equals("GET") && path.equals("/get")) {
        Optional<byte[]> value = store.get("key");
        if (value.isPresent()) {
          send(exchange, 200, value.get());
        } else {
          send(exchange, 404, "Key not found".getBytes(StandardCharsets.UTF_8));
        }
      } else {
        send(exchange, 404, new byte[0]);
      }
    } catch (KeyValueException e) {
      throw new IOException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
