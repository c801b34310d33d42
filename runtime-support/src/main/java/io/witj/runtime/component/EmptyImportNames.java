package io.witj.runtime.component;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Works around a Chicory 1.6.1 parser limit: it rejects a core import whose module and field names
 * are both empty, which wit-component's initializer module has ({@code (import "" "" (func))}, the
 * guest's {@code _initialize} that its start function calls). Such imports are renamed to field
 * {@link #PLACEHOLDER} in a copy of the module; a linker maps the placeholder back to the empty
 * name when it resolves the import.
 */
final class EmptyImportNames {
  /** The field name that stands in for an empty one (in module {@code ""}). */
  static final String PLACEHOLDER = "<witj:empty-name>";

  private static final int IMPORT_SECTION = 2;

  private EmptyImportNames() {}

  /** Whether {@code info} has an import with empty module and field names. */
  static boolean needed(CoreModuleInfo info) {
    return info.imports().stream().anyMatch(i -> i.module().isEmpty() && i.name().isEmpty());
  }

  /**
   * A copy of {@code module} whose imports {@code ("", "")} are named {@code ("", PLACEHOLDER)}.
   */
  static byte[] rename(byte[] module) {
    ByteCursor in = new ByteCursor(module, 0, module.length, "core module");
    ByteArrayOutputStream out = new ByteArrayOutputStream(module.length + 32);
    out.write(module, 0, BinaryKind.PREAMBLE_SIZE);
    in.skip(BinaryKind.PREAMBLE_SIZE);
    while (!in.atEnd()) {
      int start = in.position();
      int id = in.readByte();
      int size = in.readU32();
      ByteCursor payload = in.slice(size, "core module section " + id);
      if (id != IMPORT_SECTION) {
        out.write(module, start, payload.position() - start + size);
        continue;
      }
      byte[] section = importSection(module, payload);
      out.write(IMPORT_SECTION);
      writeU32(out, section.length);
      out.writeBytes(section);
    }
    return out.toByteArray();
  }

  private static byte[] importSection(byte[] module, ByteCursor in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int count = in.readU32();
    writeU32(out, count);
    for (int i = 0; i < count; i++) {
      String moduleName = in.readName();
      String field = in.readName();
      int descStart = in.position();
      int at = in.position();
      CoreExternKind kind = CoreExternKind.of(in.readByte());
      if (kind == null) {
        throw in.error(at, "unknown import kind of " + moduleName + "." + field);
      }
      CoreEncodings.skipExternType(in, kind);
      writeName(out, moduleName);
      writeName(out, moduleName.isEmpty() && field.isEmpty() ? PLACEHOLDER : field);
      out.write(module, descStart, in.position() - descStart);
    }
    return out.toByteArray();
  }

  private static void writeName(ByteArrayOutputStream out, String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    writeU32(out, utf8.length);
    out.writeBytes(utf8);
  }

  private static void writeU32(ByteArrayOutputStream out, int value) {
    do {
      int b = value & 0x7f;
      value >>>= 7;
      out.write(value != 0 ? b | 0x80 : b);
    } while (value != 0);
  }
}
