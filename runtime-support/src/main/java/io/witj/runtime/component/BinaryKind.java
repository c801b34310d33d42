package io.witj.runtime.component;

/** What the 8-byte preamble of a WebAssembly binary says it is. */
public enum BinaryKind {
  /** A core module: magic, then version 1 (layer 0). */
  CORE_MODULE,
  /** A component: magic, then version 0x0d and layer 1 (the pre-standard component format). */
  COMPONENT;

  /** The size of the preamble (magic, version and layer). */
  static final int PREAMBLE_SIZE = 8;

  /** Component binary format version understood here (Binary.md: {@code version ::= 0x0d 0x00}). */
  static final int COMPONENT_VERSION = 0x0d;

  /**
   * Classifies the preamble of {@code bytes}.
   *
   * @throws ComponentReadException if the bytes are not a WebAssembly binary of a supported version
   */
  public static BinaryKind detect(byte[] bytes) {
    if (bytes.length < PREAMBLE_SIZE) {
      throw new ComponentReadException(
          "not a WebAssembly binary: " + bytes.length + " bytes, the preamble alone is 8");
    }
    if (bytes[0] != 0 || bytes[1] != 'a' || bytes[2] != 's' || bytes[3] != 'm') {
      throw new ComponentReadException(
          "not a WebAssembly binary: expected magic 00 61 73 6d, found " + hex(bytes, 0, 4));
    }
    int version = u16(bytes, 4);
    int layer = u16(bytes, 6);
    if (layer == 0 && version == 1) {
      return CORE_MODULE;
    }
    if (layer == 1 && version == COMPONENT_VERSION) {
      return COMPONENT;
    }
    if (layer == 1) {
      throw new ComponentReadException(
          String.format(
              "unsupported component binary version 0x%02x (this reader understands 0x%02x)",
              version, COMPONENT_VERSION));
    }
    throw new ComponentReadException(
        "unsupported WebAssembly binary: version/layer bytes "
            + hex(bytes, 4, 4)
            + " (core modules have 01 00 00 00, components 0d 00 01 00)");
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  static String hex(byte[] b, int from, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      sb.append(i > from ? " " : "").append(String.format("%02x", b[i] & 0xff));
    }
    return sb.toString();
  }
}
