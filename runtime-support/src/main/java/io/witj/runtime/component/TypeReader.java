package io.witj.runtime.component;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads component type definitions (Binary.md "Type Definitions") into {@link TypeValue}s: every
 * form is decoded (so that sections can be walked), but only what linking needs is kept — resource
 * types with their identity and instance types as templates of what an import of them exports.
 */
final class TypeReader {
  private static final int RESOURCE = 0x3f;
  private static final int FUNC = 0x40;
  private static final int COMPONENT_TYPE = 0x41;
  private static final int INSTANCE_TYPE = 0x42;
  private static final int ASYNC_FUNC = 0x43;

  /** Creates the resource type defined at {@code typeIndex} with destructor core func or -1. */
  interface ResourceDefiner {
    ResourceRef.Defined define(int typeIndex, int destructor, ByteCursor in, int at);
  }

  private TypeReader() {}

  /**
   * One {@code deftype} at type index {@code index} of {@code scope}; {@code resources} is null
   * where resource definitions are not allowed (inside instance and component types).
   */
  static TypeValue deftype(
      ByteCursor in, TypeScope scope, int index, @Nullable ResourceDefiner resources) {
    int at = in.position();
    int form = in.readByte();
    switch (form) {
      case RESOURCE -> {
        if (resources == null) {
          throw in.error(at, "a resource type definition inside an instance or component type");
        }
        int rep = in.readByte();
        if (rep != 0x7f) {
          throw in.error(at, "resource representation 0x" + Integer.toHexString(rep) + ", not i32");
        }
        int destructor = optional(in) ? in.readU32() : -1;
        return resources.define(index, destructor, in, at);
      }
      case FUNC, ASYNC_FUNC -> {
        int params = in.readU32();
        for (int i = 0; i < params; i++) {
          in.readName();
          valtype(in);
        }
        int resultAt = in.position();
        int results = in.readByte();
        if (results == 0x00) {
          valtype(in);
        } else if (results != 0x01 || in.readByte() != 0x00) {
          throw in.error(resultAt, "malformed function result list");
        }
        return new TypeValue.Other(form == FUNC ? "func type" : "async func type");
      }
      case COMPONENT_TYPE -> {
        declarations(in, scope, true);
        return new TypeValue.Other("component type");
      }
      case INSTANCE_TYPE -> {
        return new TypeValue.InstanceType(declarations(in, scope, false));
      }
      default -> {
        defvaltype(in, form, at);
        return new TypeValue.Other("value type");
      }
    }
  }

  /** A {@code valtype}: a primitive type code or a type index (s33). */
  static void valtype(ByteCursor in) {
    int at = in.position();
    long v = in.readS33();
    if ((v < 0 && !isPrimitive((int) (v & 0x7f))) || v < -64) {
      throw in.error(at, "unknown value type 0x" + Long.toHexString(v & 0x7f));
    }
  }

  private static boolean isPrimitive(int code) {
    return (code >= 0x73 && code <= 0x7f) || code == 0x64;
  }

  /** {@code 0x00} (absent) or {@code 0x01} (present), as in {@code T?}. */
  static boolean optional(ByteCursor in) {
    int at = in.position();
    int b = in.readByte();
    if (b > 1) {
      throw in.error(at, "expected 0x00 or 0x01, found 0x" + Integer.toHexString(b));
    }
    return b == 1;
  }

  private static void defvaltype(ByteCursor in, int form, int at) {
    if (isPrimitive(form)) {
      return;
    }
    switch (form) {
      case 0x72 -> { // record
        int fields = in.readU32();
        for (int i = 0; i < fields; i++) {
          in.readName();
          valtype(in);
        }
      }
      case 0x71 -> { // variant
        int cases = in.readU32();
        for (int i = 0; i < cases; i++) {
          in.readName();
          if (optional(in)) {
            valtype(in);
          }
          int endAt = in.position();
          if (in.readByte() != 0x00) {
            throw in.error(endAt, "variant case does not end with 0x00");
          }
        }
      }
      case 0x70, 0x6b -> valtype(in); // list, option
      case 0x67 -> { // fixed-length list
        valtype(in);
        in.readU32();
      }
      case 0x6f -> { // tuple
        int n = in.readU32();
        for (int i = 0; i < n; i++) {
          valtype(in);
        }
      }
      case 0x6e, 0x6d -> { // flags, enum
        int n = in.readU32();
        for (int i = 0; i < n; i++) {
          in.readName();
        }
      }
      case 0x6a -> { // result
        if (optional(in)) {
          valtype(in);
        }
        if (optional(in)) {
          valtype(in);
        }
      }
      case 0x69, 0x68 -> in.readU32(); // own, borrow
      case 0x66, 0x65 -> { // stream, future
        if (optional(in)) {
          valtype(in);
        }
      }
      case 0x63 -> { // map
        valtype(in);
        valtype(in);
      }
      default -> throw in.error(at, "unknown type form 0x" + Integer.toHexString(form));
    }
  }

  /**
   * The declarations of an instance type (or a component type when {@code component}): returns the
   * exports, with {@code (sub resource)} types as {@link ResourceRef.Local}.
   */
  private static List<TypeValue.InstanceType.Export> declarations(
      ByteCursor in, TypeScope outer, boolean component) {
    List<TypeValue> types = new ArrayList<>();
    TypeScope local =
        new TypeScope() {
          @Override
          public TypeValue type(int index, ByteCursor cursor, int at) {
            if (index >= types.size()) {
              throw cursor.error(
                  at, "type index " + index + " out of range (" + types.size() + ")");
            }
            return types.get(index);
          }

          @Override
          public @Nullable TypeScope outer() {
            return outer;
          }
        };
    List<TypeValue.InstanceType.Export> exports = new ArrayList<>();
    int count = in.readU32();
    for (int i = 0; i < count; i++) {
      int at = in.position();
      int tag = in.readByte();
      switch (tag) {
        case 0x00 -> CoreEncodings.skipCoreType(in, 0);
        case 0x01 -> types.add(deftype(in, local, types.size(), null));
        case 0x02 -> alias(in, local, types, at);
        case 0x03, 0x04 -> {
          if (tag == 0x03 && !component) {
            throw in.error(at, "an import declaration inside an instance type");
          }
          String name = Names.read(in);
          TypeValue.InstanceType.Export export = externDecl(in, local, types, name);
          if (tag == 0x04) {
            exports.add(export);
          }
        }
        default -> throw in.error(at, "unknown type declaration 0x" + Integer.toHexString(tag));
      }
    }
    return exports;
  }

  private static void alias(ByteCursor in, TypeScope local, List<TypeValue> types, int at) {
    int sortByte = in.readByte();
    boolean core = sortByte == 0x00;
    int sort = core ? in.readByte() : sortByte;
    int target = in.readByte();
    if (target == 0x02) {
      int count = in.readU32();
      int index = in.readU32();
      if (!core && sort == 0x03) {
        types.add(local.outer(count, in, at).type(index, in, at));
      }
      // outer core type aliases only name core types, which linking does not need
    } else if (target == 0x00 || target == 0x01) {
      in.readU32();
      in.readName();
      if (!core && sort == 0x03) {
        types.add(new TypeValue.Other("aliased type"));
      }
    } else {
      throw in.error(at, "unknown alias target 0x" + Integer.toHexString(target));
    }
  }

  /** An {@code importdecl}/{@code exportdecl}'s extern type; adds the type index it introduces. */
  private static TypeValue.InstanceType.Export externDecl(
      ByteCursor in, TypeScope local, List<TypeValue> types, String name) {
    int at = in.position();
    int kind = in.readByte();
    switch (kind) {
      case 0x00 -> {
        if (in.readByte() != 0x11) {
          throw in.error(at, "malformed core module extern type");
        }
        in.readU32();
        return new TypeValue.InstanceType.Export(
            name, ComponentSort.CORE_MODULE, new TypeValue.Other("core module"));
      }
      case 0x01 -> {
        in.readU32();
        return new TypeValue.InstanceType.Export(
            name, ComponentSort.FUNC, new TypeValue.Other("func"));
      }
      case 0x02 -> {
        if (optional(in)) {
          valtype(in);
        } else {
          in.readU32();
        }
        return new TypeValue.InstanceType.Export(
            name, ComponentSort.VALUE, new TypeValue.Other("value"));
      }
      case 0x03 -> {
        TypeValue type;
        if (optional(in)) {
          type = new ResourceRef.Local(name);
        } else {
          type = local.type(in.readU32(), in, at);
        }
        types.add(type);
        return new TypeValue.InstanceType.Export(name, ComponentSort.TYPE, type);
      }
      case 0x04, 0x05 -> {
        in.readU32();
        ComponentSort sort = kind == 0x04 ? ComponentSort.COMPONENT : ComponentSort.INSTANCE;
        return new TypeValue.InstanceType.Export(name, sort, new TypeValue.Other(sort.label()));
      }
      default -> throw in.error(at, "unknown extern type 0x" + Integer.toHexString(kind));
    }
  }
}
