package io.witj.runtime.component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the import, export, function, table, memory, start, element and code sections of a core
 * module into a {@link CoreModuleInfo}; every other section is skipped by its size. Function bodies
 * are only inspected until one is found that is not a {@code call_indirect} trampoline, so scanning
 * a large guest costs little more than walking its section headers.
 */
final class CoreModuleScanner {
  private static final int IMPORT = 2;
  private static final int FUNCTION = 3;
  private static final int TABLE = 4;
  private static final int MEMORY = 5;
  private static final int EXPORT = 7;
  private static final int START = 8;
  private static final int ELEMENT = 9;
  private static final int CODE = 10;
  private static final int LAST_KNOWN_SECTION = 13;

  private final List<CoreImport> imports = new ArrayList<>();
  private final List<CoreExport> exports = new ArrayList<>();
  private final Set<String> customSections = new LinkedHashSet<>();
  private int functions;
  private int tables;
  private int memories;
  private int elements;
  private boolean elementsFillImportedTables;
  private boolean start;
  private boolean trampolinesOnly = true;

  private CoreModuleScanner() {}

  /**
   * Scans the core module in {@code bytes[offset, offset + length)}.
   *
   * @param what how to name the module in error messages (e.g. {@code core module #2})
   * @throws ComponentReadException if the module is malformed or truncated
   */
  static CoreModuleInfo scan(byte[] bytes, int offset, int length, String what) {
    ByteCursor in = new ByteCursor(bytes, offset, offset + length, what);
    in.require(BinaryKind.PREAMBLE_SIZE);
    byte[] preamble = new byte[BinaryKind.PREAMBLE_SIZE];
    System.arraycopy(bytes, offset, preamble, 0, preamble.length);
    if (BinaryKind.detect(preamble) != BinaryKind.CORE_MODULE) {
      throw in.error(
          offset, "expected a core module preamble, found " + BinaryKind.hex(preamble, 0, 8));
    }
    in.skip(BinaryKind.PREAMBLE_SIZE);
    CoreModuleScanner scanner = new CoreModuleScanner();
    while (!in.atEnd()) {
      int at = in.position();
      int id = in.readByte();
      int size = in.readU32();
      if (id > LAST_KNOWN_SECTION) {
        throw in.error(at, "unknown section id " + id);
      }
      scanner.section(id, in.slice(size, what + " section " + id));
    }
    return new CoreModuleInfo(
        length,
        scanner.imports,
        scanner.exports,
        scanner.functions,
        scanner.tables,
        scanner.memories,
        scanner.elements,
        scanner.elementsFillImportedTables,
        scanner.start,
        scanner.trampolinesOnly,
        List.copyOf(scanner.customSections));
  }

  private void section(int id, ByteCursor in) {
    switch (id) {
      case 0 -> customSections.add(in.readName());
      case IMPORT -> readImports(in);
      case FUNCTION -> functions = in.readU32();
      case TABLE -> tables = in.readU32();
      case MEMORY -> memories = in.readU32();
      case EXPORT -> readExports(in);
      case START -> start = true;
      case ELEMENT -> readElements(in);
      case CODE -> trampolinesOnly = Trampolines.allBodies(in);
      default -> {
        // sizes were checked by slice(); the content of other sections does not matter here
      }
    }
  }

  private void readImports(ByteCursor in) {
    int count = in.readU32();
    for (int i = 0; i < count; i++) {
      String module = in.readName();
      String name = in.readName();
      int at = in.position();
      CoreExternKind kind = CoreExternKind.of(in.readByte());
      if (kind == null) {
        throw in.error(at, "unknown import kind of " + module + "." + name);
      }
      CoreEncodings.skipExternType(in, kind);
      imports.add(new CoreImport(module, name, kind));
    }
  }

  private void readElements(ByteCursor in) {
    elements = in.readU32();
    elementsFillImportedTables =
        elements > 0
            && ElementSegments.fillImportedTables(
                in,
                elements,
                countImports(CoreExternKind.FUNC),
                countImports(CoreExternKind.TABLE));
  }

  private int countImports(CoreExternKind kind) {
    return (int) imports.stream().filter(i -> i.kind() == kind).count();
  }

  private void readExports(ByteCursor in) {
    int count = in.readU32();
    for (int i = 0; i < count; i++) {
      String name = in.readName();
      int at = in.position();
      CoreExternKind kind = CoreExternKind.of(in.readByte());
      if (kind == null) {
        throw in.error(at, "unknown export kind of " + name);
      }
      exports.add(new CoreExport(name, kind, in.readU32()));
    }
  }
}
