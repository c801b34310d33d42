package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.runtime.WitTrapException;
import org.junit.jupiter.api.Test;

/** Own handles lifted during a failed lift go back to their indices; committed lifts stay moved. */
class LiftTransactionTest {
  private static final String F = "demo:kv/store#f";

  private final HandleTable table = new HandleTable();
  private final ResourceType<HandleTableTest.Bucket> bucket =
      ResourceType.closing("demo:kv/store#bucket");

  @Test
  void aTrapAfterLiftingAnOwnPutsItBackAtItsIndex() {
    var a = new HandleTableTest.Bucket("a");
    var b = new HandleTableTest.Bucket("b");
    int ha = table.addOwn(F, bucket, a);
    int hb = table.addOwn(F, bucket, b);
    try (LiftTransaction lift = table.beginLift()) {
      assertThat(table.liftOwn(F, hb, bucket)).isSameInstanceAs(b);
      assertThat(table.liftOwn(F, ha, bucket)).isSameInstanceAs(a);
      assertThrows(WitTrapException.class, () -> table.liftOwn(F, ha, bucket)); // moved twice
    }
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.rep(F, ha, bucket)).isSameInstanceAs(a);
    assertThat(table.rep(F, hb, bucket)).isSameInstanceAs(b);
    assertThat(table.addOwn(F, bucket, new HandleTableTest.Bucket("c")))
        .isEqualTo(3); // free list as before
    assertThat(table.clear(t -> true)).isEqualTo(3);
    assertThat(a.closed && b.closed).isTrue();
  }

  @Test
  void aCommittedLiftKeepsTheHandlesMovedAndEndsRecording() {
    var a = new HandleTableTest.Bucket("a");
    int ha = table.addOwn(F, bucket, a);
    try (LiftTransaction lift = table.beginLift()) {
      table.liftOwn(F, ha, bucket);
      lift.commit();
    }
    assertThat(table.size()).isEqualTo(0);
    int again = table.addOwn(F, bucket, a);
    table.liftOwn(F, again, bucket); // outside any transaction: nothing to put back
    assertThat(table.size()).isEqualTo(0);
    assertThat(a.closed).isFalse();
  }
}
