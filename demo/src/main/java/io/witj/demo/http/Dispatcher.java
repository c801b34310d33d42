package io.witj.demo.http;

import org.jspecify.annotations.Nullable;

/**
 * Answers requests that found their route: a guest (through an instance pool) or, in tests and
 * benchmarks, plain Java. It never throws: failures are answers too (500, 503, 504), with the
 * reason for the server's log.
 */
public interface Dispatcher extends AutoCloseable {
  /** An answer and, when something went wrong, why (logged once by the server). */
  record Answer(HttpResponse response, @Nullable String problem) {
    public static Answer ok(HttpResponse response) {
      return new Answer(response, null);
    }

    /** A text response for a failure, with the reason to log. */
    public static Answer failure(int status, String body, String problem) {
      return new Answer(HttpResponse.text(status, body), problem);
    }
  }

  /** Answers {@code request}, routed to {@code route}. */
  Answer dispatch(Route route, HttpRequest request);

  /** Releases the dispatcher's instances. */
  @Override
  void close();
}
