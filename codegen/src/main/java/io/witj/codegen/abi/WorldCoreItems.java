package io.witj.codegen.abi;

import io.witj.parser.model.Function;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every core-module import and export through which a guest implements a world, named by a {@link
 * CoreNames} scheme: functions and resource drops of imported interfaces and of the world itself,
 * exported functions with their post-return functions, destructors and the host-provided intrinsics
 * of exported resources, and the guest's realloc, memory and initialization exports (with the
 * scheme's free function and entry point where it has them). Synchronous ABI only. Items are in
 * world order, functions before resource intrinsics within one key.
 */
public record WorldCoreItems(List<CoreItem> imports, List<CoreItem> exports) {
  public WorldCoreItems {
    imports = List.copyOf(imports);
    exports = List.copyOf(exports);
  }

  /** The items of world {@code worldId} of {@code resolve}, named by {@code names}. */
  public static WorldCoreItems of(Resolve resolve, int worldId, CoreNames names) {
    World world = resolve.world(worldId);
    List<CoreItem> imports = new ArrayList<>();
    List<CoreItem> exports = new ArrayList<>();
    for (Map.Entry<WorldKey, WorldItem> entry : world.imports().entrySet()) {
      WorldKey key = entry.getKey();
      WorldItem item = entry.getValue();
      if (item instanceof WorldItem.FunctionItem f) {
        imports.add(
            CoreItem.imported(
                names.rootImportModule(),
                names.importFunction(f.function()),
                CoreItemKind.FUNCTION,
                key,
                f.function(),
                -1));
      } else if (item instanceof WorldItem.TypeItem t && isResource(resolve, t.typeId())) {
        String resource = resolve.type(t.typeId()).requireName();
        imports.add(
            CoreItem.imported(
                names.rootImportModule(),
                names.importResourceDrop(resource),
                CoreItemKind.RESOURCE_DROP,
                key,
                null,
                t.typeId()));
      } else if (item instanceof WorldItem.InterfaceItem i) {
        String module = names.importModule(CoreNames.worldKeyName(resolve, key));
        Interface iface = resolve.iface(i.interfaceId());
        for (Function function : iface.functions().values()) {
          imports.add(
              CoreItem.imported(
                  module,
                  names.importFunction(function),
                  CoreItemKind.FUNCTION,
                  key,
                  function,
                  -1));
        }
        for (int typeId : resources(resolve, iface)) {
          String resource = resolve.type(typeId).requireName();
          imports.add(
              CoreItem.imported(
                  names.importResourceDropModule(module),
                  names.importResourceDrop(resource),
                  CoreItemKind.RESOURCE_DROP,
                  key,
                  null,
                  typeId));
        }
      }
    }
    for (Map.Entry<WorldKey, WorldItem> entry : world.exports().entrySet()) {
      WorldKey key = entry.getKey();
      WorldItem item = entry.getValue();
      if (item instanceof WorldItem.FunctionItem f) {
        addExportedFunction(exports, names, key, null, f.function());
      } else if (item instanceof WorldItem.InterfaceItem i) {
        String keyName = CoreNames.worldKeyName(resolve, key);
        Interface iface = resolve.iface(i.interfaceId());
        for (Function function : iface.functions().values()) {
          addExportedFunction(exports, names, key, keyName, function);
        }
        for (int typeId : resources(resolve, iface)) {
          String module = names.exportedResourceModule(keyName);
          String resource = resolve.type(typeId).requireName();
          exports.add(
              CoreItem.exported(
                  names.exportDestructor(keyName, resource),
                  CoreItemKind.DESTRUCTOR,
                  key,
                  null,
                  typeId,
                  true));
          imports.add(
              CoreItem.imported(
                  module,
                  names.exportedResourceNew(resource),
                  CoreItemKind.RESOURCE_NEW,
                  key,
                  null,
                  typeId));
          imports.add(
              CoreItem.imported(
                  module,
                  names.exportedResourceRep(resource),
                  CoreItemKind.RESOURCE_REP,
                  key,
                  null,
                  typeId));
          imports.add(
              CoreItem.imported(
                  module,
                  names.exportedResourceDrop(resource),
                  CoreItemKind.RESOURCE_DROP,
                  key,
                  null,
                  typeId));
        }
      }
    }
    exports.add(CoreItem.exported(names.memory(), CoreItemKind.MEMORY, null, null, -1, true));
    exports.add(CoreItem.exported(names.realloc(), CoreItemKind.REALLOC, null, null, -1, true));
    if (names.free() != null) {
      exports.add(CoreItem.exported(names.free(), CoreItemKind.FREE, null, null, -1, false));
    }
    if (names.initialize() != null) {
      exports.add(
          CoreItem.exported(names.initialize(), CoreItemKind.INITIALIZE, null, null, -1, true));
    }
    if (names.entryPoint() != null) {
      exports.add(
          CoreItem.exported(names.entryPoint(), CoreItemKind.ENTRY_POINT, null, null, -1, true));
    }
    return new WorldCoreItems(imports, exports);
  }

  private static void addExportedFunction(
      List<CoreItem> exports,
      CoreNames names,
      WorldKey key,
      @Nullable String keyName,
      Function function) {
    String name = names.exportFunction(keyName, function);
    exports.add(CoreItem.exported(name, CoreItemKind.FUNCTION, key, function, -1, false));
    String postReturn = names.postReturn(name);
    if (postReturn != null) {
      exports.add(CoreItem.exported(postReturn, CoreItemKind.POST_RETURN, key, function, -1, true));
    }
  }

  private static boolean isResource(Resolve resolve, int typeId) {
    return resolve.type(typeId).kind() instanceof TypeDefKind.ResourceType;
  }

  private static List<Integer> resources(Resolve resolve, Interface iface) {
    List<Integer> ids = new ArrayList<>();
    for (int typeId : iface.types().values()) {
      TypeDef def = resolve.type(typeId);
      if (def.kind() instanceof TypeDefKind.ResourceType) {
        ids.add(typeId);
      }
    }
    return ids;
  }
}
