package io.witj.parser.model;

import org.jspecify.annotations.Nullable;

/** The built-in WIT types that need no type definition; each is a {@link Type} by itself. */
public enum PrimitiveType implements Type {
  BOOL("bool"),
  U8("u8"),
  U16("u16"),
  U32("u32"),
  U64("u64"),
  S8("s8"),
  S16("s16"),
  S32("s32"),
  S64("s64"),
  F32("f32"),
  F64("f64"),
  CHAR("char"),
  STRING("string"),
  ERROR_CONTEXT("error-context");

  private final String witName;

  PrimitiveType(String witName) {
    this.witName = witName;
  }

  /** The keyword as written in WIT (and in the reference JSON). */
  public String witName() {
    return witName;
  }

  /** The primitive spelled {@code keyword} in WIT, or null when it is not one. */
  public static @Nullable PrimitiveType fromWitName(String keyword) {
    for (PrimitiveType type : values()) {
      if (type.witName.equals(keyword)) {
        return type;
      }
    }
    return null;
  }
}
