package io.witj.runtime.component;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds synthetic component binaries for tests: preamble, sections, core modules from WAT. */
final class ComponentBytes {
  static final byte[] COMPONENT_PREAMBLE = {0, 'a', 's', 'm', 0x0d, 0, 1, 0};

  /**
   * A guest: defines and exports {@code memory}, exports {@code cabi_realloc}, plus {@code extra}.
   */
  static final String GUEST_WAT =
      "(module %s (memory (export \"memory\") 1)"
          + " (func (export \"cabi_realloc\") (param i32 i32 i32 i32) (result i32) i32.const 8))";

  private ComponentBytes() {}

  /** A guest core module with the extra WAT {@code fields} (e.g. imports). */
  static byte[] guest(String fields) {
    return Wat2Wasm.parse(String.format(GUEST_WAT, fields));
  }

  static byte[] wat(String wat) {
    return Wat2Wasm.parse(wat);
  }

  /** A component: the preamble followed by {@code sections}. */
  static byte[] component(byte[]... sections) {
    return concat(COMPONENT_PREAMBLE, concat(sections));
  }

  /** A section: id, LEB128 size, payload. */
  static byte[] section(int id, byte[] payload) {
    return concat(new byte[] {(byte) id}, leb(payload.length), payload);
  }

  /** A core module section holding {@code module}. */
  static byte[] coreModule(byte[] module) {
    return section(1, module);
  }

  /** A core instance section instantiating each of {@code modules} without arguments. */
  static byte[] instantiate(int... modules) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(leb(modules.length));
    for (int m : modules) {
      out.write(0x00);
      out.writeBytes(leb(m));
      out.writeBytes(leb(0));
    }
    return section(2, out.toByteArray());
  }

  /** {@code module} with a custom section {@code name} appended. */
  static byte[] withCustomSection(byte[] module, String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    return concat(module, section(0, concat(leb(utf8.length), utf8, new byte[] {1, 2, 3})));
  }

  /** A length-prefixed UTF-8 name. */
  static byte[] name(String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    return concat(leb(utf8.length), utf8);
  }

  /** An import or export name ({@code nameattributes} form 0x00). */
  static byte[] externName(String name) {
    return concat(new byte[] {0x00}, name(name));
  }

  /** A vector: LEB128 count, then the items. */
  static byte[] vec(byte[]... items) {
    return concat(leb(items.length), concat(items));
  }

  /** The bytes {@code values} (each 0..255). */
  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  static byte[] leb(int value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    do {
      int b = value & 0x7f;
      value >>>= 7;
      out.write(value != 0 ? b | 0x80 : b);
    } while (value != 0);
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
