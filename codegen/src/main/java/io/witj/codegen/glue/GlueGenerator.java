package io.witj.codegen.glue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.emit.JavaFiles;
import io.witj.codegen.emit.WorldGlue;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lift/lower glue of one generation run: typed export calls in the exported interfaces'
 * classes, exported resource wrappers, and the world class with its builder, import host functions
 * and {@code Abi} helpers. Stateful; use one instance per generated world.
 */
public final class GlueGenerator implements WorldGlue {
  private final CoreNames coreNames = CoreNames.LEGACY;
  private WorldModel world;
  private AbiClass abi;
  private ExportGlue exports;
  private String encoding;
  private final Map<Integer, String> exportKeys = new HashMap<>();
  private final Map<Integer, String> importKeys = new HashMap<>();

  @Override
  public void begin(WorldModel world, JavaTypes types, GeneratorOptions options) {
    this.world = world;
    this.abi = new AbiClass(world, types, new AbiLayout(world.resolve()));
    this.exports = new ExportGlue(abi, coreNames);
    this.encoding = options.stringEncoding().name();
    keys(world.world().imports(), importKeys);
    keys(world.world().exports(), exportKeys);
  }

  private void keys(Map<WorldKey, WorldItem> items, Map<Integer, String> out) {
    items.forEach(
        (key, item) -> {
          if (item instanceof WorldItem.InterfaceItem i) {
            out.put(i.interfaceId(), CoreNames.worldKeyName(world.resolve(), key));
          }
        });
  }

  @Override
  public void exportInterface(InterfaceModel model, TypeSpec.Builder type) {
    exports.exportInterface(model, exportKeys.get(model.interfaceId()), type);
  }

  @Override
  public void exportedResource(InterfaceModel model, DeclaredType resource, TypeSpec.Builder type) {
    exports.exportedResource(model, resource, exportKeys.get(model.interfaceId()), type);
  }

  @Override
  public List<JavaFile> worldFiles(WorldModel world, JavaTypes types) {
    WorldClassEmitter emitter = new WorldClassEmitter(abi, coreNames, exports, encoding);
    TypeSpec.Builder type = emitter.emit(exportKeys, importKeys);
    type.addType(abi.build(coreNames));
    return List.of(JavaFiles.of(world.worldClass(), type.build(), world.witName(), world));
  }
}
