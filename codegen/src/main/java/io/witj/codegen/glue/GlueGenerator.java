package io.witj.codegen.glue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.GenerationException;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.abi.AbiFlavour;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.declarations.FileHeader;
import io.witj.codegen.declarations.JavaFiles;
import io.witj.codegen.declarations.WorldGlue;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The lift/lower glue of one world: typed export calls in the exported interfaces' classes,
 * exported resource wrappers, and the world class with its builder, import host functions and
 * {@code Abi} helpers, in the world's ABI flavour.
 */
public final class GlueGenerator implements WorldGlue {
  private final CoreNames coreNames;
  private final WorldModel world;
  private final AbiClass abi;
  private final ExportGlue exports;
  private final String encoding;
  private final Map<Integer, String> exportKeys = new HashMap<>();
  private final Map<Integer, String> importKeys = new HashMap<>();

  /**
   * The glue of {@code world}, whose Java types are {@code types}.
   *
   * @throws GenerationException if the world uses what its ABI flavour cannot host, or an interface
   *     to bind at run time is not an exported one
   */
  public GlueGenerator(WorldModel world, JavaTypes types, GeneratorOptions options) {
    this.world = world;
    AbiLayout layout = new AbiLayout(world.resolve());
    AbiFlavour flavour = options.abi();
    if (flavour == AbiFlavour.WIT_BINDGEN_0_2) {
      List<String> problems = WitBindgen02Limits.problems(world, layout);
      if (!problems.isEmpty()) {
        throw new GenerationException(
            world.witName() + " cannot be hosted with the wit-bindgen 0.2 ABI:", problems);
      }
    }
    this.coreNames = flavour.coreNames();
    this.abi = new AbiClass(world, types, layout, flavour);
    this.encoding = options.stringEncoding().name();
    keys(world.world().imports(), importKeys);
    keys(world.world().exports(), exportKeys);
    this.exports = new ExportGlue(abi, coreNames, runTimeBound(options.runTimeBoundExports()));
  }

  /** The exported interfaces named in {@code names} (by interface name or world key). */
  private Set<Integer> runTimeBound(Set<String> names) {
    Set<Integer> ids = new HashSet<>();
    for (String name : names) {
      InterfaceModel model =
          world.exports().stream()
              .filter(
                  m ->
                      name.equals(exportKeys.get(m.interfaceId()))
                          || name.equals(world.resolve().iface(m.interfaceId()).name()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new GenerationException(
                          "cannot bind '"
                              + name
                              + "' at run time: "
                              + world.witName()
                              + " exports no such interface (exports: "
                              + (exportKeys.isEmpty()
                                  ? "none"
                                  : String.join(", ", exportKeys.values()))
                              + ")",
                          List.of()));
      if (!model.resources().isEmpty()) {
        throw new GenerationException(
            "cannot bind '"
                + name
                + "' at run time: it defines resources, whose destructors are bound by name",
            List.of());
      }
      ids.add(model.interfaceId());
    }
    return ids;
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
  public List<JavaFile> worldFiles(FileHeader header) {
    WorldClassEmitter emitter = new WorldClassEmitter(abi, coreNames, exports, encoding);
    TypeSpec.Builder type = emitter.emit(exportKeys, importKeys);
    List<JavaFile> files = new ArrayList<>();
    files.add(JavaFiles.of(world.worldClass(), type.build(), header.forWorld(), world));
    abi.build(coreNames)
        .forEach((name, spec) -> files.add(JavaFiles.of(name, spec, header.forWorld(), world)));
    return files;
  }

  /** The world key of an exported interface, as its core export names spell it. */
  private String exportKey(InterfaceModel model) {
    return Objects.requireNonNull(exportKeys.get(model.interfaceId()), "not an exported interface");
  }
}
