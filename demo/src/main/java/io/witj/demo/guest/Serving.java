package io.witj.demo.guest;

import java.time.Duration;

/**
 * How an http guest's requests get instances and how long they may run.
 *
 * @param poolSize instances in the pool, or 0 for a new instance per request
 * @param instanceWait how long a request waits for a pooled instance before the server answers 503
 * @param timeout how long one guest call may run before it is interrupted and answered 504
 */
public record Serving(int poolSize, Duration instanceWait, Duration timeout) {
  public static final Duration DEFAULT_INSTANCE_WAIT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public boolean perRequest() {
    return poolSize == 0;
  }
}
