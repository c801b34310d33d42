package io.witj.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.emit.ExportInterfaceEmitter;
import io.witj.codegen.emit.ImportInterfaceEmitter;
import io.witj.codegen.emit.JavaFiles;
import io.witj.codegen.glue.GlueGenerator;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.codegen.javamodel.WorldModelBuilder;
import io.witj.parser.model.Resolve;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the Java sources for one world of a {@link Resolve}: a host interface per imported
 * interface, {@code <W>Imports} for world-level imports, a class per exported interface, and the
 * lift/lower glue of {@link GlueGenerator} (the world class).
 */
public final class Generator {
  private Generator() {}

  /**
   * Generates declarations, host interfaces and the Canonical ABI glue (world class and builder) of
   * the world chosen by {@code options.world()}.
   *
   * @throws GenerationException if the world is missing or ambiguous, or it uses unsupported items
   *     and {@code options.skipUnsupported()} is false
   */
  public static GeneratedSources generate(Resolve resolve, GeneratorOptions options) {
    return generate(resolve, WorldSelector.select(resolve, options.world(), "--world"), options);
  }

  /**
   * {@link #generate(Resolve, GeneratorOptions)} of the world with id {@code worldId}.
   *
   * @throws GenerationException if the world uses unsupported items and {@code
   *     options.skipUnsupported()} is false
   */
  public static GeneratedSources generate(Resolve resolve, int worldId, GeneratorOptions options) {
    WorldModel world =
        WorldModelBuilder.build(resolve, worldId, options.basePackage(), options.packageMap());
    if (!world.skipped().isEmpty() && !options.skipUnsupported()) {
      throw new GenerationException(
          world.witName()
              + " uses items that are not supported yet (use skip-unsupported to leave them out):",
          world.skipped());
    }
    JavaTypes types = new JavaTypes(world);
    GlueGenerator glue = new GlueGenerator(world, types, options);
    ImportInterfaceEmitter imports = new ImportInterfaceEmitter(world, types);
    ExportInterfaceEmitter exports = new ExportInterfaceEmitter(world, types, glue);
    List<JavaFile> files = new ArrayList<>();
    for (InterfaceModel model : world.imports()) {
      files.add(file(model, imports.emit(model), world));
    }
    world.worldImports().ifPresent(model -> files.add(file(model, imports.emit(model), world)));
    for (InterfaceModel model : world.exports()) {
      files.add(file(model, exports.emit(model), world));
    }
    files.addAll(glue.worldFiles());
    return new GeneratedSources(world, files, world.skipped());
  }

  private static JavaFile file(InterfaceModel model, TypeSpec type, WorldModel world) {
    return JavaFiles.of(model.className(), type, model.witName(), world);
  }
}
