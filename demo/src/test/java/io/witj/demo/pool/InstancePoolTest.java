package io.witj.demo.pool;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Pooled and per-request instances: reuse, discard, the bounded wait, closing. */
class InstancePoolTest {
  /** A stand-in instance that knows whether it was closed. */
  static final class Thing implements AutoCloseable {
    final int id;
    boolean closed;

    Thing(int id) {
      this.id = id;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private final AtomicInteger created = new AtomicInteger();
  private final List<Thing> all = new ArrayList<>();

  private Thing newThing() {
    Thing t = new Thing(created.incrementAndGet());
    all.add(t);
    return t;
  }

  @Test
  void releasedInstancesAreReusedAndDiscardedOnesClosed() throws Exception {
    InstancePool<Thing> pool = new InstancePool<>(this::newThing, 2, Duration.ofMillis(50));
    Lease<Thing> a = pool.acquire();
    a.release();
    Lease<Thing> again = pool.acquire();
    assertThat(again.instance()).isSameInstanceAs(a.instance());
    again.discard();
    assertThat(a.instance().closed).isTrue();
    Lease<Thing> fresh = pool.acquire();
    assertThat(fresh.instance().id).isEqualTo(2);
    fresh.release();
    fresh.release(); // a second end of the same lease changes nothing
    assertThat(pool.idleCount()).isEqualTo(1);
  }

  @Test
  void waitIsBoundedWhenAllInstancesAreLeased() throws Exception {
    InstancePool<Thing> pool = new InstancePool<>(this::newThing, 2, Duration.ofMillis(50));
    Lease<Thing> a = pool.acquire();
    Lease<Thing> b = pool.acquire();
    NoInstanceException e = assertThrows(NoInstanceException.class, pool::acquire);
    assertThat(e).hasMessageThat().isEqualTo("all 2 instances busy for 50 ms");
    b.discard();
    Lease<Thing> c = pool.acquire();
    assertThat(c.instance().id).isEqualTo(3);
    assertThat(created.get()).isEqualTo(3);
    a.release();
    c.release();
  }

  @Test
  void failedCreationGivesTheLeaseBack() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    InstancePool<Thing> pool =
        new InstancePool<>(
            () -> {
              if (attempts.incrementAndGet() <= 3) {
                throw new IllegalStateException("no");
              }
              return newThing();
            },
            1,
            Duration.ofMillis(10));
    for (int i = 0; i < 3; i++) {
      assertThrows(IllegalStateException.class, pool::acquire);
    }
    pool.acquire().release();
  }

  @Test
  void prewarmAndClose() throws Exception {
    InstancePool<Thing> pool = new InstancePool<>(this::newThing, 3, Duration.ofMillis(10));
    pool.prewarm(5);
    assertThat(pool.idleCount()).isEqualTo(3);
    Lease<Thing> leased = pool.acquire();
    pool.close();
    assertThat(all.stream().filter(t -> t.closed).count()).isEqualTo(2);
    leased.release();
    assertThat(leased.instance().closed).isTrue();
  }

  @Test
  void perRequestInstancesAreNewAndClosed() throws Exception {
    PerRequestInstances<Thing> instances = new PerRequestInstances<>(this::newThing);
    Lease<Thing> a = instances.acquire();
    Lease<Thing> b = instances.acquire();
    assertThat(a.instance()).isNotSameInstanceAs(b.instance());
    a.release();
    b.discard();
    assertThat(a.instance().closed).isTrue();
    assertThat(b.instance().closed).isTrue();
  }
}
