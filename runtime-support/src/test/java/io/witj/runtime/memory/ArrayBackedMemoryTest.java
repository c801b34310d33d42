package io.witj.runtime.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wabt.Wat2Wasm;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** ArrayBackedMemory against the contract, compared operation by operation with ByteArrayMemory. */
class ArrayBackedMemoryTest {
  private final ArrayBackedMemory d = new ArrayBackedMemory(new MemoryLimits(1, 3));
  private final Memory b = new ByteArrayMemory(new MemoryLimits(1, 3));

  private void both(Consumer<Memory> op) {
    op.accept(d);
    op.accept(b);
  }

  private void assertSame() {
    assertThat(d.pages()).isEqualTo(b.pages());
    assertThat(d.readBytes(0, d.pages() * Memory.PAGE_SIZE))
        .isEqualTo(b.readBytes(0, b.pages() * Memory.PAGE_SIZE));
  }

  @Test
  void everyWidthLittleEndianAndSigned() {
    both(
        m -> {
          m.writeByte(1, (byte) 0x80);
          m.writeShort(2, (short) 0x8001);
          m.writeI32(4, 0x80000001);
          m.writeLong(8, 0x8000000000000001L);
          m.writeF32(16, -1.5f);
          m.writeF64(24, -2.25);
          m.writeF32(32, Float.intBitsToFloat(0x7fc00001));
        });
    assertSame();
    for (Memory m : List.of(d, b)) {
      assertThat(m.read(1)).isEqualTo((byte) 0x80);
      assertThat(m.readI8(1)).isEqualTo(-128L);
      assertThat(m.readU8(1)).isEqualTo(128L);
      assertThat(m.readShort(2)).isEqualTo((short) 0x8001);
      assertThat(m.readI16(2)).isEqualTo((long) (short) 0x8001);
      assertThat(m.readU16(2)).isEqualTo(0x8001L);
      assertThat(m.readInt(4)).isEqualTo(0x80000001);
      assertThat(m.readI32(4)).isEqualTo((long) 0x80000001);
      assertThat(m.readU32(4)).isEqualTo(0x80000001L);
      assertThat(m.readLong(8)).isEqualTo(0x8000000000000001L);
      assertThat(m.readI64(8)).isEqualTo(0x8000000000000001L);
      assertThat(m.readFloat(16)).isEqualTo(-1.5f);
      assertThat(m.readF32(16)).isEqualTo((long) Float.floatToRawIntBits(-1.5f));
      assertThat(m.readDouble(24)).isEqualTo(-2.25);
      assertThat(m.readF64(24)).isEqualTo(Double.doubleToRawLongBits(-2.25));
      assertThat(m.readInt(32)).isEqualTo(0x7fc00001);
      assertThat(m.readBytes(4, 4)).isEqualTo(new byte[] {1, 0, 0, (byte) 0x80});
    }
    assertThat(d.readF32(16)).isEqualTo(b.readF32(16));
  }

  @Test
  void outOfBoundsTrapsLikeChicory() {
    int end = Memory.PAGE_SIZE;
    List<Consumer<Memory>> ops =
        List.of(
            m -> m.read(end),
            m -> m.read(-1),
            m -> m.readShort(end - 1),
            m -> m.readInt(end - 3),
            m -> m.readLong(end - 7),
            m -> m.readFloat(end - 2),
            m -> m.readDouble(end - 4),
            m -> m.readU16(end - 1),
            m -> m.readF32(end - 1),
            m -> m.readF64(end - 1),
            m -> m.writeByte(end, (byte) 1),
            m -> m.writeShort(end - 1, (short) 1),
            m -> m.writeI32(end - 3, 1),
            m -> m.writeLong(end - 7, 1),
            m -> m.writeF32(end - 3, 1),
            m -> m.writeF64(end - 7, 1),
            m -> m.readBytes(end - 1, 2),
            m -> m.readBytes(-4, 2),
            m -> m.write(end - 1, new byte[2], 0, 2),
            m -> m.fill((byte) 1, end - 1, end + 1),
            m -> m.copy(end - 1, 0, 2),
            m -> m.copy(0, end - 1, 2));
    for (Consumer<Memory> op : ops) {
      WasmRuntimeException ed = assertThrows(WasmRuntimeException.class, () -> op.accept(d));
      WasmRuntimeException eb = assertThrows(WasmRuntimeException.class, () -> op.accept(b));
      assertThat(ed).hasMessageThat().startsWith("out of bounds memory access");
      assertThat(eb).hasMessageThat().startsWith("out of bounds memory access");
    }
    // in bounds at the very end
    both(m -> m.writeLong(end - 8, -1));
    both(m -> m.readBytes(end, 0));
    assertSame();
  }

  @Test
  void growRespectsMaximumAndKeepsContents() {
    both(m -> m.writeI32(100, 42));
    assertThat(d.grow(0)).isEqualTo(1);
    assertThat(d.grow(1)).isEqualTo(1);
    assertThat(b.grow(1)).isEqualTo(1);
    assertThat(d.grow(2)).isEqualTo(-1);
    assertThat(b.grow(2)).isEqualTo(-1);
    assertThat(d.grow(1)).isEqualTo(2);
    assertThat(b.grow(1)).isEqualTo(2);
    assertThat(d.pages()).isEqualTo(3);
    assertThat(d.grow(1)).isEqualTo(-1);
    assertThat(d.readInt(100)).isEqualTo(42);
    both(m -> m.writeLong(3 * Memory.PAGE_SIZE - 8, 7));
    assertSame();
    assertThat(d.initialPages()).isEqualTo(1);
    assertThat(d.maximumPages()).isEqualTo(3);
    assertThat(new ArrayBackedMemory(new MemoryLimits(0)).maximumPages())
        .isEqualTo(new ByteArrayMemory(new MemoryLimits(0)).maximumPages());
  }

  @Test
  void fillCopyOverlapAndZero() {
    both(
        m -> {
          for (int i = 0; i < 64; i++) {
            m.writeByte(i, (byte) i);
          }
          m.copy(8, 0, 32); // forward overlap
          m.copy(100, 120, 16);
          m.copy(110, 100, 20); // both overlaps
          m.fill((byte) 0x5a, 200, 300);
          m.fill((byte) 1, 5, 5);
        });
    assertSame();
    assertThat(d.read(8 + 31)).isEqualTo((byte) 31);
    both(Memory::zero);
    assertSame();
  }

  private static Instance instance(String wat) {
    return Instance.builder(Parser.parse(Wat2Wasm.parse(wat)))
        .withMemoryFactory(ArrayBackedMemory::new)
        .build();
  }

  @Test
  void dataSegmentsInitDropAndGuestMemoryOps() {
    Instance i =
        instance(
            "(module (memory (export \"memory\") 1 2)"
                + " (data (i32.const 4) \"abcd\")"
                + " (data (i32.const 16) \"xy\")"
                + " (data $p \"PASSIVE\")"
                + " (func (export \"init\") (param i32 i32 i32) (memory.init $p (local.get 0) (local.get 1) (local.get 2)))"
                + " (func (export \"drop\") (data.drop $p))"
                + " (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0)))"
                + " (func (export \"fill\") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))"
                + " (func (export \"copy\") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))"
                + " (func (export \"ld\") (param i32) (result i64) (i64.load16_s (local.get 0)))"
                + " (func (export \"st\") (param i32 i64) (i64.store32 (local.get 0) (local.get 1))))");
    Memory m = i.memory();
    assertThat(m).isInstanceOf(ArrayBackedMemory.class);
    assertThat(new String(m.readBytes(4, 4))).isEqualTo("abcd");
    assertThat(new String(m.readBytes(16, 2))).isEqualTo("xy");
    i.export("init").apply(32, 1, 5);
    assertThat(new String(m.readBytes(32, 5))).isEqualTo("ASSIV");
    assertThrows(WasmRuntimeException.class, () -> i.export("init").apply(32, 5, 5));
    i.export("drop").apply();
    i.export("init").apply(32, 0, 0);
    assertThrows(WasmRuntimeException.class, () -> i.export("init").apply(32, 0, 1));
    i.export("fill").apply(40, 0x41, 3);
    assertThat(new String(m.readBytes(40, 3))).isEqualTo("AAA");
    i.export("copy").apply(41, 40, 4);
    assertThat(m.read(44)).isEqualTo((byte) 0);
    assertThrows(WasmRuntimeException.class, () -> i.export("fill").apply(65530, 0, 7));
    i.export("st").apply(64, 0x1_8000_fffeL);
    assertThat(m.readInt(64)).isEqualTo(0x8000fffe);
    assertThat(i.export("ld").apply(64)[0]).isEqualTo(-2L);
    assertThrows(WasmRuntimeException.class, () -> i.export("ld").apply(65535));
    assertThat(i.export("grow").apply(1)[0]).isEqualTo(1L);
    assertThat(i.export("grow").apply(1)[0]).isEqualTo(-1L);
    assertThat(i.export("ld").apply(65536 * 2 - 2)[0]).isEqualTo(0L);
    assertThat(((ArrayBackedMemory) m).array().length).isEqualTo(2 * Memory.PAGE_SIZE);
  }

  @Test
  void capacityDoublesSoPageByPageGrowthCopiesRarely() {
    ArrayBackedMemory m = new ArrayBackedMemory(new MemoryLimits(1, 8));
    int copies = 0;
    for (int pages = 2; pages <= 8; pages++) {
      byte[] before = m.array();
      m.writeByte(Memory.bytes(pages - 1) - 1, (byte) pages);
      assertThat(m.grow(1)).isEqualTo(pages - 1);
      if (m.array() != before) {
        copies++;
      }
      assertThat(m.read(Memory.bytes(pages - 1) - 1)).isEqualTo((byte) pages);
    }
    assertThat(copies).isEqualTo(3); // 1 -> 2, 2 -> 4, 4 -> 8 pages
    assertThat(m.array().length).isEqualTo(Memory.bytes(8));
    assertThat(m.grow(1)).isEqualTo(-1);
  }

  @Test
  void bulkAccessesAreCheckedAgainstTheExactSize() {
    ArrayBackedMemory m = new ArrayBackedMemory(new MemoryLimits(1, 8));
    m.grow(1);
    m.grow(1); // 3 pages in an array of 4
    int end = Memory.bytes(3);
    assertThat(m.array().length).isGreaterThan(end);
    m.write(end - 2, new byte[] {1, 2}, 0, 2);
    assertThat(m.readBytes(end - 2, 2)).isEqualTo(new byte[] {1, 2});
    for (Consumer<Memory> op :
        List.<Consumer<Memory>>of(
            x -> x.readBytes(end - 1, 2), x -> x.write(end, new byte[1], 0, 1),
            x -> x.fill((byte) 1, end - 1, end + 1), x -> x.copy(end - 1, 0, 2),
            x -> x.copy(0, end - 1, 2), x -> x.readBytes(Integer.MAX_VALUE, Integer.MAX_VALUE))) {
      WasmRuntimeException e = assertThrows(WasmRuntimeException.class, () -> op.accept(m));
      assertThat(e).hasMessageThat().contains("but limit is: " + end);
    }
  }

  @Test
  void scalarAccessesPastTheSizeBehaveAsChicorysByteArrayMemory() {
    Memory chicory = new ByteArrayMemory(new MemoryLimits(1, 8));
    Memory ours = new ArrayBackedMemory(new MemoryLimits(1, 8));
    for (Memory m : List.of(chicory, ours)) {
      m.grow(1);
      m.grow(1); // 3 pages, capacity 4
      m.writeI32(Memory.bytes(3) + 16, 7); // slack: no trap in either
      assertThat(m.readInt(Memory.bytes(3) + 16)).isEqualTo(7);
      assertThrows(WasmRuntimeException.class, () -> m.readInt(Memory.bytes(4) - 2));
      assertThrows(WasmRuntimeException.class, () -> m.writeLong(-1, 0));
    }
  }

  @Test
  void sharedMemoriesAreRefusedWithAClearMessage() {
    var e =
        assertThrows(
            com.dylibso.chicory.wasm.ChicoryException.class,
            () -> new ArrayBackedMemory(new MemoryLimits(1, 2, true)));
    assertThat(e).hasMessageThat().contains("does not support shared memories");
  }

  @Test
  void waitOnAnUnsharedMemoryIsRefusedAndNotifyWakesNobody() {
    assertThrows(com.dylibso.chicory.wasm.ChicoryException.class, () -> d.waitOn(0, 0, 1));
    assertThrows(com.dylibso.chicory.wasm.ChicoryException.class, () -> d.waitOn(0, 0L, 1));
    assertThat(d.notify(0, 1)).isEqualTo(0);
  }
}
