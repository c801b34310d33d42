package io.witj.runtime.component;

import java.io.ByteArrayOutputStream;

/**
 * Writes synthetic component binaries for tests, one definition (section) at a time, in the
 * binary's index-space order: core modules from WAT, core instances, aliases, types, canonical
 * functions, imports and exports. Index arguments are the caller's to count.
 */
public final class ComponentWriter {
  private static final int CORE_MODULE = 1;
  private static final int CORE_INSTANCE = 2;
  private static final int INSTANCE = 5;
  private static final int ALIAS = 6;
  private static final int TYPE = 7;
  private static final int CANON = 8;
  private static final int IMPORT = 10;
  private static final int EXPORT = 11;

  /** Core sort bytes. */
  public static final int CORE_FUNC = 0x00;

  public static final int CORE_TABLE = 0x01;
  public static final int CORE_MEMORY = 0x02;

  /** Component sort bytes. */
  public static final int FUNC = 0x01;

  public static final int TYPE_SORT = 0x03;
  public static final int INSTANCE_SORT = 0x05;

  private final ByteArrayOutputStream sections = new ByteArrayOutputStream();

  private ComponentWriter add(int id, byte[]... entries) {
    sections.writeBytes(ComponentBytes.section(id, ComponentBytes.vec(entries)));
    return this;
  }

  /** The component. */
  public byte[] bytes() {
    return ComponentBytes.component(sections.toByteArray());
  }

  /** A core module assembled from {@code wat}. */
  public ComponentWriter coreModule(String wat) {
    sections.writeBytes(ComponentBytes.coreModule(ComponentBytes.wat(wat)));
    return this;
  }

  /**
   * {@code (core instance (instantiate module (with name (instance i))...))}: pairs name, index.
   */
  public ComponentWriter instantiate(int module, Object... args) {
    byte[][] entries = new byte[args.length / 2][];
    for (int i = 0; i < args.length; i += 2) {
      entries[i / 2] =
          ComponentBytes.concat(
              ComponentBytes.name((String) args[i]),
              ComponentBytes.bytes(0x12),
              ComponentBytes.leb((Integer) args[i + 1]));
    }
    return add(
        CORE_INSTANCE,
        ComponentBytes.concat(
            ComponentBytes.bytes(0x00), ComponentBytes.leb(module), ComponentBytes.vec(entries)));
  }

  /** An inline core instance: triples name, core sort byte, index. */
  public ComponentWriter coreInline(Object... exports) {
    byte[][] entries = new byte[exports.length / 3][];
    for (int i = 0; i < exports.length; i += 3) {
      entries[i / 3] =
          ComponentBytes.concat(
              ComponentBytes.name((String) exports[i]),
              ComponentBytes.bytes((Integer) exports[i + 1]),
              ComponentBytes.leb((Integer) exports[i + 2]));
    }
    return add(
        CORE_INSTANCE,
        ComponentBytes.concat(ComponentBytes.bytes(0x01), ComponentBytes.vec(entries)));
  }

  /** {@code (alias core export i name (core sort))}. */
  public ComponentWriter aliasCore(int coreSort, int coreInstance, String name) {
    return add(
        ALIAS,
        ComponentBytes.concat(
            ComponentBytes.bytes(0x00, coreSort, 0x01),
            ComponentBytes.leb(coreInstance),
            ComponentBytes.name(name)));
  }

  /** {@code (alias export i name (sort))} of a component instance. */
  public ComponentWriter aliasExport(int sort, int instance, String name) {
    return add(
        ALIAS,
        ComponentBytes.concat(
            ComponentBytes.bytes(sort, 0x00),
            ComponentBytes.leb(instance),
            ComponentBytes.name(name)));
  }

  /** A type definition given by its encoding. */
  public ComponentWriter type(byte[] encoding) {
    return add(TYPE, encoding);
  }

  /** {@code (func (param name type)... (result type)?)}; types are value type bytes. */
  public static byte[] funcType(int[] params, Integer result) {
    byte[][] list = new byte[params.length][];
    for (int i = 0; i < params.length; i++) {
      list[i] =
          ComponentBytes.concat(ComponentBytes.name("p" + i), ComponentBytes.bytes(params[i]));
    }
    return ComponentBytes.concat(
        ComponentBytes.bytes(0x40),
        ComponentBytes.vec(list),
        result == null ? ComponentBytes.bytes(0x01, 0x00) : ComponentBytes.bytes(0x00, result));
  }

  /** {@code (instance (export name (func (type 0))))...} with one function type for all. */
  public static byte[] instanceType(byte[] funcType, String... functions) {
    byte[][] decls = new byte[functions.length + 1][];
    decls[0] = ComponentBytes.concat(ComponentBytes.bytes(0x01), funcType);
    for (int i = 0; i < functions.length; i++) {
      decls[i + 1] =
          ComponentBytes.concat(
              ComponentBytes.bytes(0x04),
              ComponentBytes.externName(functions[i]),
              ComponentBytes.bytes(0x01, 0));
    }
    return ComponentBytes.concat(ComponentBytes.bytes(0x42), ComponentBytes.vec(decls));
  }

  /** {@code (resource (rep i32) (dtor (func f)))}. */
  public static byte[] resourceType(int destructor) {
    return ComponentBytes.concat(
        ComponentBytes.bytes(0x3f, 0x7f, 0x01), ComponentBytes.leb(destructor));
  }

  /** {@code (import name (instance (type t)))}. */
  public ComponentWriter importInstance(String name, int type) {
    return add(
        IMPORT,
        ComponentBytes.concat(
            ComponentBytes.externName(name), ComponentBytes.bytes(0x05), ComponentBytes.leb(type)));
  }

  /** {@code (canon lower (func f) opts)}; opts are canonopt bytes. */
  public ComponentWriter lower(int func, int... opts) {
    return add(
        CANON,
        ComponentBytes.concat(
            ComponentBytes.bytes(0x01, 0x00), ComponentBytes.leb(func), options(opts)));
  }

  /** {@code (canon lift (core func f) opts (type t))}. */
  public ComponentWriter lift(int coreFunc, int type, int... opts) {
    return add(
        CANON,
        ComponentBytes.concat(
            ComponentBytes.bytes(0x00, 0x00),
            ComponentBytes.leb(coreFunc),
            options(opts),
            ComponentBytes.leb(type)));
  }

  /** {@code (canon resource.new|drop|rep t)}: op 0x02, 0x03, 0x04. */
  public ComponentWriter resource(int op, int type) {
    return add(CANON, ComponentBytes.concat(ComponentBytes.bytes(op), ComponentBytes.leb(type)));
  }

  /** Options: each {@code int[]} entry of {@code opts} is one canonopt's bytes, flattened. */
  private static byte[] options(int[] opts) {
    int count = 0;
    for (int i = 0; i < opts.length; i++) {
      count++;
      if (opts[i] >= 0x03 && opts[i] <= 0x05) {
        i++;
      }
    }
    return ComponentBytes.concat(ComponentBytes.leb(count), ComponentBytes.bytes(opts));
  }

  /** An inline component instance: triples name, sort byte, index. */
  public ComponentWriter instanceInline(Object... exports) {
    byte[][] entries = new byte[exports.length / 3][];
    for (int i = 0; i < exports.length; i += 3) {
      entries[i / 3] =
          ComponentBytes.concat(
              ComponentBytes.externName((String) exports[i]),
              ComponentBytes.bytes((Integer) exports[i + 1]),
              ComponentBytes.leb((Integer) exports[i + 2]));
    }
    return add(
        INSTANCE, ComponentBytes.concat(ComponentBytes.bytes(0x01), ComponentBytes.vec(entries)));
  }

  /** {@code (export name (sort index))}. */
  public ComponentWriter export(String name, int sort, int index) {
    return add(
        EXPORT,
        ComponentBytes.concat(
            ComponentBytes.externName(name),
            ComponentBytes.bytes(sort),
            ComponentBytes.leb(index),
            ComponentBytes.bytes(0x00)));
  }
}
