package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;

import io.witj.runtime.StringEncoding;
import org.junit.jupiter.api.Test;

class FlatTest {
  @Test
  void floatsInIntegerSlots() {
    assertThat(Flat.f32ToI32(1.0f)).isEqualTo(1065353216);
    assertThat(Flat.f32ToI64(-1.0f)).isEqualTo(0xBF80_0000L); // zero-extended, not sign-extended
    assertThat(Flat.i64ToF32(0xFFFF_FFFF_3F80_0000L)).isEqualTo(1.0f); // high bits ignored
    assertThat(Flat.f64ToI64(-2.0)).isEqualTo(0xC000_0000_0000_0000L);
    assertThat(Flat.i64ToF64(0x4000_0000_0000_0000L)).isEqualTo(2.0);
  }

  @Test
  void nanIsCanonicalBothWays() {
    assertThat(Flat.f32ToI32(Float.intBitsToFloat(0xFF80_0001))).isEqualTo(Flat.CANONICAL_F32_NAN);
    assertThat(Flat.f32ToI64(Float.NaN)).isEqualTo(2143289344L);
    assertThat(Flat.f64ToI64(Double.longBitsToDouble(0x7FF0_0000_0000_0001L)))
        .isEqualTo(9221120237041090560L);
    assertThat(Float.floatToRawIntBits(Flat.i32ToF32(0x7F80_0001)))
        .isEqualTo(Flat.CANONICAL_F32_NAN);
    assertThat(Double.doubleToRawLongBits(Flat.i64ToF64(0xFFF8_0000_0000_0001L)))
        .isEqualTo(Flat.CANONICAL_F64_NAN);
    assertThat(Float.floatToRawIntBits(Flat.canonicalize(-0.0f))).isEqualTo(0x8000_0000);
  }

  @Test
  void integerSlots() {
    assertThat(Flat.i32ToI64(-1)).isEqualTo(4294967295L);
    assertThat(Flat.wrapI64ToI32(0x1_2345_6789L)).isEqualTo(0x2345_6789);
    assertThat(Flat.liftBool(2)).isTrue();
    assertThat(Flat.liftBool(0)).isFalse();
    assertThat(Flat.lowerBool(true)).isEqualTo(1);
    assertThat(Flat.flagsMask(1)).isEqualTo(1);
    assertThat(Flat.flagsMask(31)).isEqualTo(0x7FFF_FFFF);
    assertThat(Flat.flagsMask(32)).isEqualTo(-1);
  }

  @Test
  void ptrLenPacking() {
    long pl = PtrLen.pack(0xFFFF_FFF0, 5 | StringEncoding.UTF16_TAG);
    assertThat(PtrLen.ptr(pl)).isEqualTo(0xFFFF_FFF0);
    assertThat(PtrLen.len(pl)).isEqualTo(0x8000_0005);
  }
}
