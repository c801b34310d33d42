package io.witj.codegen.glue;

import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.codegen.names.JavaNames;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Names derived from WIT types for helper methods and messages. */
final class TypeNames {
  private static final int MAX_LENGTH = 48;

  private TypeNames() {}

  /** An UpperCamel description of {@code type}, e.g. {@code OptionString}, {@code ListPoint}. */
  static String describe(WorldModel world, AbiLayout layout, Type type) {
    String full = describeFull(world, layout, type);
    return full.length() <= MAX_LENGTH ? full : full.substring(0, MAX_LENGTH);
  }

  private static String describeFull(WorldModel world, AbiLayout layout, Type type) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      return JavaNames.upperCamel(p.witName());
    }
    int id = ((TypeRef) t).id();
    TypeDef def = world.resolve().type(id);
    if (def.name() != null && world.isDeclared(id)) {
      return world.declaredType(id).simpleName();
    }
    TypeDefKind kind = def.kind();
    String prefix;
    if (kind instanceof TypeDefKind.ListType) {
      prefix = "List";
    } else if (kind instanceof TypeDefKind.FixedListType l) {
      prefix = "Array" + l.length();
    } else if (kind instanceof TypeDefKind.OptionType) {
      prefix = "Option";
    } else if (kind instanceof TypeDefKind.ResultType) {
      prefix = "Result";
    } else if (kind instanceof TypeDefKind.TupleType) {
      prefix = "Tuple";
    } else if (kind instanceof TypeDefKind.MapType) {
      prefix = "Map";
    } else if (kind instanceof TypeDefKind.HandleType h) {
      prefix = h.borrow() ? "Borrow" : "Own";
    } else {
      prefix = def.name() != null ? JavaNames.upperCamel(def.name()) : "Type" + id;
    }
    StringBuilder out = new StringBuilder(prefix);
    if (kind instanceof TypeDefKind.HandleType h) {
      return out.append(describeFull(world, layout, new TypeRef(h.resourceId()))).toString();
    }
    for (Type child : nameParts(kind)) {
      out.append(child == null ? "Void" : describeFull(world, layout, child));
    }
    return out.toString();
  }

  /**
   * {@code type} as WIT spells it, for messages: named types by name, anonymous ones structurally
   * ({@code list<perms>}, {@code option<list<u8>>}, {@code result<_, string>}).
   */
  static String witSpelling(WorldModel world, Type type) {
    Type t = type;
    while (t instanceof TypeRef ref // an anonymous alias spells as its target
        && world.resolve().type(ref.id()).name() == null
        && world.resolve().type(ref.id()).kind() instanceof TypeDefKind.AliasType a) {
      t = a.target();
    }
    if (t instanceof PrimitiveType p) {
      return p.witName();
    }
    TypeDef def = world.resolve().type(((TypeRef) t).id());
    if (def.name() != null) {
      return def.name();
    }
    TypeDefKind kind = def.kind();
    if (kind instanceof TypeDefKind.ListType l) {
      return "list<" + witSpelling(world, l.element()) + ">";
    }
    if (kind instanceof TypeDefKind.FixedListType l) {
      return "list<" + witSpelling(world, l.element()) + ", " + l.length() + ">";
    }
    if (kind instanceof TypeDefKind.OptionType o) {
      return "option<" + witSpelling(world, o.type()) + ">";
    }
    if (kind instanceof TypeDefKind.ResultType r) {
      if (r.ok() == null && r.err() == null) {
        return "result";
      }
      String ok = r.ok() == null ? "_" : witSpelling(world, r.ok());
      return r.err() == null
          ? "result<" + ok + ">"
          : "result<" + ok + ", " + witSpelling(world, r.err()) + ">";
    }
    if (kind instanceof TypeDefKind.TupleType tuple) {
      return "tuple<"
          + String.join(", ", tuple.types().stream().map(m -> witSpelling(world, m)).toList())
          + ">";
    }
    if (kind instanceof TypeDefKind.MapType m) {
      return "map<" + witSpelling(world, m.key()) + ", " + witSpelling(world, m.value()) + ">";
    }
    if (kind instanceof TypeDefKind.HandleType h) {
      String resource = witSpelling(world, new TypeRef(h.resourceId()));
      return h.borrow() ? "borrow<" + resource + ">" : resource;
    }
    return "type " + ((TypeRef) t).id();
  }

  /**
   * The parts a helper name spells out: a kind's value types, with an absent result side or case
   * payload kept as null (so that {@code result<_, e>} and {@code result<e>} differ); none for
   * futures and streams, which generated code does not support.
   */
  private static List<@Nullable Type> nameParts(TypeDefKind kind) {
    if (kind instanceof TypeDefKind.ResultType r) {
      return Arrays.asList(r.ok(), r.err());
    }
    if (kind instanceof TypeDefKind.VariantType v) {
      List<@Nullable Type> out = new ArrayList<>();
      v.cases().forEach(c -> out.add(c.type()));
      return out;
    }
    if (kind instanceof TypeDefKind.FutureType || kind instanceof TypeDefKind.StreamType) {
      return List.of();
    }
    return List.copyOf(kind.valueTypes());
  }

  /** {@code ns:pkg/iface#name} of a named type (for messages), or its bare name. */
  static String witName(WorldModel world, int typeId) {
    TypeDef def = world.resolve().type(typeId);
    String name = def.name() != null ? def.name() : "#" + typeId;
    if (def.owner() instanceof TypeOwner.OfInterface o) {
      var iface = world.resolve().iface(o.interfaceId());
      if (iface.name() != null && iface.packageId() >= 0) {
        return world.resolve().pkg(iface.packageId()).name().interfaceId(iface.name()) + "#" + name;
      }
    }
    return name;
  }
}
