package io.witj.demo.bench;

import io.witj.demo.testing.RawHttp;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load on loopback: {@code clients} threads, each on its own keep-alive connection,
 * sending one request after the other for a fixed time; every response is checked. Records the
 * latency of every request.
 */
final class LoadGenerator {
  /** What one client sends in a loop. */
  enum Workload {
    /** {@code GET /hello} with two headers to echo. */
    HELLO,
    /** {@code PUT /set} (a 64-byte body) then {@code GET /get}: two requests per iteration. */
    SET_GET
  }

  /** The outcome of one timed run. */
  record Result(long requests, double seconds, long[] latenciesNanos) {
    double requestsPerSecond() {
      return requests / seconds;
    }

    double percentileMillis(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p * latenciesNanos.length) - 1);
      return latenciesNanos[Math.max(0, i)] / 1e6;
    }
  }

  private static final byte[] HELLO =
      ("GET /hello HTTP/1.1\r\nHost: bench\r\nX-Client: witj-bench\r\nAccept: */*\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
  private static final String VALUE = "v".repeat(64);
  private static final byte[] SET =
      ("PUT /set HTTP/1.1\r\nHost: bench\r\nContent-Length: 64\r\n\r\n" + VALUE)
          .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GET =
      "GET /get HTTP/1.1\r\nHost: bench\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private LoadGenerator() {}

  static Result run(InetSocketAddress address, Workload workload, int clients, double seconds)
      throws Exception {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<long[]> latencies = new ArrayList<>();
    int[] counts = new int[clients];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[] mine = new long[1 << 20];
      latencies.add(mine);
      int client = c;
      Thread t =
          new Thread(
              () -> {
                try (RawHttp http = new RawHttp(address)) {
                  int n = 0;
                  while (System.nanoTime() < end && n < mine.length - 1) {
                    if (workload == Workload.HELLO) {
                      mine[n++] = timed(http, HELLO, 200, "hello");
                    } else {
                      mine[n++] = timed(http, SET, 204, "");
                      mine[n++] = timed(http, GET, 200, VALUE);
                    }
                  }
                  counts[client] = n;
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                } finally {
                  done.countDown();
                }
              },
              "bench-client-" + c);
      t.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (failure.get() != null) {
      throw new IllegalStateException("a benchmark client failed", failure.get());
    }
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new Result(total, elapsed, all);
  }

  private static long timed(RawHttp http, byte[] request, int status, String body)
      throws Exception {
    long start = System.nanoTime();
    RawHttp.Response response = http.send(request, false);
    long took = System.nanoTime() - start;
    if (response.status() != status || !response.bodyText().equals(body)) {
      throw new IllegalStateException(
          "unexpected response " + response.status() + " " + response.bodyText());
    }
    return took;
  }
}
