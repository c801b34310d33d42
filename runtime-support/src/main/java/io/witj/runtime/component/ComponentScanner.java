package io.witj.runtime.component;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the sections of a component (Binary.md, "Component Definitions"): scans each core module
 * (section 1), counts the instantiations in core instance sections (section 2), walks nested
 * components (section 4) and skips every other section by its size. wit-component nests small
 * components that only re-export an interface's functions with their named types; a nested
 * component that contains core modules or core instances of its own is rejected.
 */
final class ComponentScanner {
  private static final int CORE_MODULE = 1;
  private static final int CORE_INSTANCE = 2;
  private static final int COMPONENT = 4;
  private static final int LAST_KNOWN_SECTION = 12;
  private static final int INSTANTIATE = 0x00;
  private static final int INLINE_EXPORTS = 0x01;
  private static final int INSTANCE_SORT = 0x12;

  private final byte[] bytes;
  private final List<ComponentLayout.Module> modules = new ArrayList<>();
  private final List<Integer> instantiatedModules = new ArrayList<>();
  private int coreInstances;
  private int nestedComponents;

  private ComponentScanner(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Scans the component in {@code bytes} (whose preamble has already been checked).
   *
   * @throws ComponentReadException if the component is malformed, truncated or nests components
   */
  static ComponentLayout scan(byte[] bytes) {
    ComponentScanner scanner = new ComponentScanner(bytes);
    ByteCursor in = new ByteCursor(bytes, BinaryKind.PREAMBLE_SIZE, bytes.length, "component");
    scanner.sections(in, 0);
    List<Integer> counts = new ArrayList<>();
    for (int m = 0; m < scanner.modules.size(); m++) {
      final int module = m;
      counts.add((int) scanner.instantiatedModules.stream().filter(i -> i == module).count());
    }
    return new ComponentLayout(
        scanner.modules, counts, scanner.coreInstances, scanner.nestedComponents);
  }

  /** Walks the sections in {@code in}; {@code depth} is 0 for the outer component. */
  private void sections(ByteCursor in, int depth) {
    while (!in.atEnd()) {
      int at = in.position();
      int id = in.readByte();
      int size = in.readU32();
      if (id > LAST_KNOWN_SECTION) {
        throw in.error(at, "unknown component section id " + id);
      }
      ByteCursor payload = in.slice(size, "component section " + id);
      if (depth == 0) {
        section(id, payload);
      } else if (id == CORE_MODULE || id == CORE_INSTANCE) {
        throw new ComponentReadException(
            String.format(
                "a nested component has a core %s section at byte offset 0x%x: only components"
                    + " whose core modules and instances are all at the top level can be hosted",
                id == CORE_MODULE ? "module" : "instance", at));
      } else if (id == COMPONENT) {
        nested(payload, depth + 1);
      }
    }
  }

  private void nested(ByteCursor payload, int depth) {
    int at = payload.position();
    payload.require(BinaryKind.PREAMBLE_SIZE);
    byte[] preamble = new byte[BinaryKind.PREAMBLE_SIZE];
    System.arraycopy(bytes, at, preamble, 0, preamble.length);
    if (BinaryKind.detect(preamble) != BinaryKind.COMPONENT) {
      throw payload.error(at, "nested component does not start with a component preamble");
    }
    payload.skip(BinaryKind.PREAMBLE_SIZE);
    nestedComponents++;
    sections(payload, depth);
  }

  private void section(int id, ByteCursor payload) {
    switch (id) {
      case CORE_MODULE -> {
        String what = "core module #" + modules.size();
        int offset = payload.position();
        modules.add(
            new ComponentLayout.Module(
                offset, CoreModuleScanner.scan(bytes, offset, payload.remaining(), what)));
      }
      case CORE_INSTANCE -> readCoreInstances(payload);
      case COMPONENT -> nested(payload, 1);
      default -> {
        // types, aliases, canonical functions, imports, exports, custom sections: not needed
      }
    }
  }

  private void readCoreInstances(ByteCursor in) {
    int count = in.readU32();
    for (int i = 0; i < count; i++) {
      int at = in.position();
      int form = in.readByte();
      if (form == INSTANTIATE) {
        int module = in.readU32();
        if (module >= modules.size()) {
          throw in.error(
              at,
              "instantiates core module #"
                  + module
                  + " but only "
                  + modules.size()
                  + " are defined before it (imported or aliased core modules are not supported)");
        }
        instantiatedModules.add(module);
        int args = in.readU32();
        for (int a = 0; a < args; a++) {
          in.readName();
          int sortAt = in.position();
          if (in.readByte() != INSTANCE_SORT) {
            throw in.error(sortAt, "core instantiation argument is not an instance");
          }
          in.readU32();
        }
      } else if (form == INLINE_EXPORTS) {
        int exports = in.readU32();
        for (int e = 0; e < exports; e++) {
          in.readName();
          in.readByte();
          in.readU32();
        }
      } else {
        throw in.error(at, "unknown core instance form 0x" + Integer.toHexString(form));
      }
      coreInstances++;
    }
  }
}
