package io.witj.codegen.declarations;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.Side;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * An imported (host-implemented) resource: {@code interface R extends AutoCloseable} with one
 * abstract method per {@code [method]r.f} ({@code self} dropped) and {@code default void close()
 * {}}, which the glue calls when the guest drops its last handle. Constructors and static functions
 * are methods of the enclosing host interface.
 */
public final class ImportedResourceEmitter {

  private final JavaTypes types;

  public ImportedResourceEmitter(JavaTypes types) {
    this.types = types;
  }

  /** The declaration of {@code resource} with {@code methods} in WIT order. */
  public TypeSpec declare(DeclaredType resource, List<FunctionModel> methods) {
    TypeSpec.Builder out =
        TypeSpec.interfaceBuilder(resource.simpleName())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addSuperinterface(AutoCloseable.class)
            .addJavadoc(Javadocs.of(resource.def().docs()))
            .addAnnotations(Javadocs.annotations(resource.def().stability()));
    methods.forEach(m -> out.addMethod(Signatures.abstractMethod(m, types, Side.IMPORT)));
    out.addMethod(
        MethodSpec.methodBuilder("close")
            .addJavadoc(
                "Called when the guest drops its last handle to this resource; does nothing by default.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .build());
    return out.build();
  }
}
