package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wabt.Wat2Wasm;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.WitTrapException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run-time side of {@link GuestAbi#WIT_BINDGEN_0_2} against a WAT guest: the allocator and free
 * exports of that flavour, no post-return, exports bound under run-time names with their core type
 * checked, the entry point {@code main}.
 */
class WitBindgen02GuestTest {
  private static final String GUEST =
      """
      (module
        (memory (export "memory") 1)
        (global $heap (mut i32) (i32.const 1024))
        (global $frees (mut i32) (i32.const 0))
        (global $posts (mut i32) (i32.const 0))
        (func (export "canonical_abi_realloc") (param i32 i32 i32 i32) (result i32)
          (local $ret i32)
          (local.set $ret (global.get $heap))
          (global.set $heap (i32.add (global.get $heap) (local.get 3)))
          (local.get $ret))
        ;; logs (ptr, size, align) at 512 + 12 * n
        (func (export "canonical_abi_free") (param i32 i32 i32)
          (local $at i32)
          (local.set $at (i32.add (i32.const 512) (i32.mul (global.get $frees) (i32.const 12))))
          (i32.store (local.get $at) (local.get 0))
          (i32.store offset=4 (local.get $at) (local.get 1))
          (i32.store offset=8 (local.get $at) (local.get 2))
          (global.set $frees (i32.add (global.get $frees) (i32.const 1))))
        (func (export "frees") (result i32) (global.get $frees))
        (func (export "posts") (result i32) (global.get $posts))
        (func (export "main") (param i32 i32) (result i32)
          (i32.add (i32.const 40) (i32.add (local.get 0) (local.get 1))))
        (func (export "handle-x") (param i32) (result i32) (local.get 0))
        (func (export "cabi_post_handle-x") (param i32)
          (global.set $posts (i32.add (global.get $posts) (i32.const 1))))
        (func (export "boom") (param i32 i32) (result i32) (unreachable)))
      """;

  private static final class ProgramGuest extends GuestInstance {
    ProgramGuest() {
      super(StringEncoding.UTF8, CanonContext.DEFAULT_LIFT_LIMIT, GuestAbi.WIT_BINDGEN_0_2);
    }
  }

  private static ProgramGuest bound(String wat) {
    ProgramGuest guest = new ProgramGuest();
    Instance instance =
        Instance.builder(Parser.parse(Wat2Wasm.parse(wat)))
            .withImportValues(ImportValues.builder().build())
            .build();
    guest.bind(instance, List.of());
    return guest;
  }

  @Test
  void mainIsCalledWithNoArguments() {
    assertThat(bound(GUEST).main()).isEqualTo(40);
  }

  @Test
  void exportsBoundAtRunTimeAreCheckedAndHaveNoPostReturn() {
    ProgramGuest guest = bound(GUEST);
    GuestFunction x =
        guest.function("handle-x", FunctionType.of(List.of(ValType.I32), List.of(ValType.I32)));
    assertThat(x.hasPostReturn()).isFalse();
    assertThat(x.call(7)[0]).isEqualTo(7);
    x.postReturn(new long[] {7});
    assertThat(guest.instance().export("posts").apply()[0]).isEqualTo(0);
    GuestLoadException wrong =
        assertThrows(
            GuestLoadException.class,
            () ->
                guest.function(
                    "main", FunctionType.of(List.of(ValType.I32), List.of(ValType.I32))));
    assertThat(wrong)
        .hasMessageThat()
        .isEqualTo(
            "the guest exports main with core type (param i32 i32) (result i32), the world needs"
                + " (param i32) (result i32)");
    GuestLoadException missing =
        assertThrows(
            GuestLoadException.class,
            () -> guest.function("nope", FunctionType.of(List.of(), List.of())));
    assertThat(missing).hasMessageThat().isEqualTo("the guest does not export nope");
  }

  @Test
  void blocksAreFreedInOrderAndEmptyOnesSkipped() {
    ProgramGuest guest = bound(GUEST);
    GuestBlocks blocks = new GuestBlocks();
    blocks.add(2000, 5, 1, 1);
    blocks.add(3000, 0, 16, 4);
    for (int i = 0; i < 10; i++) {
      blocks.add(4000 + 16 * i, 2, 8, 4);
    }
    guest.free(blocks);
    var memory = guest.instance().memory();
    assertThat(guest.instance().export("frees").apply()[0]).isEqualTo(11);
    assertThat(List.of(memory.readInt(512), memory.readInt(516), memory.readInt(520)))
        .containsExactly(2000, 5, 1)
        .inOrder();
    assertThat(List.of(memory.readInt(524), memory.readInt(528), memory.readInt(532)))
        .containsExactly(4000, 16, 4)
        .inOrder();
  }

  @Test
  void theAllocatorIsTheFlavours() {
    CanonContext cx = bound(GUEST).context("f");
    assertThat(cx.allocate(1, 10)).isEqualTo(1024);
    assertThat(cx.allocate(1, 10)).isEqualTo(1034);
  }

  @Test
  void aGuestWithoutTheFlavoursAllocatorOrFreeIsRejected() {
    String wat =
        "(module (memory (export \"memory\") 1) (func (export \"main\") (param i32 i32) (result"
            + " i32) (i32.const 0)))";
    ProgramGuest guest = new ProgramGuest();
    Instance instance =
        Instance.builder(Parser.parse(Wat2Wasm.parse(wat)))
            .withImportValues(ImportValues.builder().build())
            .build();
    GuestLoadException e =
        assertThrows(GuestLoadException.class, () -> guest.bind(instance, List.of()));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "the guest does not export what the world needs: canonical_abi_realloc,"
                + " canonical_abi_free");
  }

  @Test
  void aTrapInFreeNamesItAndKillsTheInstance() {
    String wat = GUEST.replace("(local.set $at (i32.add", "(unreachable) (local.set $at (i32.add");
    ProgramGuest guest = bound(wat);
    GuestBlocks blocks = new GuestBlocks();
    blocks.add(2000, 1, 1, 1);
    WitTrapException e = assertThrows(WitTrapException.class, () -> guest.free(blocks));
    assertThat(e).hasMessageThat().startsWith("trap in canonical_abi_free: guest trapped: ");
    assertThrows(WitTrapException.class, () -> guest.main());
  }
}
