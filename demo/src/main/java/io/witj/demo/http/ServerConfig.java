package io.witj.demo.http;

import java.io.PrintStream;
import java.net.InetSocketAddress;

/**
 * How the server listens and what it accepts.
 *
 * @param address where to listen (port 0 picks a free one)
 * @param workers threads that serve requests (and so, requests running at once)
 * @param maxBodyBytes larger request bodies are answered 413 before any guest runs
 * @param log where one line per request goes
 */
public record ServerConfig(
    InetSocketAddress address, int workers, long maxBodyBytes, PrintStream log) {
  /** Default body limit: 16 MiB. */
  public static final long DEFAULT_MAX_BODY = 16L << 20;
}
