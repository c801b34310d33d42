package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.Memory;
import io.witj.runtime.WitTrapException;
import org.junit.jupiter.api.Test;

/**
 * The per-call lift budget of {@link CanonContext}: aliased strings and lists read through one
 * context trap once they have read more than {@code 2 * memory size + 1 MiB}; a reset allows them
 * again; a context never reset has no budget. The Java heap lifting takes is charged against the
 * lift limit (64 MiB by default, configurable): element-wise lists by the estimate generated code
 * passes per element, before anything is allocated; strings and primitive arrays by their size.
 */
class LiftBudgetTest {
  private static final int PAGE = Memory.PAGE_SIZE;

  /** 1 page: budget 2 * 64 KiB + 1 MiB = 1 179 648 bytes, i.e. 18 full-memory strings. */
  private static CanonContext context() {
    Memory m = TestMemory.memory(1, 1);
    return CanonContext.builder(m).function("test:pkg/i#f").build();
  }

  @Test
  void aliasedStringsTrapOnceOverBudgetAndAResetAllowsThemAgain() {
    CanonContext cx = context();
    long budget = 2L * PAGE + (1 << 20);
    cx.resetLiftBudget();
    int lifted = 0;
    WitTrapException e = null;
    try {
      for (int k = 0; k < 100; k++) {
        StringCodec.lift(cx, 0, PAGE); // the whole memory, every time
        lifted++;
      }
    } catch (WitTrapException trap) {
      e = trap;
    }
    assertThat(e).isNotNull();
    assertThat(lifted).isEqualTo((int) (budget / PAGE)); // 18
    assertThat(e.function()).isEqualTo("test:pkg/i#f");
    assertThat(e)
        .hasMessageThat()
        .contains(
            "lifted values read "
                + (budget / PAGE + 1) * PAGE
                + " bytes of guest memory in one call, more than twice its size");
    assertThat(e).hasMessageThat().contains("(aliased pointers)");
    // exhausted until the next call
    assertThrows(WitTrapException.class, () -> StringCodec.lift(cx, 0, 1));

    cx.resetLiftBudget();
    for (int k = 0; k < budget / PAGE; k++) {
      assertThat(StringCodec.lift(cx, 0, PAGE)).hasLength(PAGE);
    }
  }

  @Test
  void listsAreChargedCountTimesElementSize() {
    CanonContext cx = context();
    cx.resetLiftBudget();
    for (int k = 0; k < 17; k++) {
      assertThat(ListCodec.liftLongs(cx, 0, PAGE / 8)).hasLength(PAGE / 8);
    }
    ListCodec.checkRange(cx, 0, 16, 8, 8); // element-wise lists are charged by their range check
    WitTrapException e =
        assertThrows(WitTrapException.class, () -> ListCodec.checkRange(cx, 0, PAGE / 8, 8, 8));
    assertThat(e).hasMessageThat().contains("aliased pointers");
  }

  @Test
  void legitimateLiftingStaysFarBelowTheBudget() {
    CanonContext cx = context();
    for (int call = 0; call < 50; call++) {
      cx.resetLiftBudget();
      ListCodec.checkRange(cx, 0, 4096, 8, 4); // a list<string> of 4096 elements...
      for (int k = 0; k < 4096; k++) {
        StringCodec.lift(cx, 32768 + 8 * k, 8); // ...each with its own 8 bytes
      }
    }
  }

  @Test
  void aContextNeverResetHasNoBudget() {
    CanonContext cx = context();
    for (int k = 0; k < 100; k++) {
      StringCodec.lift(cx, 0, PAGE);
    }
    CanonContext derived = cx.forFunction("g");
    cx.resetLiftBudget();
    for (int k = 0; k < 100; k++) {
      StringCodec.lift(derived, 0, PAGE); // budgets are per context
    }
  }

  @Test
  void elementObjectsAreChargedAgainstTheLiftLimitBeforeAllocating() {
    CanonContext cx = context();
    assertThat(cx.liftLimit()).isEqualTo(CanonContext.DEFAULT_LIFT_LIMIT);
    assertThat(CanonContext.DEFAULT_LIFT_LIMIT).isEqualTo(64L << 20);
    cx.resetLiftBudget();
    // 60 000 one-byte elements of 36 bytes each (an EnumSet and its slot): 2.1 MB, fine
    ListCodec.checkRange(cx, 0, 60_000, 1, 1, 36, "list<perms>");
    // 2^32 - 1 elements of an empty record: no guest memory, 4 bytes of heap each
    WitTrapException e =
        assertThrows(
            WitTrapException.class, () -> ListCodec.checkRange(cx, 0, -1, 0, 1, 4, "list<empty>"));
    assertThat(e.function()).isEqualTo("test:pkg/i#f");
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "trap in test:pkg/i#f: lifting a list<empty> of length 4294967295 would take about"
                + " 16383 MiB (17179869180 bytes) of Java heap (2 MiB (2160000 bytes) lifted before"
                + " it in this call), more than the lift limit of 64 MiB (67108864 bytes) per call"
                + " (liftLimit on the builder)");
  }

  @Test
  void theLiftLimitIsConfigurableAndCoversStringsAndArrays() {
    Memory m = TestMemory.memory(1, 1);
    CanonContext cx = CanonContext.builder(m).function("f").liftLimit(3 * PAGE).build();
    assertThat(cx.forFunction("g").liftLimit()).isEqualTo(3 * PAGE);
    cx.resetLiftBudget();
    StringCodec.lift(cx, 0, PAGE); // UTF-8: up to 2 Java bytes per byte
    ListCodec.liftBytes(cx, 0, PAGE / 2); // 1 copy
    WitTrapException e =
        assertThrows(WitTrapException.class, () -> ListCodec.liftInts(cx, 0, PAGE / 4));
    assertThat(e).hasMessageThat().contains("lifting a list<u32> of length 16384");
    assertThat(e).hasMessageThat().contains("lift limit of 196608 bytes per call");
    cx.resetLiftBudget();
    e = assertThrows(WitTrapException.class, () -> StringCodec.lift(cx, 0, 2 * PAGE));
    assertThat(e).hasMessageThat().contains("out of bounds"); // bounds first
    assertThrows(
        IllegalArgumentException.class, () -> CanonContext.builder(m).liftLimit(0).build());
  }
}
