package io.witj.codegen.javamodel;

import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import java.util.List;

/**
 * The Java names of one WIT function. Free functions, constructors ({@code newR}) and static
 * functions ({@code rName}) are methods of the interface's Java type; instance methods ({@code
 * [method]r.f}) are methods of the resource's Java type and drop the {@code self} parameter.
 *
 * @param javaName the Java method name
 * @param params the WIT parameters as they appear in Java ({@code self} dropped for methods)
 * @param paramNames the Java parameter names, aligned with {@code params}
 */
public record FunctionModel(
    Function function, String javaName, List<Function.Param> params, List<String> paramNames) {

  /** Whether this is a {@code [method]r.f}, which belongs to the resource's Java type. */
  public boolean isMethod() {
    return function.kind().kind() == FunctionKind.Kind.METHOD;
  }

  /** Whether this is a {@code [constructor]r}. */
  public boolean isConstructor() {
    return function.kind().kind() == FunctionKind.Kind.CONSTRUCTOR;
  }
}
