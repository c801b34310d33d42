package io.witj.demo.bench;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestFlavours;
import io.witj.demo.guest.GuestServer;
import io.witj.demo.guest.Serving;
import io.witj.demo.http.DemoHttpServer;
import io.witj.demo.http.ServerConfig;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.MemoryBackend;
import io.witj.demo.testing.DemoGuests;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requests per second and p50/p99 latency of the http demo against a plain JDK handler doing the
 * same work ({@link PlainServer}), measured in the same run: {@code clients} keep-alive clients on
 * loopback, GET /hello and PUT /set + GET /get, interleaved rounds (plain, then every variant, in
 * each round), ratios per round against that round's plain run, medians with min..max.
 *
 * <p>Variants: the Rust guest with the interpreter and with Chicory's compiler, each pooled and per
 * request; the componentize-js guest (when demo/guests/js/dist has been built) likewise with the
 * interpreter. Run with {@code mvn -B -pl demo -am test -Phttp-benchmark -DskipTests} (see
 * demo/BENCHMARKS.md); arguments through {@code -Dbench.args="..."}: {@code --rounds N}, {@code
 * --seconds S}, {@code --warmup S}, {@code --clients N}, {@code --only a,b}.
 */
public final class HttpBenchmark {
  private record Variant(String name, String guest, Engine engine, boolean perRequest) {}

  private record Measured(double rps, double ratio, double p50, double p99) {}

  private HttpBenchmark() {}

  public static void main(String[] args) throws Exception {
    // Both servers answer with TCP_NODELAY (the JDK reads this once, at its first HttpServer).
    System.setProperty(DemoHttpServer.NODELAY_PROPERTY, "true");
    Map<String, String> options = options(args);
    int rounds = Integer.parseInt(options.getOrDefault("--rounds", "5"));
    double seconds = Double.parseDouble(options.getOrDefault("--seconds", "3"));
    double warmup = Double.parseDouble(options.getOrDefault("--warmup", "5"));
    int clients = Integer.parseInt(options.getOrDefault("--clients", "16"));
    Path jsDist = Path.of(options.getOrDefault("--js-dist", "guests/js/dist"));
    List<String> only =
        options.containsKey("--only") ? List.of(options.get("--only").split(",")) : List.of();

    List<Variant> variants = new ArrayList<>();
    for (Engine engine : Engine.values()) {
      String e = engine.name().toLowerCase(Locale.ROOT);
      variants.add(new Variant("rust " + e + " pooled", DemoGuests.HTTP_RUST, engine, false));
      variants.add(new Variant("rust " + e + " per-request", DemoGuests.HTTP_RUST, engine, true));
    }
    Path js = jsDist.resolve("http-js.component.wasm");
    if (Files.exists(js)) {
      variants.add(new Variant("js interpreter pooled", js.toString(), Engine.INTERPRETER, false));
      variants.add(
          new Variant("js interpreter per-request", js.toString(), Engine.INTERPRETER, true));
    } else {
      System.out.println("(no " + js + ": build it with demo/guests/js/build.sh for the JS rows)");
    }
    if (!only.isEmpty()) {
      variants.removeIf(v -> only.stream().noneMatch(v.name()::contains));
    }
    System.out.printf(
        Locale.ROOT,
        "http benchmark: %d clients, %d rounds of %.1f s per variant, %.1f s warm-up; %d cores, Java %s%n",
        clients,
        rounds,
        seconds,
        warmup,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));

    Map<String, AutoCloseable> servers = new LinkedHashMap<>();
    Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
    PlainServer plain = new PlainServer(clients);
    servers.put("plain", plain);
    addresses.put("plain", plain.address());
    try {
      for (Variant v : variants) {
        long start = System.nanoTime();
        DemoHttpServer server = start(v, clients);
        servers.put(v.name(), server);
        addresses.put(v.name(), server.address());
        System.out.printf(
            Locale.ROOT, "started %s in %.1f s%n", v.name(), (System.nanoTime() - start) / 1e9);
      }
      for (LoadGenerator.Workload workload : LoadGenerator.Workload.values()) {
        for (Map.Entry<String, InetSocketAddress> s : addresses.entrySet()) {
          LoadGenerator.run(s.getValue(), workload, clients, warmup);
        }
        Map<String, List<Measured>> results = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
          LoadGenerator.Result base =
              LoadGenerator.run(addresses.get("plain"), workload, clients, seconds);
          results
              .computeIfAbsent("plain", k -> new ArrayList<>())
              .add(measured(base, base.requestsPerSecond()));
          for (Variant v : variants) {
            LoadGenerator.Result r =
                LoadGenerator.run(addresses.get(v.name()), workload, clients, seconds);
            results
                .computeIfAbsent(v.name(), k -> new ArrayList<>())
                .add(measured(r, base.requestsPerSecond()));
          }
        }
        report(workload, results);
      }
    } finally {
      for (AutoCloseable server : servers.values()) {
        server.close();
      }
    }
  }

  private static DemoHttpServer start(Variant v, int clients) throws Exception {
    GuestCode code =
        v.guest().endsWith(".wasm") && Files.exists(Path.of(v.guest()))
            ? GuestCode.load(v.guest(), Files.readAllBytes(Path.of(v.guest())), v.engine())
            : DemoGuests.load(v.guest(), v.engine());
    KeyValueBackend backend = new MemoryBackend();
    ServerConfig config =
        new ServerConfig(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            clients,
            ServerConfig.DEFAULT_MAX_BODY,
            new PrintStream(OutputStream.nullOutputStream()));
    Serving serving =
        new Serving(v.perRequest() ? 0 : clients, Duration.ofSeconds(60), Duration.ofSeconds(60));
    return GuestServer.start(
        GuestFlavours.httpFlavour(code).httpGuest(code, backend), config, serving);
  }

  private static Measured measured(LoadGenerator.Result r, double baseRps) {
    return new Measured(
        r.requestsPerSecond(),
        r.requestsPerSecond() / baseRps,
        r.percentileMillis(0.50),
        r.percentileMillis(0.99));
  }

  private static void report(LoadGenerator.Workload workload, Map<String, List<Measured>> results) {
    System.out.println();
    System.out.println(
        workload == LoadGenerator.Workload.HELLO ? "GET /hello" : "PUT /set + GET /get");
    System.out.println("| variant | requests/s | ratio to plain | p50 ms | p99 ms |");
    System.out.println("|---|---|---|---|---|");
    for (Map.Entry<String, List<Measured>> e : results.entrySet()) {
      List<Measured> m = e.getValue();
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s |%n",
          e.getKey(),
          stat(m.stream().mapToDouble(Measured::rps).toArray(), "%.0f"),
          e.getKey().equals("plain")
              ? "1"
              : stat(m.stream().mapToDouble(Measured::ratio).toArray(), "%.2f"),
          stat(m.stream().mapToDouble(Measured::p50).toArray(), "%.2f"),
          stat(m.stream().mapToDouble(Measured::p99).toArray(), "%.2f"));
    }
  }

  /** Median (min..max). */
  private static String stat(double[] values, String format) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double median =
        sorted.length % 2 == 1
            ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return String.format(Locale.ROOT, format, median)
        + " ("
        + String.format(Locale.ROOT, format, sorted[0])
        + ".."
        + String.format(Locale.ROOT, format, sorted[sorted.length - 1])
        + ")";
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
