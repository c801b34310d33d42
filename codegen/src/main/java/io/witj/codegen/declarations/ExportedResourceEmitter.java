package io.witj.codegen.declarations;

import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.javamodel.DeclaredType;
import javax.lang.model.element.Modifier;

/**
 * An exported (guest-implemented) resource: a {@code public static final class R} nested in the
 * exported interface's class. This emitter declares the type with its docs; the glue turns the
 * builder into the handle wrapper (handle field, constructor, typed methods, {@code close()}) via
 * {@link WorldGlue#exportedResource}. When the glue adds no constructor, {@link
 * ExportInterfaceEmitter} adds a private one so the host cannot make instances that wrap no handle.
 */
public final class ExportedResourceEmitter {

  /** The class builder for {@code resource}, before the glue adds its members. */
  public TypeSpec.Builder declare(DeclaredType resource) {
    return TypeSpec.classBuilder(resource.simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(Javadocs.of(resource.def().docs()))
        .addAnnotations(Javadocs.annotations(resource.def().stability()));
  }
}
