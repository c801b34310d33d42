package io.witj.parser.resolve;

import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.WorldItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the items of an included world into the including one: types the included world owns
 * become new definitions owned by the including world (anonymous types built on them are copied
 * too) and functions are rewritten to refer to the copies.
 */
final class WorldTypeCloner {
  private final ResolveBuilder resolve;
  private final TypeOwner from;
  private final TypeOwner to;
  private final Map<Integer, Integer> copies = new HashMap<>();

  WorldTypeCloner(ResolveBuilder resolve, int fromWorld, int toWorld) {
    this.resolve = resolve;
    this.from = new TypeOwner.OfWorld(fromWorld);
    this.to = new TypeOwner.OfWorld(toWorld);
  }

  /** The item as the including world gets it under {@code name}. */
  WorldItem item(WorldItem item, String name) {
    if (item instanceof WorldItem.TypeItem t) {
      int id = type(t.typeId());
      if (id != t.typeId()) {
        resolve.types.get(id).name = name;
      }
      return new WorldItem.TypeItem(id);
    }
    if (item instanceof WorldItem.FunctionItem f) {
      Function fn = f.function();
      FunctionKind kind = fn.kind();
      if (kind.isResourceFunction()) {
        kind = new FunctionKind(kind.kind(), type(kind.resourceId()));
      }
      List<Function.Param> params = new ArrayList<>();
      for (Function.Param p : fn.params()) {
        params.add(new Function.Param(p.name(), type(p.type())));
      }
      Type result = fn.result() == null ? null : type(fn.result());
      return new WorldItem.FunctionItem(
          new Function(name, kind, List.copyOf(params), result, fn.docs(), fn.stability()));
    }
    return item;
  }

  private Type type(Type type) {
    return type instanceof TypeRef ref ? new TypeRef(type(ref.id())) : type;
  }

  private int type(int id) {
    Integer known = copies.get(id);
    if (known != null) {
      return known;
    }
    TypeSlot slot = resolve.types.get(id);
    int result = id;
    if (from.equals(slot.owner)) {
      TypeSlot copy = slot.copy();
      copy.owner = to;
      result = resolve.addType(copy);
      copies.put(id, result);
      copy.kind = Kinds.map(slot.resolvedKind(), this::type, this::type);
    } else if (slot.owner == null && slot.name == null) {
      TypeDefKind kind = Kinds.map(slot.resolvedKind(), this::type, this::type);
      if (!kind.equals(slot.kind)) {
        TypeSlot copy = slot.copy();
        copy.kind = kind;
        result = resolve.addType(copy);
      }
    }
    copies.put(id, result);
    return result;
  }
}
