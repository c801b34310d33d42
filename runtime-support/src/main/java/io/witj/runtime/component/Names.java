package io.witj.runtime.component;

/**
 * Import and export names of components ({@code nameattributes} in Binary.md): the name, and
 * attributes that are read and ignored ({@code implements}, version suffix, external id).
 */
final class Names {
  private Names() {}

  /** Reads a {@code nameattributes} and returns the name. */
  static String read(ByteCursor in) {
    int at = in.position();
    int form = in.readByte();
    if (form > 0x02) {
      throw in.error(at, "unknown name form 0x" + Integer.toHexString(form));
    }
    String name = in.readName();
    if (form == 0x02) {
      int attributes = in.readU32();
      for (int i = 0; i < attributes; i++) {
        int attrAt = in.position();
        int kind = in.readByte();
        if (kind > 0x02) {
          throw in.error(attrAt, "unknown name attribute 0x" + Integer.toHexString(kind));
        }
        in.readName();
      }
    }
    return name;
  }
}
