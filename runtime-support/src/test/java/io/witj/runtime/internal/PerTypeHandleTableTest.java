package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.runtime.WitTrapException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handle table of wit-bindgen 0.2 guests ({@link HandleTable#perResourceType}): each resource
 * type numbers its handles from 0, freed indices come back last freed first, and everything else is
 * the spec table's behaviour.
 */
class PerTypeHandleTableTest {
  private static final String F = "keyvalue#keyvalue::open";

  private final HandleTable table = HandleTable.perResourceType();
  private final ResourceType<HandleTableTest.Bucket> router = ResourceType.closing("router");
  private final ResourceType<HandleTableTest.Bucket> server = ResourceType.closing("server");

  private int add(ResourceType<HandleTableTest.Bucket> type, String name) {
    return table.addOwn(F, type, new HandleTableTest.Bucket(name));
  }

  @Test
  void eachTypeCountsFromZeroAndReusesTheLastFreedIndexFirst() {
    List<Integer> routers =
        List.of(add(router, "r0"), add(router, "r1"), add(router, "r2"), add(router, "r3"));
    assertThat(routers).containsExactly(0, 1, 2, 3).inOrder();
    assertThat(add(server, "s0")).isEqualTo(0);
    table.drop(F, 3, router);
    table.drop(F, 2, router);
    table.drop(F, 1, router);
    assertThat(add(router, "again")).isEqualTo(1);
    assertThat(add(router, "again2")).isEqualTo(2);
    assertThat(add(router, "r4")).isEqualTo(3);
    assertThat(add(router, "r5")).isEqualTo(4);
    assertThat(table.size()).isEqualTo(6);
  }

  @Test
  void handleZeroIsValidAndTypesDoNotSeeEachOthersHandles() {
    HandleTableTest.Bucket zero = new HandleTableTest.Bucket("zero");
    assertThat(table.addOwn(F, router, zero)).isEqualTo(0);
    assertThat(table.rep(F, 0, router)).isSameInstanceAs(zero);
    WitTrapException other = assertThrows(WitTrapException.class, () -> table.rep(F, 0, server));
    assertThat(other).hasMessageThat().isEqualTo("trap in " + F + ": unknown server handle 0");
    WitTrapException negative =
        assertThrows(WitTrapException.class, () -> table.drop(F, -1, router));
    assertThat(negative).hasMessageThat().contains("unknown router handle 4294967295");
    table.drop(F, 0, router);
    assertThat(zero.closed).isTrue();
    assertThrows(WitTrapException.class, () -> table.drop(F, 0, router));
  }

  @Test
  void borrowsLendAndClearClosesEveryTypesObjects() {
    HandleTableTest.Bucket r = new HandleTableTest.Bucket("r");
    HandleTableTest.Bucket s = new HandleTableTest.Bucket("s");
    int rh = table.addOwn(F, router, r);
    int sh = table.addOwn(F, server, s);
    try (CallScope scope = table.beginCall(F)) {
      assertThat(table.liftBorrow(F, rh, router, scope)).isSameInstanceAs(r);
      WitTrapException lent = assertThrows(WitTrapException.class, () -> table.drop(F, rh, router));
      assertThat(lent).hasMessageThat().contains("outstanding borrows");
    }
    assertThat(table.heldReps()).containsExactly(r, s);
    assertThat(table.clear(ResourceType::hostObjects)).isEqualTo(2);
    assertThat(r.closed).isTrue();
    assertThat(s.closed).isTrue();
    assertThat(table.size()).isEqualTo(0);
    assertThat(sh).isEqualTo(0);
  }

  @Test
  void aFailedLiftPutsOwnHandlesBackAtTheirIndex() {
    int a = add(router, "a");
    int b = add(router, "b");
    try (LiftTransaction lift = table.beginLift()) {
      table.liftOwn(F, a, router);
      assertThat(table.size()).isEqualTo(1);
    }
    assertThat(table.rep(F, a, router).name).isEqualTo("a");
    assertThat(table.rep(F, b, router).name).isEqualTo("b");
  }

  @Test
  void theFlavourChoosesTheTable() {
    assertThat(GuestAbi.WIT_BINDGEN_0_2.newHandleTable(null).addOwn(F, router, null)).isEqualTo(0);
    assertThat(GuestAbi.COMPONENT_MODEL.newHandleTable(null).addOwn(F, router, null)).isEqualTo(1);
  }
}
