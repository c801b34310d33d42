package io.witj.runtime.component;

/**
 * Inspects the element section of a core module to recognize fixup modules by their shape: every
 * segment is active, writes into an imported table, and lists only imported functions.
 * wit-component and componentize-js both build such modules to fill the shim's table with the real
 * functions (they differ only in the import module names: {@code ""} vs. {@code actual}/{@code
 * shim}).
 *
 * <p>Lenient by design: any encoding this class does not expect (passive or declarative segments,
 * other constant expressions or reference types) answers {@code false} rather than failing, so the
 * element sections of ordinary guests never make a valid module unreadable. Only a read past the
 * end of the section throws ({@link ComponentReadException}).
 */
final class ElementSegments {
  private static final int END = 0x0b;
  private static final int GLOBAL_GET = 0x23;
  private static final int I32_CONST = 0x41;
  private static final int REF_FUNC = 0xd2;
  private static final int FUNCREF = 0x70;
  private static final int ELEMKIND_FUNCREF = 0x00;

  private ElementSegments() {}

  /**
   * Whether each of the {@code count} segments of the element section in {@code in} (positioned
   * after the count) is active, targets one of the first {@code importedTables} tables and
   * references only the first {@code importedFunctions} functions (the imported ones). Stops at the
   * first segment that is not; the caller skips the rest of the section by its size.
   */
  static boolean fillImportedTables(
      ByteCursor in, int count, int importedFunctions, int importedTables) {
    for (int i = 0; i < count; i++) {
      if (!segment(in, importedFunctions, importedTables)) {
        return false;
      }
    }
    return true;
  }

  private static boolean segment(ByteCursor in, int importedFunctions, int importedTables) {
    int flags = in.readU32();
    int table = 0;
    switch (flags) {
      case 0, 4 -> {
        // active, table 0, offset expression
      }
      case 2, 6 -> table = in.readU32();
      default -> {
        return false; // passive (1, 5), declarative (3, 7) or unknown
      }
    }
    if (table >= importedTables || !offsetExpression(in)) {
      return false;
    }
    if (flags == 2 && in.readByte() != ELEMKIND_FUNCREF) {
      return false;
    }
    if (flags == 6 && in.readByte() != FUNCREF) {
      return false;
    }
    int items = in.readU32();
    for (int i = 0; i < items; i++) {
      int function;
      if (flags == 0 || flags == 2) {
        function = in.readU32();
      } else {
        if (in.readByte() != REF_FUNC) {
          return false;
        }
        function = in.readU32();
        if (in.readByte() != END) {
          return false;
        }
      }
      if (function >= importedFunctions) {
        return false;
      }
    }
    return true;
  }

  /** {@code i32.const n end} or {@code global.get g end}. */
  private static boolean offsetExpression(ByteCursor in) {
    int opcode = in.readByte();
    if (opcode == I32_CONST) {
      in.skipLeb(5);
    } else if (opcode == GLOBAL_GET) {
      in.readU32();
    } else {
      return false;
    }
    return in.readByte() == END;
  }
}
