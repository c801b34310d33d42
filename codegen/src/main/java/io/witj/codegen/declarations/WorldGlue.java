package io.witj.codegen.declarations;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.WorldModel;
import java.util.List;

/**
 * Where the lift/lower glue plugs into generation, so that the declaration emitters need not know
 * the glue package. The emitters call these hooks with the builders of the types they generate,
 * before building them; {@link #worldFiles} adds whole files (the world class {@code <W>} with its
 * builder). Names come from the {@link WorldModel} (never re-derive them), Java types from {@link
 * JavaTypes}. An implementation serves one world.
 */
public interface WorldGlue {

  /** Adds typed calls to an exported interface's class ({@code model.functions()}). */
  void exportInterface(InterfaceModel model, TypeSpec.Builder type);

  /**
   * Turns an exported resource's class into the handle wrapper: its methods are {@code
   * model.resourceMethods().get(resource.typeId())}.
   */
  void exportedResource(InterfaceModel model, DeclaredType resource, TypeSpec.Builder type);

  /** Further files for the world, e.g. {@code world.worldClass()}, headed by {@code header}. */
  List<JavaFile> worldFiles(FileHeader header);
}
