package io.witj.codegen.declarations;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.Side;
import io.witj.parser.model.Function;
import javax.lang.model.element.Modifier;

/**
 * The Java signature of a WIT function: name, parameters named after the WIT parameters, result
 * type or {@code void}, javadoc and {@code @Deprecated}. Host interfaces use it abstract; the glue
 * adds modifiers and a body.
 */
public final class Signatures {

  private Signatures() {}

  /**
   * A public method builder with the signature of {@code function}, its types seen from {@code
   * side}.
   */
  public static MethodSpec.Builder of(FunctionModel function, JavaTypes types, Side side) {
    Function f = function.function();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(function.javaName())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(Javadocs.of(f.docs()))
            .addAnnotations(Javadocs.annotations(f.stability()))
            .returns(types.resultType(f.result(), side));
    for (int i = 0; i < function.params().size(); i++) {
      method.addParameter(
          ParameterSpec.builder(
                  types.typeName(function.params().get(i).type(), side),
                  function.paramNames().get(i))
              .build());
    }
    return method;
  }

  /** An abstract interface method for {@code function}. */
  public static MethodSpec abstractMethod(FunctionModel function, JavaTypes types, Side side) {
    return of(function, types, side).addModifiers(Modifier.ABSTRACT).build();
  }
}
