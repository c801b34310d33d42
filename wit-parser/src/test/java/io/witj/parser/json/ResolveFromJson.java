package io.witj.parser.json;

import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Package;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Stability;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: builds the {@link Resolve} model from a reference-schema JSON tree (as read by the
 * conformance {@code JsonReader}), the inverse of {@link ResolveJson}. It lets the writer be
 * checked byte for byte against every expectation file without the parser.
 */
final class ResolveFromJson {
  private ResolveFromJson() {}

  static Resolve read(Object json) {
    Map<String, Object> root = map(json);
    List<World> worlds = new ArrayList<>();
    list(root.get("worlds")).forEach(w -> worlds.add(world(map(w))));
    List<Interface> interfaces = new ArrayList<>();
    list(root.get("interfaces")).forEach(i -> interfaces.add(iface(map(i))));
    List<TypeDef> types = new ArrayList<>();
    list(root.get("types")).forEach(t -> types.add(typeDef(map(t))));
    List<Package> packages = new ArrayList<>();
    list(root.get("packages")).forEach(p -> packages.add(pkg(map(p))));
    return new Resolve(worlds, interfaces, types, packages, List.of(packages.size() - 1));
  }

  private static Package pkg(Map<String, Object> p) {
    String full = (String) p.get("name");
    int colon = full.indexOf(':');
    int at = full.indexOf('@');
    PackageName name =
        new PackageName(
            full.substring(0, colon),
            full.substring(colon + 1, at < 0 ? full.length() : at),
            at < 0 ? null : full.substring(at + 1));
    return new Package(name, docs(p), indexMap(p.get("interfaces")), indexMap(p.get("worlds")));
  }

  private static World world(Map<String, Object> w) {
    return new World(
        (String) w.get("name"),
        worldItems(map(w.get("imports"))),
        worldItems(map(w.get("exports"))),
        index(w.get("package")),
        docs(w),
        stability(w));
  }

  private static Map<WorldKey, WorldItem> worldItems(Map<String, Object> items) {
    Map<WorldKey, WorldItem> out = new LinkedHashMap<>();
    items.forEach(
        (key, value) -> {
          Map<String, Object> item = map(value);
          WorldItem parsed;
          if (item.containsKey("interface")) {
            Map<String, Object> i = map(item.get("interface"));
            parsed = new WorldItem.InterfaceItem(index(i.get("id")), stability(i), docs(i));
          } else if (item.containsKey("function")) {
            parsed = new WorldItem.FunctionItem(function(map(item.get("function"))));
          } else {
            parsed = new WorldItem.TypeItem(index(item.get("type")));
          }
          boolean interfaceKey =
              key.matches("interface-\\d+") && parsed instanceof WorldItem.InterfaceItem;
          out.put(
              interfaceKey
                  ? new WorldKey.OfInterface(Integer.parseInt(key.substring("interface-".length())))
                  : new WorldKey.Name(key),
              parsed);
        });
    return out;
  }

  private static Interface iface(Map<String, Object> i) {
    Map<String, Function> functions = new LinkedHashMap<>();
    map(i.get("functions")).forEach((name, f) -> functions.put(name, function(map(f))));
    Object pkg = i.get("package");
    return new Interface(
        (String) i.get("name"),
        indexMap(i.get("types")),
        functions,
        docs(i),
        stability(i),
        pkg == null ? -1 : index(pkg));
  }

  private static Function function(Map<String, Object> f) {
    List<Function.Param> params = new ArrayList<>();
    for (Object p : list(f.get("params"))) {
      params.add(new Function.Param((String) map(p).get("name"), type(map(p).get("type"))));
    }
    return new Function(
        (String) f.get("name"),
        functionKind(f.get("kind")),
        params,
        type(f.get("result")),
        docs(f),
        stability(f));
  }

  private static FunctionKind functionKind(Object kind) {
    if ("freestanding".equals(kind)) {
      return FunctionKind.FREESTANDING;
    }
    if ("async-freestanding".equals(kind)) {
      return FunctionKind.ASYNC_FREESTANDING;
    }
    Map.Entry<String, Object> e = map(kind).entrySet().iterator().next();
    FunctionKind.Kind k = FunctionKind.Kind.valueOf(e.getKey().toUpperCase().replace('-', '_'));
    return new FunctionKind(k, index(e.getValue()));
  }

  private static TypeDef typeDef(Map<String, Object> t) {
    TypeOwner owner = null;
    if (t.get("owner") != null) {
      Map<String, Object> o = map(t.get("owner"));
      owner =
          o.containsKey("interface")
              ? new TypeOwner.OfInterface(index(o.get("interface")))
              : new TypeOwner.OfWorld(index(o.get("world")));
    }
    return new TypeDef((String) t.get("name"), kind(t.get("kind")), owner, docs(t), stability(t));
  }

  private static TypeDefKind kind(Object k) {
    if ("resource".equals(k)) {
      return new TypeDefKind.ResourceType();
    }
    Map.Entry<String, Object> e = map(k).entrySet().iterator().next();
    Object v = e.getValue();
    switch (e.getKey()) {
      case "type":
        return new TypeDefKind.AliasType(type(v));
      case "record":
        {
          List<TypeDefKind.Field> fields = new ArrayList<>();
          for (Object f : list(map(v).get("fields"))) {
            fields.add(new TypeDefKind.Field(name(f), type(map(f).get("type")), docs(map(f))));
          }
          return new TypeDefKind.RecordType(fields);
        }
      case "variant":
        {
          List<TypeDefKind.Case> cases = new ArrayList<>();
          for (Object c : list(map(v).get("cases"))) {
            cases.add(new TypeDefKind.Case(name(c), type(map(c).get("type")), docs(map(c))));
          }
          return new TypeDefKind.VariantType(cases);
        }
      case "enum":
        {
          List<TypeDefKind.EnumCase> cases = new ArrayList<>();
          list(map(v).get("cases"))
              .forEach(c -> cases.add(new TypeDefKind.EnumCase(name(c), docs(map(c)))));
          return new TypeDefKind.EnumType(cases);
        }
      case "flags":
        {
          List<TypeDefKind.Flag> flags = new ArrayList<>();
          list(map(v).get("flags"))
              .forEach(c -> flags.add(new TypeDefKind.Flag(name(c), docs(map(c)))));
          return new TypeDefKind.FlagsType(flags);
        }
      case "tuple":
        {
          List<Type> types = new ArrayList<>();
          list(map(v).get("types")).forEach(t -> types.add(type(t)));
          return new TypeDefKind.TupleType(types);
        }
      case "option":
        return new TypeDefKind.OptionType(type(v));
      case "result":
        return new TypeDefKind.ResultType(type(map(v).get("ok")), type(map(v).get("err")));
      case "list":
        return new TypeDefKind.ListType(type(v));
      case "fixed-length-list":
        return new TypeDefKind.FixedListType(type(list(v).get(0)), index(list(v).get(1)));
      case "map":
        return new TypeDefKind.MapType(type(list(v).get(0)), type(list(v).get(1)));
      case "future":
        return new TypeDefKind.FutureType(type(v));
      case "stream":
        return new TypeDefKind.StreamType(type(v));
      case "handle":
        {
          Map.Entry<String, Object> h = map(v).entrySet().iterator().next();
          return new TypeDefKind.HandleType(h.getKey().equals("borrow"), index(h.getValue()));
        }
      default:
        throw new IllegalArgumentException("unknown kind " + e.getKey());
    }
  }

  private static Type type(Object t) {
    if (t == null) {
      return null;
    }
    if (t instanceof String s) {
      PrimitiveType p = PrimitiveType.fromWitName(s);
      if (p == null) {
        throw new IllegalArgumentException("unknown primitive " + s);
      }
      return p;
    }
    return new TypeRef(index(t));
  }

  private static String docs(Map<String, Object> o) {
    Object d = o.get("docs");
    return d == null ? null : (String) map(d).get("contents");
  }

  private static Stability stability(Map<String, Object> o) {
    Object s = o.get("stability");
    if (s == null) {
      return Stability.UNKNOWN;
    }
    Map<String, Object> m = map(s);
    if (m.containsKey("stable")) {
      Map<String, Object> st = map(m.get("stable"));
      return new Stability.Stable((String) st.get("since"), (String) st.get("deprecated"));
    }
    Map<String, Object> un = map(m.get("unstable"));
    return new Stability.Unstable((String) un.get("feature"), (String) un.get("deprecated"));
  }

  private static Map<String, Integer> indexMap(Object o) {
    Map<String, Integer> out = new LinkedHashMap<>();
    map(o).forEach((k, v) -> out.put(k, index(v)));
    return out;
  }

  private static String name(Object o) {
    return (String) map(o).get("name");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  private static int index(Object o) {
    return ((Number) o).intValue();
  }
}
