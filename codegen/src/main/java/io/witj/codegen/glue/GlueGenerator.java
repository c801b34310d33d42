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
import java.util.Objects;

/**
 * The lift/lower glue of one world: typed export calls in the exported interfaces' classes,
 * exported resource wrappers, and the world class with its builder, import host functions and
 * {@code Abi} helpers.
 */
public final class GlueGenerator implements WorldGlue {
  private final CoreNames coreNames = CoreNames.LEGACY;
  private final WorldModel world;
  private final AbiClass abi;
  private final ExportGlue exports;
  private final String encoding;
  private final Map<Integer, String> exportKeys = new HashMap<>();
  private final Map<Integer, String> importKeys = new HashMap<>();

  /** The glue of {@code world}, whose Java types are {@code types}. */
  public GlueGenerator(WorldModel world, JavaTypes types, GeneratorOptions options) {
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
    exports.exportInterface(model, exportKey(model), type);
  }

  @Override
  public void exportedResource(InterfaceModel model, DeclaredType resource, TypeSpec.Builder type) {
    exports.exportedResource(model, resource, exportKey(model), type);
  }

  @Override
  public List<JavaFile> worldFiles() {
    WorldClassEmitter emitter = new WorldClassEmitter(abi, coreNames, exports, encoding);
    TypeSpec.Builder type = emitter.emit(exportKeys, importKeys);
    type.addType(abi.build(coreNames));
    return List.of(JavaFiles.of(world.worldClass(), type.build(), world.witName(), world));
  }

  /** The world key of an exported interface, as its core export names spell it. */
  private String exportKey(InterfaceModel model) {
    return Objects.requireNonNull(exportKeys.get(model.interfaceId()), "not an exported interface");
  }
}
