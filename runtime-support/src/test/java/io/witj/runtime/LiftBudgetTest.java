package io.witj.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.Memory;
import org.junit.jupiter.api.Test;

/**
 * The per-call lift budget of {@link CanonContext}: aliased strings and lists read through one
 * context trap once they have read more than {@code 2 * memory size + 1 MiB}; a reset allows them
 * again; a context never reset has no budget.
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
}
