package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wabt.Wat2Wasm;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.WitTrapException;
import io.witj.runtime.memory.ArrayBackedMemory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** runtime-support against real guests compiled from WAT and run by Chicory. */
class GuestWasmTest {
  private static final String GUEST =
      """
      (module
        (import "host" "check-char" (func $check (param i32)))
        (memory (export "memory") 1)
        (global $heap (mut i32) (i32.const 1024))
        (global $inits (mut i32) (i32.const 0))
        (global $posts (mut i32) (i32.const 0))
        (data (i32.const 16) "hello from wasm")
        (func (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32)
            (param $new_size i32) (result i32)
          (local $ret i32)
          (if (i32.and (i32.ne (local.get $old) (i32.const 0))
                       (i32.lt_u (local.get $new_size) (local.get $old_size)))
            (then (return (local.get $old))))
          (local.set $ret (i32.and
            (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
            (i32.sub (i32.const 0) (local.get $align))))
          (global.set $heap (i32.add (local.get $ret) (local.get $new_size)))
          (memory.copy (local.get $ret) (local.get $old) (local.get $old_size))
          (local.get $ret))
        (func (export "_initialize")
          (global.set $inits (i32.add (global.get $inits) (i32.const 1))))
        (func (export "inits") (result i32) (global.get $inits))
        (func (export "posts") (result i32) (global.get $posts))
        (func (export "test:g/api#greet") (result i32)
          (i32.store (i32.const 32) (i32.const 16))
          (i32.store (i32.const 36) (i32.const 15))
          (i32.const 32))
        (func (export "cabi_post_test:g/api#greet") (param i32)
          (global.set $posts (i32.add (global.get $posts) (i32.const 1))))
        (func (export "test:g/api#utf8-len") (param i32 i32) (result i32) (local.get 1))
        (func (export "test:g/api#first-byte") (param i32 i32) (result i32)
          (i32.load8_u (local.get 0)))
        (func (export "test:g/api#boom") (unreachable))
        (func (export "test:g/api#call-host") (param i32) (call $check (local.get 0))))
      """;

  private static Instance instantiate(String wat, ImportValues imports) {
    Instance.Builder b =
        Instance.builder(Parser.parse(Wat2Wasm.parse(wat))).withImportValues(imports);
    if (TestMemory.ARRAY_BACKED) {
      b.withMemoryFactory(ArrayBackedMemory::new);
    }
    return b.build();
  }

  private static Instance guest() {
    HostFunction check =
        new HostFunction(
            "host",
            "check-char",
            FunctionType.of(List.of(ValType.I32), List.of()),
            (inst, args) -> {
              CanonContext.of(inst, StringEncoding.UTF8)
                  .forFunction("host#check-char")
                  .liftChar((int) args[0]);
              return null;
            });
    return instantiate(GUEST, ImportValues.builder().addFunction(check).build());
  }

  @Test
  void initializeRunsOnceAndChicoryDoesNotRunItItself() {
    Instance inst = guest();
    GuestExports exports = GuestExports.of(inst);
    assertThat(exports.function("inits").call()[0]).isEqualTo(0);
    exports.initialize();
    exports.initialize();
    assertThat(exports.function("inits").call()[0]).isEqualTo(1);
  }

  @Test
  void liftedResultsAreReadBeforePostReturn() {
    Instance inst = guest();
    GuestExports exports = GuestExports.of(inst);
    CanonContext cx = CanonContext.of(inst, StringEncoding.UTF8).forFunction("test:g/api#greet");
    GuestFunction greet = exports.function("test:g/api#greet");
    assertThat(greet.hasPostReturn()).isTrue();
    String s =
        greet.callAndLift(
            r -> {
              assertThat(exports.function("posts").call()[0]).isEqualTo(0);
              return StringCodec.load(cx, (int) r[0]);
            });
    assertThat(s).isEqualTo("hello from wasm");
    assertThat(exports.function("posts").call()[0]).isEqualTo(1);
    assertThat(exports.function("posts").hasPostReturn()).isFalse();
  }

  @Test
  void loweringUsesTheGuestAllocator() {
    Instance inst = guest();
    CanonContext cx = CanonContext.of(inst, StringEncoding.UTF8).forFunction("test:g/api#utf8-len");
    long pl = StringCodec.lower(cx, "h\u00e9llo");
    assertThat(PtrLen.ptr(pl)).isEqualTo(1024);
    GuestFunction len = GuestExports.of(inst).function("test:g/api#utf8-len");
    assertThat(len.call(PtrLen.ptr(pl), PtrLen.len(pl))[0]).isEqualTo(6);
    long bytes = ListCodec.lowerInts(cx, new int[] {0x2A, 0});
    assertThat(PtrLen.ptr(bytes)).isEqualTo(1032); // 1030 aligned to 4
    GuestFunction first = GuestExports.of(inst).function("test:g/api#first-byte");
    assertThat(first.call(PtrLen.ptr(bytes), PtrLen.len(bytes))[0]).isEqualTo(0x2A);

    CanonContext utf16 =
        CanonContext.builder(inst.memory())
            .realloc(GuestRealloc.of(inst))
            .encoding(StringEncoding.UTF16)
            .stringLowering(StringLowering.SPEC_UTF8_SOURCE)
            .build();
    long s16 = StringCodec.lower(utf16, "\u00e9\u00e9"); // alloc 8, shrink to 4 in place
    assertThat(StringCodec.lift(utf16, PtrLen.ptr(s16), PtrLen.len(s16))).isEqualTo("\u00e9\u00e9");
  }

  @Test
  void guestTrapBecomesWitTrapException() {
    GuestFunction boom = GuestExports.of(guest()).function("test:g/api#boom");
    WitTrapException e = assertThrows(WitTrapException.class, boom::call);
    assertThat(e).hasMessageThat().startsWith("trap in test:g/api#boom: guest trapped: ");
    assertThat(e.function()).isEqualTo("test:g/api#boom");
  }

  @Test
  void trapRaisedInAHostImportReachesTheHostUnchanged() {
    GuestFunction callHost = GuestExports.of(guest()).function("test:g/api#call-host");
    callHost.call(0x41);
    WitTrapException e = assertThrows(WitTrapException.class, () -> callHost.call(0xD800));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("trap in host#check-char: char value 0xd800 is a surrogate");
  }

  @Test
  void missingExportsAreReported() {
    Instance inst = guest();
    GuestLoadException e =
        assertThrows(
            GuestLoadException.class, () -> GuestExports.of(inst).function("test:g/api#nope"));
    assertThat(e).hasMessageThat().isEqualTo("the guest does not export test:g/api#nope");
    Instance bare = instantiate("(module (memory (export \"memory\") 1))", ImportValues.empty());
    GuestExports.of(bare).initialize(); // no _initialize: nothing to do
    CanonContext cx = CanonContext.of(bare, StringEncoding.UTF8);
    assertThrows(WitTrapException.class, () -> StringCodec.lower(cx, "x"));
    assertThat(assertThrows(GuestLoadException.class, () -> GuestRealloc.of(bare)))
        .hasMessageThat()
        .isEqualTo("the guest does not export cabi_realloc");
  }

  @Test
  void badGuestAllocatorsTrap() {
    Instance misaligned =
        instantiate(
            """
        (module (memory (export "memory") 1)
          (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32) (i32.const 3)))
        """,
            ImportValues.empty());
    CanonContext cx = CanonContext.of(misaligned, StringEncoding.UTF16).forFunction("f");
    WitTrapException e = assertThrows(WitTrapException.class, () -> StringCodec.lower(cx, "hi"));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("trap in f: cabi_realloc returned 0x00000003, not 2-byte aligned");

    Instance outside =
        instantiate(
            """
        (module (memory (export "memory") 1)
          (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32) (i32.const -16)))
        """,
            ImportValues.empty());
    CanonContext ocx = CanonContext.of(outside, StringEncoding.UTF8).forFunction("f");
    WitTrapException oob =
        assertThrows(WitTrapException.class, () -> ListCodec.lowerBytes(ocx, new byte[32]));
    assertThat(oob)
        .hasMessageThat()
        .isEqualTo(
            "trap in f: cabi_realloc returned 0xfffffff0 for 32 bytes, out of bounds (memory size 65536)");

    Instance trapping =
        instantiate(
            """
        (module (memory (export "memory") 1)
          (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32) (unreachable)))
        """,
            ImportValues.empty());
    CanonContext tcx = CanonContext.of(trapping, StringEncoding.UTF8).forFunction("f");
    WitTrapException t = assertThrows(WitTrapException.class, () -> StringCodec.lower(tcx, "x"));
    assertThat(t)
        .hasMessageThat()
        .startsWith("trap in f: cabi_realloc(0x00000000, 0, 1, 1) trapped: ");

    Instance wrongType =
        instantiate(
            """
        (module (memory (export "memory") 1)
          (func (export "cabi_realloc") (param i32) (result i32) (i32.const 8)))
        """,
            ImportValues.empty());
    GuestLoadException w = assertThrows(GuestLoadException.class, () -> GuestRealloc.of(wrongType));
    assertThat(w)
        .hasMessageThat()
        .isEqualTo(
            "the guest exports cabi_realloc with core type (param i32) (result i32), expected"
                + " (param i32 i32 i32 i32) (result i32)");
  }
}
