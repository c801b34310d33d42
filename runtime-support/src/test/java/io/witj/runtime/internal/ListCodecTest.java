package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.dylibso.chicory.runtime.Memory;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.WitTrapException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListCodecTest {
  private final Memory memory = TestMemory.memory(1, 64);
  private final BumpAllocator alloc = new BumpAllocator(memory, 8);
  private final CanonContext cx = TestMemory.context(memory, alloc, StringEncoding.UTF8);

  private static int ptr(long pl) {
    return PtrLen.ptr(pl);
  }

  private static int len(long pl) {
    return PtrLen.len(pl);
  }

  @Test
  void bytesRoundTripAndLayout() {
    byte[] v = {1, -1, 0, 127, -128};
    long pl = ListCodec.lowerBytes(cx, v);
    assertThat(len(pl)).isEqualTo(5);
    assertThat(memory.readBytes(ptr(pl), 5)).isEqualTo(v);
    assertThat(ListCodec.liftBytes(cx, ptr(pl), len(pl))).isEqualTo(v);
    assertThat(alloc.calls).containsExactly(List.of(0, 0, 1, 5));
  }

  @Test
  void wideIntegersAreLittleEndianAndAligned() {
    long ps = ListCodec.lowerShorts(cx, new short[] {1, (short) 0xFFFE});
    assertThat(ptr(ps) % 2).isEqualTo(0);
    assertThat(TestMemory.hex(memory.readBytes(ptr(ps), 4))).isEqualTo("0100feff");
    assertThat(ListCodec.liftShorts(cx, ptr(ps), 2)).isEqualTo(new short[] {1, (short) 0xFFFE});

    int[] ints = {0, -1, Integer.MIN_VALUE, 0x12345678};
    long pi = ListCodec.lowerInts(cx, ints);
    assertThat(ptr(pi) % 4).isEqualTo(0);
    assertThat(TestMemory.hex(memory.readBytes(ptr(pi) + 12, 4))).isEqualTo("78563412");
    assertThat(ListCodec.liftInts(cx, ptr(pi), 4)).isEqualTo(ints);

    long[] longs = {Long.MIN_VALUE, -1, 0x0102030405060708L};
    long pq = ListCodec.lowerLongs(cx, longs);
    assertThat(ptr(pq) % 8).isEqualTo(0);
    assertThat(ListCodec.liftLongs(cx, ptr(pq), 3)).isEqualTo(longs);
    assertThat(memory.readLong(ptr(pq) + 16)).isEqualTo(0x0102030405060708L);
  }

  @Test
  void floatsRoundTripWithCanonicalNaN() {
    float[] f = {1.5f, -0.0f, Float.intBitsToFloat(0x7fa0_0001), Float.MIN_VALUE};
    long pf = ListCodec.lowerFloats(cx, f);
    assertThat(memory.readInt(ptr(pf) + 8)).isEqualTo(0x7fc0_0000);
    float[] back = ListCodec.liftFloats(cx, ptr(pf), 4);
    assertThat(Float.floatToRawIntBits(back[1])).isEqualTo(0x8000_0000);
    assertThat(Float.floatToRawIntBits(back[2])).isEqualTo(0x7fc0_0000);
    assertThat(back[3]).isEqualTo(Float.MIN_VALUE);
    memory.writeI32(ptr(pf), 0xffc0_0001);
    assertThat(Float.floatToRawIntBits(ListCodec.liftFloats(cx, ptr(pf), 1)[0]))
        .isEqualTo(0x7fc0_0000);

    double[] d = {Math.PI, Double.longBitsToDouble(0xfff8_0000_0000_0001L), -0.0};
    long pd = ListCodec.lowerDoubles(cx, d);
    assertThat(memory.readLong(ptr(pd) + 8)).isEqualTo(0x7ff8_0000_0000_0000L);
    double[] dback = ListCodec.liftDoubles(cx, ptr(pd), 3);
    assertThat(dback[0]).isEqualTo(Math.PI);
    assertThat(Double.doubleToRawLongBits(dback[2])).isEqualTo(0x8000_0000_0000_0000L);
  }

  @Test
  void booleansAreNonZeroBytes() {
    long pb = ListCodec.lowerBooleans(cx, new boolean[] {true, false, true});
    assertThat(memory.readBytes(ptr(pb), 3)).isEqualTo(new byte[] {1, 0, 1});
    memory.writeByte(ptr(pb) + 1, (byte) 0x42);
    assertThat(ListCodec.liftBooleans(cx, ptr(pb), 3)).isEqualTo(new boolean[] {true, true, true});
  }

  @Test
  void charsAreValidated() {
    int[] cps = {'a', 0xE9, 0x1F600, 0x10FFFF};
    long pc = ListCodec.lowerChars(cx, cps);
    assertThat(ListCodec.liftChars(cx, ptr(pc), 4)).isEqualTo(cps);
    memory.writeI32(ptr(pc) + 4, 0xD800);
    WitTrapException e =
        assertThrows(WitTrapException.class, () -> ListCodec.liftChars(cx, ptr(pc), 4));
    assertThat(e).hasMessageThat().contains("char value 0xd800 is a surrogate");
    memory.writeI32(ptr(pc) + 4, 0x110000);
    assertThrows(WitTrapException.class, () -> ListCodec.liftChars(cx, ptr(pc), 4));
    assertThrows(
        IllegalArgumentException.class, () -> ListCodec.lowerChars(cx, new int[] {0xDFFF}));
  }

  @Test
  void emptyListsStillAllocate() {
    long pl = ListCodec.lowerInts(cx, new int[0]);
    assertThat(len(pl)).isEqualTo(0);
    assertThat(alloc.calls).containsExactly(List.of(0, 0, 4, 0));
    assertThat(ListCodec.liftInts(cx, 65536, 0)).isEmpty();
  }

  @Test
  void inPlaceStoresForFixedLengthLists() {
    ListCodec.storeInts(cx, 64, new int[] {7, 8, 9});
    assertThat(ListCodec.liftInts(cx, 64, 3)).isEqualTo(new int[] {7, 8, 9});
    ListCodec.storeBytes(cx, 80, new byte[] {1, 2});
    ListCodec.storeShorts(cx, 82, new short[] {3});
    ListCodec.storeLongs(cx, 88, new long[] {4});
    ListCodec.storeFloats(cx, 96, new float[] {Float.NaN});
    ListCodec.storeDoubles(cx, 104, new double[] {5.0});
    ListCodec.storeBooleans(cx, 112, new boolean[] {true});
    ListCodec.storeChars(cx, 116, new int[] {0x1F600});
    assertThat(memory.readInt(96)).isEqualTo(0x7fc0_0000);
    assertThat(ListCodec.liftChars(cx, 116, 1)).isEqualTo(new int[] {0x1F600});
    assertThat(alloc.calls).isEmpty();
    assertThrows(WitTrapException.class, () -> ListCodec.storeInts(cx, 65532, new int[] {1, 2}));
    assertThrows(WitTrapException.class, () -> ListCodec.storeInts(cx, 66, new int[] {1}));
    ListCodec.requireLength(cx, 3, 3);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ListCodec.requireLength(cx, 2, 3));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("test:pkg/i#f: fixed-length list needs 3 elements, got 2");
  }

  @Test
  void elementWiseListsUseAllocateAndCheckRange() {
    int p = ListCodec.allocate(cx, 4, 12, 10);
    assertThat(alloc.calls).containsExactly(List.of(0, 0, 4, 120));
    ListCodec.checkRange(cx, p, 10, 12, 4);
    WitTrapException e =
        assertThrows(WitTrapException.class, () -> ListCodec.checkRange(cx, 65536 - 12, 2, 12, 4));
    assertThat(e)
        .hasMessageThat()
        .endsWith("list pointer 0x0000fff4 + length 24 out of bounds" + " (memory size 65536)");
    assertThrows(WitTrapException.class, () -> ListCodec.checkRange(cx, 2, 1, 12, 4));
  }

  @Test
  void outOfBoundsMisalignedAndOverflowingPointersTrap() {
    assertThrows(WitTrapException.class, () -> ListCodec.liftBytes(cx, 65535, 2));
    WitTrapException wrap =
        assertThrows(WitTrapException.class, () -> ListCodec.liftBytes(cx, 0xFFFF_FFF0, 0x20));
    assertThat(wrap)
        .hasMessageThat()
        .endsWith("list pointer 0xfffffff0 + length 32 out of bounds" + " (memory size 65536)");
    WitTrapException mis = assertThrows(WitTrapException.class, () -> ListCodec.liftInts(cx, 2, 1));
    assertThat(mis).hasMessageThat().endsWith("list pointer 0x00000002 is not 4-byte aligned");
    assertThrows(WitTrapException.class, () -> ListCodec.liftLongs(cx, 4, 1));
    assertThrows(WitTrapException.class, () -> ListCodec.liftShorts(cx, 1, 1));
    assertThrows(WitTrapException.class, () -> ListCodec.liftDoubles(cx, 65536 - 8, 2));
  }

  @Test
  void hugeListClaimsTrapBeforeAnyAllocation() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(1),
        () -> {
          WitTrapException e =
              assertThrows(WitTrapException.class, () -> ListCodec.liftBytes(cx, 0, 0xFFFF_FFFF));
          assertThat(e)
              .hasMessageThat()
              .endsWith(
                  "list of 4294967295 elements of 1 bytes exceeds the maximum of 268435455 bytes");
          assertThrows(
              WitTrapException.class, () -> ListCodec.liftLongs(cx, 0, 0x2000_0000)); // 4 GiB
          assertThrows(WitTrapException.class, () -> ListCodec.liftInts(cx, 0, 0x4000_0000));
          // under the spec maximum but far beyond memory: still no Java allocation
          assertThrows(WitTrapException.class, () -> ListCodec.liftBytes(cx, 0, (1 << 28) - 1));
          assertThrows(WitTrapException.class, () -> ListCodec.checkRange(cx, 0, -1, 1 << 20, 8));
        });
  }

  @Test
  void bulkListOfOneMebibyte() {
    Memory big = TestMemory.memory(48, 48);
    CanonContext c = TestMemory.context(big, new BumpAllocator(big, 8), StringEncoding.UTF8);
    byte[] v = new byte[1 << 20];
    for (int i = 0; i < v.length; i++) {
      v[i] = (byte) (i * 31);
    }
    long pl = ListCodec.lowerBytes(c, v);
    assertThat(ListCodec.liftBytes(c, ptr(pl), len(pl))).isEqualTo(v);
    long[] longs = new long[1 << 17];
    for (int i = 0; i < longs.length; i++) {
      longs[i] = i * 0x0101_0101_0101L;
    }
    long pq = ListCodec.lowerLongs(c, longs);
    assertThat(ListCodec.liftLongs(c, ptr(pq), len(pq))).isEqualTo(longs);
  }
}
