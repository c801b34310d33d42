package io.witj.demo.guest;

import io.witj.demo.http.Dispatcher;
import io.witj.demo.http.HttpRequest;
import io.witj.demo.http.HttpResponse;
import io.witj.demo.http.Route;
import io.witj.demo.pool.Instances;
import io.witj.demo.pool.Lease;
import io.witj.demo.pool.NoInstanceException;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Runs each request on a guest instance from {@link Instances}, bounded by a per-request timeout,
 * and turns every failure into an answer: 503 when no instance is free in time, 504 when the guest
 * ran past the timeout (the thread is interrupted, the instance discarded), 500 when it trapped
 * (instance discarded), the guest's own status when it answered with an error.
 */
public final class GuestDispatcher implements Dispatcher {
  private final Instances<HttpGuestInstance> instances;
  private final Duration timeout;
  private final ScheduledThreadPoolExecutor timers;

  public GuestDispatcher(Instances<HttpGuestInstance> instances, Duration timeout) {
    this.instances = instances;
    this.timeout = timeout;
    this.timers =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "witj-http-timeouts");
              t.setDaemon(true);
              return t;
            });
    timers.setRemoveOnCancelPolicy(true);
  }

  @Override
  public Answer dispatch(Route route, HttpRequest request) {
    Lease<HttpGuestInstance> lease;
    try {
      lease = instances.acquire();
    } catch (NoInstanceException e) {
      return Answer.failure(503, "Service unavailable\n", "no guest instance: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.failure(503, "Service unavailable\n", "interrupted waiting for an instance");
    } catch (RuntimeException e) {
      return Answer.failure(500, "Internal server error\n", "cannot instantiate the guest: " + e);
    }
    Deadline deadline = new Deadline(timers, timeout);
    Answer answer;
    boolean healthy;
    try {
      answer = Answer.ok(lease.instance().handle(route.handler(), request));
      healthy = true;
    } catch (GuestHttpError e) {
      answer = new Answer(HttpResponse.empty(e.status()), "the guest answered " + e.getMessage());
      healthy = true;
    } catch (RuntimeException e) {
      answer = Answer.failure(500, "Internal server error\n", String.valueOf(e.getMessage()));
      healthy = false;
    } finally {
      deadline.close();
    }
    if (deadline.expired()) {
      answer = timedOut();
      healthy = false;
    }
    if (healthy) {
      lease.release();
    } else {
      lease.discard();
    }
    return answer;
  }

  private Answer timedOut() {
    return Answer.failure(
        504, "Gateway timeout\n", "the guest ran past the " + timeout.toMillis() + " ms timeout");
  }

  @Override
  public void close() {
    timers.shutdownNow();
    instances.close();
  }
}
