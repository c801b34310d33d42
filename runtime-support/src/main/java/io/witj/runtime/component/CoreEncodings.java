package io.witj.runtime.component;

/**
 * Skips the core WebAssembly encodings that appear inside component sections and core modules:
 * value types, table and memory limits, extern types and core type definitions (function and module
 * types).
 */
final class CoreEncodings {
  private static final int REF_NULL_HT = 0x63;
  private static final int REF_HT = 0x64;
  private static final int FUNC_TYPE = 0x60;
  private static final int MODULE_TYPE = 0x50;

  private CoreEncodings() {}

  /** A value or reference type: one byte, or {@code 0x63}/{@code 0x64} and a heap type (s33). */
  static void skipValType(ByteCursor in) {
    int code = in.readByte();
    if (code == REF_NULL_HT || code == REF_HT) {
      in.skipLeb(5);
    }
  }

  /** Table or memory limits: flags, min and optional max (64-bit when flag 0x04 is set). */
  static void skipLimits(ByteCursor in) {
    int at = in.position();
    int flags = in.readByte();
    if (flags > 0x0f) {
      throw in.error(at, "unknown limits flags 0x" + Integer.toHexString(flags));
    }
    int maxBytes = (flags & 0x04) != 0 ? 10 : 5;
    in.skipLeb(maxBytes);
    if ((flags & 0x01) != 0) {
      in.skipLeb(maxBytes);
    }
    if ((flags & 0x08) != 0) {
      in.readU32(); // custom page size (log2)
    }
  }

  /** The description of an import or export of {@code kind} ({@code core:externtype}). */
  static void skipExternType(ByteCursor in, CoreExternKind kind) {
    switch (kind) {
      case FUNC -> in.readU32();
      case TABLE -> {
        skipValType(in);
        skipLimits(in);
      }
      case MEMORY -> skipLimits(in);
      case GLOBAL -> {
        skipValType(in);
        in.readByte();
      }
      case TAG -> {
        in.readByte();
        in.readU32();
      }
    }
  }

  /**
   * A {@code core:type} of a component (Binary.md): a function type or a module type; GC types are
   * not supported here.
   */
  static void skipCoreType(ByteCursor in, int depth) {
    int at = in.position();
    int form = in.readByte();
    if (form == FUNC_TYPE) {
      int params = in.readU32();
      for (int i = 0; i < params; i++) {
        skipValType(in);
      }
      int results = in.readU32();
      for (int i = 0; i < results; i++) {
        skipValType(in);
      }
    } else if (form == MODULE_TYPE && depth == 0) {
      int decls = in.readU32();
      for (int i = 0; i < decls; i++) {
        skipModuleDecl(in);
      }
    } else {
      throw in.error(
          at, "unsupported core type form 0x" + Integer.toHexString(form) + " (GC types)");
    }
  }

  private static void skipModuleDecl(ByteCursor in) {
    int at = in.position();
    int tag = in.readByte();
    switch (tag) {
      case 0x00, 0x03 -> {
        if (tag == 0x00) {
          in.readName(); // module
        }
        in.readName();
        int kindAt = in.position();
        CoreExternKind kind = CoreExternKind.of(in.readByte());
        if (kind == null) {
          throw in.error(kindAt, "unknown core extern kind in a module type");
        }
        skipExternType(in, kind);
      }
      case 0x01 -> skipCoreType(in, 1);
      case 0x02 -> {
        if (in.readByte() != 0x10 || in.readByte() != 0x01) {
          throw in.error(at, "unknown alias in a module type");
        }
        in.readU32();
        in.readU32();
      }
      default ->
          throw in.error(at, "unknown module type declaration 0x" + Integer.toHexString(tag));
    }
  }
}
