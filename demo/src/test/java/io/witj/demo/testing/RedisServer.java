package io.witj.demo.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} (Debian package {@code redis-server}) on a random loopback port, for
 * tests: started with persistence off, ready once it logs that it accepts connections and answers
 * {@code PING}; no sleeps. Tests skip, saying why, where no binary exists.
 */
public final class RedisServer implements AutoCloseable {
  private static final String READY = "Ready to accept connections";

  private final Process process;
  private final int port;
  private final Path dir;

  private RedisServer(Process process, int port, Path dir) {
    this.process = process;
    this.port = port;
    this.dir = dir;
  }

  /** The {@code redis-server} binary: on PATH, or where Debian installs it. */
  public static Optional<Path> binary() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(
            Stream.of(path.split(java.io.File.pathSeparator))
                .filter(s -> !s.isEmpty())
                .map(Path::of),
            Stream.of(Path.of("/usr/bin"), Path.of("/usr/local/bin")))
        .map(d -> d.resolve("redis-server"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Skips the calling test, saying why, when there is no {@code redis-server}. */
  public static Path requireBinary() {
    Optional<Path> binary = binary();
    if (binary.isEmpty()) {
      System.out.println("SKIPPED: no redis-server binary (apt-get install redis-server)");
    }
    Assumptions.assumeTrue(
        binary.isPresent(), "no redis-server binary (apt-get install redis-server)");
    return binary.get();
  }

  /** Starts a server with {@code extraArgs} (e.g. {@code --requirepass secret}). */
  public static RedisServer start(String... extraArgs) throws IOException {
    Path binary = requireBinary();
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      Path dir = Files.createTempDirectory("witj-redis");
      List<String> command = new ArrayList<>(List.of(binary.toString(), "--port", "" + port));
      command.addAll(
          List.of(
              "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()));
      command.addAll(List.of(extraArgs));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      RedisServer server = new RedisServer(process, port, dir);
      try {
        server.awaitReady();
        return server;
      } catch (IOException e) {
        server.close();
        last = e;
      }
    }
    throw last;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * Reads the server's log on a thread of its own until it says it is ready (or the server exits),
   * then checks that it answers PING; the thread keeps draining the log afterwards.
   */
  private void awaitReady() throws IOException {
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              StringBuilder log = new StringBuilder();
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  log.append(line).append('\n');
                  if (line.contains(READY)) {
                    ready.complete("");
                  }
                }
              } catch (IOException e) {
                log.append(e);
              }
              ready.complete(log.toString());
            },
            "redis-log-" + port);
    reader.setDaemon(true);
    reader.start();
    String failure;
    try {
      failure = ready.get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException("redis-server did not get ready: " + e, e);
    }
    if (!failure.isEmpty()) {
      throw new IOException("redis-server exited before getting ready:\n" + failure);
    }
    String pong = command("PING");
    if (!pong.equals("+PONG") && !pong.startsWith("-NOAUTH")) {
      throw new IOException("redis-server answered PING with " + pong);
    }
  }

  /** Sends one inline command and returns the first line of the answer. */
  public String command(String command) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
    }
  }

  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:PORT}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Kills the server at once (as a crash would) and waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind
    }
  }
}
