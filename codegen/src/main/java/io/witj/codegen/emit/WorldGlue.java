package io.witj.codegen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.WorldModel;
import java.util.List;

/**
 * Where the lift/lower glue plugs into generation. The declaration emitters call these hooks with
 * the builders of the types they generate, before building them; {@link #worldFiles} adds whole
 * files (the world class {@code <W>} with its builder). Every hook does nothing by default ({@link
 * #NONE}). Names come from the {@link WorldModel} (never re-derive them), Java types from {@link
 * JavaTypes}.
 */
public interface WorldGlue {

  /** Generates declarations only. */
  WorldGlue NONE = new WorldGlue() {};

  /** Called once per run, before any other hook, with the world being generated. */
  default void begin(WorldModel world, JavaTypes types, GeneratorOptions options) {}

  /**
   * Adds to a host interface (an imported interface or {@code <W>Imports}), e.g. static helpers.
   */
  default void importInterface(InterfaceModel model, TypeSpec.Builder type) {}

  /** Adds typed calls to an exported interface's class ({@code model.functions()}). */
  default void exportInterface(InterfaceModel model, TypeSpec.Builder type) {}

  /**
   * Turns an exported resource's class into the handle wrapper: its methods are {@code
   * model.resourceMethods().get(resource.typeId())}.
   */
  default void exportedResource(
      InterfaceModel model, DeclaredType resource, TypeSpec.Builder type) {}

  /** Further files for the world, e.g. {@code world.worldClass()}. */
  default List<JavaFile> worldFiles(WorldModel world, JavaTypes types) {
    return List.of();
  }
}
