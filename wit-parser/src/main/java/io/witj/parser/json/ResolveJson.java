package io.witj.parser.json;

import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Package;
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
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Dumps a {@link Resolve} as JSON in the schema of the reference parser (wasm-tools' {@code
 * wit-parser} serialized with {@code serde_json::to_string_pretty}): the four arenas {@code
 * worlds}, {@code interfaces}, {@code types}, {@code packages}, cross references as arena indices,
 * empty docs and unknown stability left out.
 */
public final class ResolveJson {
  private final Resolve resolve;
  private final JsonWriter json = new JsonWriter();

  private ResolveJson(Resolve resolve) {
    this.resolve = resolve;
  }

  /** The reference parser's pretty JSON of {@code resolve}, without a trailing newline. */
  public static String toJson(Resolve resolve) {
    ResolveJson dump = new ResolveJson(resolve);
    dump.writeResolve();
    return dump.json.toString();
  }

  private void writeResolve() {
    json.beginObject();
    json.name("worlds").beginArray();
    resolve.worlds().forEach(this::writeWorld);
    json.endArray();
    json.name("interfaces").beginArray();
    resolve.interfaces().forEach(this::writeInterface);
    json.endArray();
    json.name("types").beginArray();
    resolve.types().forEach(this::writeTypeDef);
    json.endArray();
    json.name("packages").beginArray();
    resolve.packages().forEach(this::writePackage);
    json.endArray();
    json.endObject();
  }

  private void writePackage(Package pkg) {
    json.beginObject();
    json.name("name").value(pkg.name().toString());
    writeDocs(pkg.docs());
    writeIndexMap("interfaces", pkg.interfaces());
    writeIndexMap("worlds", pkg.worlds());
    json.endObject();
  }

  private void writeIndexMap(String name, Map<String, Integer> map) {
    json.name(name).beginObject();
    map.forEach((key, id) -> json.name(key).value(id));
    json.endObject();
  }

  private void writeWorld(World world) {
    json.beginObject();
    json.name("name").value(world.name());
    writeWorldItems("imports", world.imports());
    writeWorldItems("exports", world.exports());
    json.name("package").value(world.packageId());
    writeDocs(world.docs());
    writeStability(world.stability());
    json.endObject();
  }

  private void writeWorldItems(String name, Map<WorldKey, WorldItem> items) {
    json.name(name).beginObject();
    items.forEach(
        (key, item) -> {
          json.name(worldKey(key)).beginObject();
          if (item instanceof WorldItem.InterfaceItem i) {
            json.name("interface").beginObject();
            json.name("id").value(i.interfaceId());
            writeStability(i.stability());
            writeDocs(i.docs());
            json.endObject();
          } else if (item instanceof WorldItem.FunctionItem f) {
            json.name("function");
            writeFunction(f.function());
          } else {
            json.name("type").value(((WorldItem.TypeItem) item).typeId());
          }
          json.endObject();
        });
    json.endObject();
  }

  private static String worldKey(WorldKey key) {
    return key instanceof WorldKey.Name n
        ? n.name()
        : "interface-" + ((WorldKey.OfInterface) key).interfaceId();
  }

  private void writeInterface(Interface iface) {
    json.beginObject();
    json.name("name").value(iface.name());
    writeIndexMap("types", iface.types());
    json.name("functions").beginObject();
    iface
        .functions()
        .forEach(
            (name, function) -> {
              json.name(name);
              writeFunction(function);
            });
    json.endObject();
    writeDocs(iface.docs());
    writeStability(iface.stability());
    json.name("package");
    if (iface.packageId() < 0) {
      json.nullValue();
    } else {
      json.value(iface.packageId());
    }
    json.endObject();
  }

  private void writeFunction(Function function) {
    json.beginObject();
    json.name("name").value(function.name());
    json.name("kind");
    writeFunctionKind(function.kind());
    json.name("params").beginArray();
    for (Function.Param param : function.params()) {
      json.beginObject();
      json.name("name").value(param.name());
      json.name("type");
      writeType(param.type());
      json.endObject();
    }
    json.endArray();
    if (function.result() != null) {
      json.name("result");
      writeType(function.result());
    }
    writeDocs(function.docs());
    writeStability(function.stability());
    json.endObject();
  }

  private void writeFunctionKind(FunctionKind kind) {
    String tag =
        switch (kind.kind()) {
          case FREESTANDING, ASYNC_FREESTANDING -> null;
          case METHOD -> "method";
          case ASYNC_METHOD -> "async-method";
          case STATIC -> "static";
          case ASYNC_STATIC -> "async-static";
          case CONSTRUCTOR -> "constructor";
        };
    if (tag == null) {
      json.value(kind.isAsync() ? "async-freestanding" : "freestanding");
    } else {
      json.beginObject().name(tag).value(kind.resourceId()).endObject();
    }
  }

  private void writeTypeDef(TypeDef type) {
    json.beginObject();
    json.name("name").value(type.name());
    json.name("kind");
    writeKind(type.kind());
    json.name("owner");
    TypeOwner owner = type.owner();
    if (owner instanceof TypeOwner.OfInterface i) {
      json.beginObject().name("interface").value(i.interfaceId()).endObject();
    } else if (owner instanceof TypeOwner.OfWorld w) {
      json.beginObject().name("world").value(w.worldId()).endObject();
    } else {
      json.nullValue();
    }
    writeDocs(type.docs());
    writeStability(type.stability());
    json.endObject();
  }

  private void writeKind(TypeDefKind kind) {
    if (kind instanceof TypeDefKind.ResourceType) {
      json.value("resource");
      return;
    }
    json.beginObject();
    if (kind instanceof TypeDefKind.AliasType a) {
      writeTypeMember("type", a.target());
    } else if (kind instanceof TypeDefKind.RecordType r) {
      json.name("record").beginObject().name("fields").beginArray();
      for (TypeDefKind.Field field : r.fields()) {
        json.beginObject().name("name").value(field.name());
        writeTypeMember("type", field.type());
        writeDocs(field.docs());
        json.endObject();
      }
      json.endArray().endObject();
    } else if (kind instanceof TypeDefKind.VariantType v) {
      json.name("variant").beginObject().name("cases").beginArray();
      for (TypeDefKind.Case c : v.cases()) {
        json.beginObject().name("name").value(c.name());
        writeTypeMember("type", c.type());
        writeDocs(c.docs());
        json.endObject();
      }
      json.endArray().endObject();
    } else if (kind instanceof TypeDefKind.EnumType e) {
      json.name("enum").beginObject().name("cases").beginArray();
      e.cases().forEach(c -> writeNamed(c.name(), c.docs()));
      json.endArray().endObject();
    } else if (kind instanceof TypeDefKind.FlagsType f) {
      json.name("flags").beginObject().name("flags").beginArray();
      f.flags().forEach(flag -> writeNamed(flag.name(), flag.docs()));
      json.endArray().endObject();
    } else if (kind instanceof TypeDefKind.TupleType t) {
      json.name("tuple").beginObject().name("types");
      writeTypes(t.types());
      json.endObject();
    } else if (kind instanceof TypeDefKind.OptionType o) {
      writeTypeMember("option", o.type());
    } else if (kind instanceof TypeDefKind.ResultType r) {
      json.name("result").beginObject();
      writeTypeMember("ok", r.ok());
      writeTypeMember("err", r.err());
      json.endObject();
    } else if (kind instanceof TypeDefKind.ListType l) {
      writeTypeMember("list", l.element());
    } else if (kind instanceof TypeDefKind.FixedListType f) {
      json.name("fixed-length-list").beginArray();
      writeType(f.element());
      json.value(f.length()).endArray();
    } else if (kind instanceof TypeDefKind.MapType m) {
      json.name("map").beginArray();
      writeType(m.key());
      writeType(m.value());
      json.endArray();
    } else if (kind instanceof TypeDefKind.FutureType f) {
      writeTypeMember("future", f.payload());
    } else if (kind instanceof TypeDefKind.StreamType st) {
      writeTypeMember("stream", st.payload());
    } else {
      TypeDefKind.HandleType h = (TypeDefKind.HandleType) kind;
      json.name("handle").beginObject();
      json.name(h.borrow() ? "borrow" : "own").value(h.resourceId());
      json.endObject();
    }
    json.endObject();
  }

  private void writeNamed(String name, @Nullable String docs) {
    json.beginObject().name("name").value(name);
    writeDocs(docs);
    json.endObject();
  }

  private void writeTypes(List<Type> types) {
    json.beginArray();
    types.forEach(this::writeType);
    json.endArray();
  }

  /** {@code "name": type}, where a null type is written as {@code null}. */
  private void writeTypeMember(String name, @Nullable Type type) {
    json.name(name);
    writeType(type);
  }

  private void writeType(@Nullable Type type) {
    if (type instanceof PrimitiveType p) {
      json.value(p.witName());
    } else if (type instanceof TypeRef r) {
      json.value(r.id());
    } else {
      json.nullValue();
    }
  }

  private void writeDocs(@Nullable String docs) {
    if (docs != null && !docs.isEmpty()) {
      json.name("docs").beginObject().name("contents").value(docs).endObject();
    }
  }

  private void writeStability(Stability stability) {
    if (stability instanceof Stability.Stable s) {
      json.name("stability").beginObject().name("stable").beginObject();
      json.name("since").value(s.since());
      writeDeprecated(s.deprecated());
      json.endObject().endObject();
    } else if (stability instanceof Stability.Unstable u) {
      json.name("stability").beginObject().name("unstable").beginObject();
      json.name("feature").value(u.feature());
      writeDeprecated(u.deprecated());
      json.endObject().endObject();
    }
  }

  private void writeDeprecated(@Nullable String version) {
    if (version != null) {
      json.name("deprecated").value(version);
    }
  }
}
