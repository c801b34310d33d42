package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.runtime.ResourceReleasedException;
import io.witj.runtime.WitTrapException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleTableTest {
  private static final String F = "demo:kv/store#f";

  /** A host resource that records whether it was closed. */
  static final class Bucket implements AutoCloseable {
    final String name;
    boolean closed;

    Bucket(String name) {
      this.name = name;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private final HandleTable table = new HandleTable();
  private final ResourceType<Bucket> bucket = ResourceType.closing("demo:kv/store#bucket");
  private final ResourceType<Bucket> other = ResourceType.closing("demo:kv/store#other");

  @Test
  void indexZeroIsNeverUsedAndFreedSlotsAreReused() {
    int a = table.addOwn(F, bucket, new Bucket("a"));
    int b = table.addOwn(F, bucket, new Bucket("b"));
    int c = table.addOwn(F, bucket, new Bucket("c"));
    assertThat(List.of(a, b, c)).containsExactly(1, 2, 3).inOrder();
    table.drop(F, b, bucket);
    table.drop(F, a, bucket);
    assertThat(table.size()).isEqualTo(1);
    assertThat(table.addOwn(F, bucket, new Bucket("d"))).isEqualTo(a); // last freed first
    assertThat(table.addOwn(F, bucket, new Bucket("e"))).isEqualTo(b);
    assertThat(table.addOwn(F, bucket, new Bucket("f"))).isEqualTo(4);
  }

  @Test
  void dropOfOwnRunsDestructorAndRepReadsWithoutChange() {
    Bucket x = new Bucket("x");
    int h = table.addOwn(F, bucket, x);
    assertThat(table.rep(F, h, bucket)).isSameInstanceAs(x);
    assertThat(x.closed).isFalse();
    table.drop(F, h, bucket);
    assertThat(x.closed).isTrue();
    assertThat(table.size()).isEqualTo(0);
  }

  @Test
  void handleZeroFreedAndOutOfRangeHandlesTrap() {
    WitTrapException zero = assertThrows(WitTrapException.class, () -> table.rep(F, 0, bucket));
    assertThat(zero)
        .hasMessageThat()
        .isEqualTo("trap in demo:kv/store#f: unknown demo:kv/store#bucket handle 0");
    int h = table.addOwn(F, bucket, new Bucket("a"));
    table.drop(F, h, bucket);
    assertThrows(WitTrapException.class, () -> table.drop(F, h, bucket));
    assertThrows(WitTrapException.class, () -> table.liftOwn(F, h, bucket));
    assertThrows(WitTrapException.class, () -> table.rep(F, 99, bucket));
    WitTrapException neg = assertThrows(WitTrapException.class, () -> table.rep(F, -1, bucket));
    assertThat(neg).hasMessageThat().endsWith("handle 4294967295");
  }

  @Test
  void wrongResourceTypeTraps() {
    int h = table.addOwn(F, bucket, new Bucket("a"));
    WitTrapException e = assertThrows(WitTrapException.class, () -> table.drop(F, h, other));
    assertThat(e)
        .hasMessageThat()
        .endsWith("handle 1 is a demo:kv/store#bucket, not a demo:kv/store#other");
    assertThat(table.size()).isEqualTo(1); // unchanged
    assertThrows(WitTrapException.class, () -> table.liftOwn(F, h, other));
    try (CallScope scope = table.beginCall(F)) {
      assertThrows(WitTrapException.class, () -> table.liftBorrow(F, h, other, scope));
    }
  }

  @Test
  void liftOwnMovesTheResourceOut() {
    Bucket x = new Bucket("x");
    int h = table.addOwn(F, bucket, x);
    assertThat(table.liftOwn(F, h, bucket)).isSameInstanceAs(x);
    assertThat(x.closed).isFalse(); // ownership moved to the host, no destructor
    assertThat(table.size()).isEqualTo(0);
  }

  @Test
  void lentOwnHandleCannotBeDroppedOrMovedUntilTheCallEnds() {
    int h = table.addOwn(F, bucket, new Bucket("x"));
    CallScope scope = table.beginCall("demo:kv/store#[method]bucket.get");
    assertThat(table.liftBorrow(F, h, bucket, scope).name).isEqualTo("x");
    table.liftBorrow(F, h, bucket, scope); // lent twice in one call
    WitTrapException drop = assertThrows(WitTrapException.class, () -> table.drop(F, h, bucket));
    assertThat(drop)
        .hasMessageThat()
        .endsWith(
            "cannot drop handle 1 of demo:kv/store#bucket while it has 2 outstanding borrows");
    WitTrapException move = assertThrows(WitTrapException.class, () -> table.liftOwn(F, h, bucket));
    assertThat(move)
        .hasMessageThat()
        .contains("cannot be moved while it has 2 outstanding borrows");
    scope.close();
    table.drop(F, h, bucket);
    assertThat(table.size()).isEqualTo(0);
    int live = table.addOwn(F, bucket, new Bucket("y"));
    assertThrows(IllegalStateException.class, () -> table.liftBorrow(F, live, bucket, scope));
  }

  @Test
  void borrowHandleIsNotAnOwnHandle() {
    try (CallScope scope = table.beginCall(F)) {
      int b = table.addBorrow(F, bucket, new Bucket("x"), scope);
      WitTrapException e = assertThrows(WitTrapException.class, () -> table.liftOwn(F, b, bucket));
      assertThat(e)
          .hasMessageThat()
          .endsWith("handle 1 is a borrow of demo:kv/store#bucket, but an own handle is required");
      table.drop(F, b, bucket);
    }
  }

  @Test
  void borrowDroppedBeforeReturnIsFineAndDoesNotRunDestructor() {
    Bucket x = new Bucket("x");
    CallScope scope = table.beginCall(F);
    int b = table.addBorrow(F, bucket, x, scope);
    assertThat(scope.outstandingBorrows()).isEqualTo(1);
    assertThat(table.rep(F, b, bucket)).isSameInstanceAs(x);
    table.drop(F, b, bucket);
    assertThat(scope.outstandingBorrows()).isEqualTo(0);
    scope.close();
    assertThat(x.closed).isFalse();
  }

  @Test
  void leakedBorrowTrapsAtTheEndOfTheCallAndIsRemoved() {
    CallScope scope = table.beginCall("demo:kv/store#handle");
    int kept = table.addBorrow(F, bucket, new Bucket("x"), scope);
    int dropped = table.addBorrow(F, bucket, new Bucket("y"), scope);
    table.drop(F, dropped, bucket);
    WitTrapException e = assertThrows(WitTrapException.class, scope::close);
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "trap in demo:kv/store#handle: borrowed handles ["
                + kept
                + "] were not dropped before the call returned");
    assertThat(table.size()).isEqualTo(0);
    assertThrows(WitTrapException.class, () -> table.rep(F, kept, bucket));
    scope.close(); // idempotent
  }

  @Test
  void leakedBorrowCleanupDoesNotTouchAReusedSlot() {
    CallScope scope = table.beginCall(F);
    int b = table.addBorrow(F, bucket, new Bucket("x"), scope);
    int c = table.addBorrow(F, bucket, new Bucket("y"), scope);
    table.drop(F, b, bucket);
    int own = table.addOwn(F, bucket, new Bucket("z")); // reuses slot b
    assertThat(own).isEqualTo(b);
    assertThrows(WitTrapException.class, scope::close);
    assertThat(table.rep(F, own, bucket).name).isEqualTo("z");
    assertThrows(WitTrapException.class, () -> table.rep(F, c, bucket));
  }

  @Test
  void tableFullTraps() {
    HandleTable small = new HandleTable(3);
    for (int i = 0; i < 3; i++) {
      small.addOwn(F, bucket, new Bucket("b" + i));
    }
    WitTrapException e =
        assertThrows(WitTrapException.class, () -> small.addOwn(F, bucket, new Bucket("overflow")));
    assertThat(e)
        .hasMessageThat()
        .endsWith("handle table is full (3 handles) when adding a " + "demo:kv/store#bucket");
    small.drop(F, 2, bucket);
    assertThat(small.addOwn(F, bucket, new Bucket("again"))).isEqualTo(2);
    assertThat(HandleTable.MAX_LENGTH).isEqualTo((1 << 28) - 1);
    assertThrows(IllegalArgumentException.class, () -> new HandleTable(1 << 28));
  }

  @Test
  void manyHandlesGrowTheTable() {
    List<Integer> handles = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      handles.add(table.addOwn(F, bucket, new Bucket("b" + i)));
    }
    assertThat(handles.get(9_999)).isEqualTo(10_000);
    assertThat(table.rep(F, 5_000, bucket).name).isEqualTo("b4999");
  }

  @Test
  void exportedResourcesThroughResourceNewRepDropAndGuestResource() {
    List<Integer> destroyed = new ArrayList<>();
    ResourceType<Integer> counter = ResourceType.of("demo:c/api#counter", destroyed::add);
    // guest: [resource-new]counter(rep 1000), then returns own<counter> from an export
    int h = table.addOwn("[resource-new]counter", counter, 1000);
    assertThat(table.rep("[resource-rep]counter", h, counter)).isEqualTo(1000);
    GuestResource r = new GuestResource(counter, table.liftOwn(F, h, counter));
    assertThat(r.rep()).isEqualTo(1000);
    // host passes it back as own<counter>: moved into the guest's table
    int back = table.addOwn(F, counter, r.transfer(F));
    assertThat(r.isReleased()).isTrue();
    assertThat(assertThrows(ResourceReleasedException.class, r::rep))
        .hasMessageThat()
        .isEqualTo(
            "demo:c/api#counter (rep 1000) was moved to the guest by "
                + F
                + "; it can no longer be used");
    r.close();
    assertThat(destroyed).isEmpty();
    // guest drops its own handle: the guest's destructor hook runs
    table.drop("[resource-drop]counter", back, counter);
    assertThat(destroyed).containsExactly(1000);

    GuestResource owned = new GuestResource(counter, 7);
    owned.close();
    owned.close();
    assertThat(destroyed).containsExactly(1000, 7).inOrder();
    assertThat(assertThrows(ResourceReleasedException.class, owned::rep))
        .hasMessageThat()
        .isEqualTo("demo:c/api#counter (rep 7) was closed; it can no longer be used");
  }

  @Test
  void closingDestructorWrapsCheckedExceptions() {
    ResourceType<AutoCloseable> t = ResourceType.closing("demo:x/y#z");
    int h =
        table.addOwn(
            F,
            t,
            () -> {
              throw new java.io.IOException("nope");
            });
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> table.drop(F, h, t));
    assertThat(e).hasCauseThat().hasMessageThat().isEqualTo("nope");
    ResourceType<String> plain = ResourceType.withoutDestructor("demo:x/y#s");
    table.drop(F, table.addOwn(F, plain, "s"), plain);
  }

  @Test
  void clearRemovesEveryHandleAndClosesOnlyAcceptedOwnHandles() {
    List<String> closed = new ArrayList<>();
    ResourceType<AutoCloseable> host = ResourceType.closing("demo:x/y#host");
    ResourceType<Integer> guest =
        ResourceType.of("demo:x/y#guest", rep -> closed.add("guest " + rep));
    int a = table.addOwn(F, host, () -> closed.add("a"));
    table.addOwn(F, guest, 7);
    int b = table.addOwn(F, host, () -> closed.add("b"));
    table.drop(F, a, host);
    try (CallScope scope = table.beginCall(F)) {
      table.addBorrow(F, host, () -> closed.add("borrowed"), scope);
      assertThat(table.clear(ResourceType::hostObjects)).isEqualTo(3);
    }
    assertThat(closed).containsExactly("a", "b").inOrder();
    assertThat(table.size()).isEqualTo(0);
    assertThrows(WitTrapException.class, () -> table.rep(F, b, host));
    assertThat(table.addOwn(F, guest, 1)).isGreaterThan(0);
  }

  @Test
  void clearRethrowsTheFirstDestructorFailureAfterRemovingEverything() {
    ResourceType<AutoCloseable> host = ResourceType.closing("demo:x/y#host");
    List<String> closed = new ArrayList<>();
    table.addOwn(
        F,
        host,
        () -> {
          throw new IllegalStateException("first");
        });
    table.addOwn(F, host, () -> closed.add("middle"));
    table.addOwn(
        F,
        host,
        () -> {
          throw new IllegalStateException("second");
        });
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> table.clear(t -> true));
    assertThat(e).hasMessageThat().isEqualTo("first");
    assertThat(e.getSuppressed()[0]).hasMessageThat().isEqualTo("second");
    assertThat(closed).containsExactly("middle");
    assertThat(table.size()).isEqualTo(0);
  }
}
