package io.witj.runtime.component;

import org.jspecify.annotations.Nullable;

/** The kind of a core import or export ({@code core:externtype} / export descriptor byte). */
public enum CoreExternKind {
  /** A function ({@code 0x00}). */
  FUNC,
  /** A table ({@code 0x01}). */
  TABLE,
  /** A linear memory ({@code 0x02}). */
  MEMORY,
  /** A global ({@code 0x03}). */
  GLOBAL,
  /** An exception tag ({@code 0x04}). */
  TAG;

  /** The kind encoded by {@code code}, or {@code null} if the byte is not a known kind. */
  static @Nullable CoreExternKind of(int code) {
    return code >= 0 && code < values().length ? values()[code] : null;
  }
}
