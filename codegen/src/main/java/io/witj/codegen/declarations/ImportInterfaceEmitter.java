package io.witj.codegen.declarations;

import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.parser.model.TypeDefKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The Java interface the host implements for an imported WIT interface (or a world's {@code
 * <W>Imports}): nested declarations of its types, a nested {@code AutoCloseable} interface per
 * resource, and one abstract method per free function, constructor and static function.
 */
public final class ImportInterfaceEmitter {

  private final JavaTypes types;
  private final TypeDeclEmitter decls;
  private final ImportedResourceEmitter resources;

  public ImportInterfaceEmitter(WorldModel world, JavaTypes types) {
    this.types = types;
    this.decls = new TypeDeclEmitter(world, types);
    this.resources = new ImportedResourceEmitter(types);
  }

  /** The top-level interface for {@code model}. */
  public TypeSpec emit(InterfaceModel model) {
    TypeSpec.Builder out =
        TypeSpec.interfaceBuilder(model.className())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(Javadocs.of(model.docs(), model.skipped()))
            .addAnnotations(Javadocs.annotations(model.stability()));
    for (DeclaredType type : model.types()) {
      out.addType(
          type.def().kind() instanceof TypeDefKind.ResourceType
              ? resources.declare(
                  type, model.resourceMethods().getOrDefault(type.typeId(), List.of()))
              : decls.declare(type, Side.IMPORT));
    }
    model.functions().forEach(f -> out.addMethod(Signatures.abstractMethod(f, types, Side.IMPORT)));
    return out.build();
  }
}
