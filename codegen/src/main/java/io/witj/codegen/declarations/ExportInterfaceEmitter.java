package io.witj.codegen.declarations;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.parser.model.TypeDefKind;
import javax.lang.model.element.Modifier;

/**
 * The class for an exported WIT interface: a {@code public final class} holding the export side's
 * type declarations and exported resource classes; the glue adds the typed calls. Types and
 * resources declared here are distinct from the import side's, since the guest implements them.
 */
public final class ExportInterfaceEmitter {

  private final TypeDeclEmitter decls;
  private final ExportedResourceEmitter resources = new ExportedResourceEmitter();
  private final WorldGlue glue;

  public ExportInterfaceEmitter(WorldModel world, JavaTypes types, WorldGlue glue) {
    this.decls = new TypeDeclEmitter(world, types);
    this.glue = glue;
  }

  /** The top-level class for {@code model}. */
  public TypeSpec emit(InterfaceModel model) {
    TypeSpec.Builder out =
        TypeSpec.classBuilder(model.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(Javadocs.of(model.docs(), model.skipped()))
            .addAnnotations(Javadocs.annotations(model.stability()));
    for (DeclaredType type : model.types()) {
      if (type.def().kind() instanceof TypeDefKind.ResourceType) {
        TypeSpec.Builder resource = resources.declare(type);
        glue.exportedResource(model, type, resource);
        out.addType(withConstructor(resource.build()));
      } else {
        out.addType(decls.declare(type, Side.EXPORT));
      }
    }
    glue.exportInterface(model, out);
    return withConstructor(out.build());
  }

  /** {@code type}, with a private no-argument constructor if it has no constructor at all. */
  private static TypeSpec withConstructor(TypeSpec type) {
    if (type.methodSpecs().stream().anyMatch(MethodSpec::isConstructor)) {
      return type;
    }
    return type.toBuilder()
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }
}
