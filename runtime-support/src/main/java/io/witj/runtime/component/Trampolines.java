package io.witj.runtime.component;

/**
 * Recognizes the function bodies of wit-component's shim modules: each one pushes its parameters
 * ({@code local.get}), pushes a table slot ({@code i32.const}) and forwards the call through {@code
 * call_indirect}, and nothing else.
 */
final class Trampolines {
  private static final int END = 0x0b;
  private static final int CALL_INDIRECT = 0x11;
  private static final int LOCAL_GET = 0x20;
  private static final int I32_CONST = 0x41;

  private Trampolines() {}

  /**
   * Whether every body of the code section in {@code in} is a trampoline. Stops inspecting bodies
   * at the first one that is not (the caller skips the rest of the section by its size).
   */
  static boolean allBodies(ByteCursor in) {
    int count = in.readU32();
    for (int i = 0; i < count; i++) {
      int size = in.readU32();
      if (!isTrampoline(in.slice(size, "function body " + i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTrampoline(ByteCursor body) {
    if (body.readU32() != 0) {
      return false; // trampolines declare no locals
    }
    boolean forwarded = false;
    while (!body.atEnd()) {
      int opcode = body.readByte();
      switch (opcode) {
        case LOCAL_GET -> body.readU32();
        case I32_CONST -> body.skipLeb(5);
        case CALL_INDIRECT -> {
          body.readU32();
          body.readU32();
          forwarded = true;
        }
        case END -> {
          return forwarded && body.atEnd();
        }
        default -> {
          return false;
        }
      }
    }
    return false;
  }
}
