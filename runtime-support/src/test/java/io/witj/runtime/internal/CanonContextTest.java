package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.TrapException;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.WitTrapException;
import org.junit.jupiter.api.Test;

class CanonContextTest {
  private final Memory memory = TestMemory.memory(1, 16);
  private final CanonContext cx =
      TestMemory.context(memory, new BumpAllocator(memory, 8), StringEncoding.UTF8);

  @Test
  void primitivesRoundTripLittleEndianTwosComplement() {
    cx.storeBool(0, true);
    cx.storeByte(1, (byte) -1);
    cx.storeShort(2, (short) 0xBEEF);
    cx.storeInt(4, 0xFFFF_FFFF);
    cx.storeLong(8, Long.MIN_VALUE);
    cx.storeFloat(16, -0.0f);
    cx.storeDouble(24, Double.MIN_VALUE);
    cx.storeChar(32, 0x1F600);
    assertThat(cx.loadBool(0)).isTrue();
    assertThat(cx.loadByte(1)).isEqualTo((byte) -1);
    assertThat(cx.loadU8(1)).isEqualTo(255);
    assertThat(cx.loadShort(2)).isEqualTo((short) 0xBEEF);
    assertThat(cx.loadU16(2)).isEqualTo(0xBEEF);
    assertThat(cx.loadInt(4)).isEqualTo(-1);
    assertThat(cx.loadLong(8)).isEqualTo(Long.MIN_VALUE);
    assertThat(Float.floatToRawIntBits(cx.loadFloat(16))).isEqualTo(0x8000_0000);
    assertThat(cx.loadDouble(24)).isEqualTo(Double.MIN_VALUE);
    assertThat(cx.loadChar(32)).isEqualTo(0x1F600);
    assertThat(memory.readBytes(2, 2)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBE});
  }

  @Test
  void boolIsAnyNonZeroByte() {
    memory.writeByte(0, (byte) 0x80);
    memory.writeByte(1, (byte) 0);
    assertThat(cx.loadBool(0)).isTrue();
    assertThat(cx.loadBool(1)).isFalse();
  }

  @Test
  void nanIsCanonicalizedOnStoreAndLoad() {
    cx.storeFloat(0, Float.intBitsToFloat(0x7fa0_0001));
    cx.storeDouble(8, Double.longBitsToDouble(0xfff0_0000_0000_0001L));
    assertThat(memory.readInt(0)).isEqualTo(0x7fc0_0000);
    assertThat(memory.readLong(8)).isEqualTo(0x7ff8_0000_0000_0000L);
    memory.writeI32(16, 0xffc0_1234);
    memory.writeLong(24, 0x7ff0_0000_0000_0042L);
    assertThat(Float.floatToRawIntBits(cx.loadFloat(16))).isEqualTo(0x7fc0_0000);
    assertThat(Double.doubleToRawLongBits(cx.loadDouble(24))).isEqualTo(0x7ff8_0000_0000_0000L);
  }

  @Test
  void charChecks() {
    assertThat(cx.liftChar(0xD7FF)).isEqualTo(0xD7FF);
    assertThat(cx.liftChar(0xE000)).isEqualTo(0xE000);
    assertThat(cx.liftChar(0x10FFFF)).isEqualTo(0x10FFFF);
    WitTrapException surrogate = assertThrows(WitTrapException.class, () -> cx.liftChar(0xD800));
    assertThat(surrogate)
        .hasMessageThat()
        .isEqualTo("trap in test:pkg/i#f: char value 0xd800 is a surrogate");
    assertThrows(WitTrapException.class, () -> cx.liftChar(0xDFFF));
    WitTrapException big = assertThrows(WitTrapException.class, () -> cx.liftChar(0x110000));
    assertThat(big).hasMessageThat().contains("char value 0x110000 is not a Unicode scalar value");
    assertThrows(WitTrapException.class, () -> cx.liftChar(-1));
    memory.writeI32(0, 0xDC00);
    assertThrows(WitTrapException.class, () -> cx.loadChar(0));
    assertThrows(IllegalArgumentException.class, () -> cx.storeChar(0, 0xD800));
    assertThrows(IllegalArgumentException.class, () -> cx.lowerChar(0x110000));
  }

  @Test
  void rangeCheckUsesUnsignedLongArithmetic() {
    cx.checkRange(65536 - 32, 32, "string");
    cx.checkRange(65536, 0, "string");
    WitTrapException e =
        assertThrows(WitTrapException.class, () -> cx.checkRange(0xFFFF_FFF0, 0x20, "string"));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "trap in test:pkg/i#f: string pointer 0xfffffff0"
                + " + length 32 out of bounds (memory size 65536)");
    assertThat(e.function()).isEqualTo("test:pkg/i#f");
    assertThrows(WitTrapException.class, () -> cx.checkRange(65536 - 31, 32, "string"));
  }

  @Test
  void alignmentCheck() {
    cx.checkAligned(8, 8, "list");
    WitTrapException e = assertThrows(WitTrapException.class, () -> cx.checkAligned(6, 4, "list"));
    assertThat(e).hasMessageThat().endsWith("list pointer 0x00000006 is not 4-byte aligned");
  }

  @Test
  void primitiveAccessOutOfBoundsTrapsInsteadOfChicoryException() {
    WitTrapException e = assertThrows(WitTrapException.class, () -> cx.loadInt(65534));
    assertThat(e)
        .hasMessageThat()
        .endsWith("access of 4 bytes at 0x0000fffe out of bounds (memory size 65536)");
    assertThrows(WitTrapException.class, () -> cx.loadLong(-4));
    assertThrows(WitTrapException.class, () -> cx.storeByte(65536, (byte) 1));
    assertThrows(WitTrapException.class, () -> cx.storePtrLen(65532, 0));
  }

  @Test
  void discriminantRange() {
    assertThat(cx.checkDiscriminant(2, 3, "variant v")).isEqualTo(2);
    WitTrapException e =
        assertThrows(WitTrapException.class, () -> cx.checkDiscriminant(3, 3, "variant v"));
    assertThat(e).hasMessageThat().endsWith("variant v discriminant 3 out of range (3 cases)");
    assertThrows(WitTrapException.class, () -> cx.checkDiscriminant(-1, 3, "enum e"));
    assertThrows(WitTrapException.class, () -> cx.checkDiscriminant(2, 2, "option"));
    memory.writeByte(0, (byte) 0xFF);
    WitTrapException u8 =
        assertThrows(WitTrapException.class, () -> cx.checkDiscriminant(cx.loadU8(0), 2, "result"));
    assertThat(u8).hasMessageThat().contains("discriminant 255 out of range");
  }

  @Test
  void flags() {
    assertThat(CanonContext.maskFlags(0b101, 3)).isEqualTo(0b101);
    assertThat(CanonContext.maskFlags(-1, 32)).isEqualTo(-1);
    assertThat(CanonContext.maskFlags(0b1101, 3)).isEqualTo(0b101);
    assertThat(CanonContext.maskFlags(-1, 1)).isEqualTo(1);
    assertThrows(IllegalArgumentException.class, () -> CanonContext.maskFlags(0, 33));
  }

  @Test
  void reallocResultIsChecked() {
    CanonContext misaligned = TestMemory.context(memory, (p, o, a, n) -> 6, StringEncoding.UTF8);
    WitTrapException e = assertThrows(WitTrapException.class, () -> misaligned.allocate(4, 8));
    assertThat(e).hasMessageThat().endsWith("cabi_realloc returned 0x00000006, not 4-byte aligned");

    CanonContext outside = TestMemory.context(memory, (p, o, a, n) -> 65528, StringEncoding.UTF8);
    assertThat(outside.allocate(8, 8)).isEqualTo(65528);
    WitTrapException oob = assertThrows(WitTrapException.class, () -> outside.allocate(8, 16));
    assertThat(oob)
        .hasMessageThat()
        .endsWith(
            "cabi_realloc returned 0x0000fff8 for 16 bytes, out of bounds (memory size 65536)");

    CanonContext wrapping =
        TestMemory.context(memory, (p, o, a, n) -> 0xFFFF_FFF0, StringEncoding.UTF8);
    assertThrows(WitTrapException.class, () -> wrapping.allocate(1, 0x20));
  }

  @Test
  void reallocSeesMemoryGrowth() {
    CanonContext growing =
        TestMemory.context(
            memory,
            (p, o, a, n) -> {
              memory.grow(1);
              return 65536;
            },
            StringEncoding.UTF8);
    assertThat(growing.allocate(8, 100)).isEqualTo(65536);
    assertThat(growing.memorySize()).isEqualTo(2 * 65536L);
  }

  @Test
  void reallocTrapAndMissingAllocatorAndOversizeAreTraps() {
    CanonContext trapping =
        TestMemory.context(
            memory,
            (p, o, a, n) -> {
              throw new TrapException("unreachable");
            },
            StringEncoding.UTF8);
    WitTrapException e = assertThrows(WitTrapException.class, () -> trapping.allocate(1, 4));
    assertThat(e)
        .hasMessageThat()
        .contains("cabi_realloc(0x00000000, 0, 1, 4) trapped: unreachable");

    CanonContext none = CanonContext.builder(memory).function("f").build();
    WitTrapException missing = assertThrows(WitTrapException.class, () -> none.allocate(1, 1));
    assertThat(missing).hasMessageThat().contains("exports no cabi_realloc");

    assertThrows(WitTrapException.class, () -> cx.allocate(1, 1L << 32));
  }

  @Test
  void forFunctionRenamesOnlyTheContext() {
    CanonContext other = cx.forFunction("wasi:http/types#[method]fields.get");
    assertThat(other.memory()).isSameInstanceAs(memory);
    assertThat(other.encoding()).isEqualTo(StringEncoding.UTF8);
    WitTrapException e = assertThrows(WitTrapException.class, () -> other.liftChar(0xD800));
    assertThat(e).hasMessageThat().startsWith("trap in wasi:http/types#[method]fields.get: ");
    assertThat(cx.function()).isEqualTo("test:pkg/i#f");
  }
}
