package io.witj.codegen.declarations;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.Side;
import io.witj.parser.model.Function;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind.HandleType;
import io.witj.parser.model.TypeRef;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The Java signature of a WIT function: name, parameters named after the WIT parameters, result
 * type or {@code void}, javadoc (with who owns each resource parameter) and {@code @Deprecated}.
 * Host interfaces use it abstract; the glue adds modifiers and a body.
 */
public final class Signatures {

  private Signatures() {}

  /**
   * A public method builder with the signature of {@code function}, its types seen from {@code
   * side}, for a method through which the host calls the guest (an export).
   */
  public static MethodSpec.Builder of(FunctionModel function, JavaTypes types, Side side) {
    return method(function, types, side, false);
  }

  /** An abstract method for {@code function} that the host implements (an import). */
  public static MethodSpec abstractMethod(FunctionModel function, JavaTypes types, Side side) {
    return method(function, types, side, true).addModifiers(Modifier.ABSTRACT).build();
  }

  private static MethodSpec.Builder method(
      FunctionModel function, JavaTypes types, Side side, boolean hostImplements) {
    Function f = function.function();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(function.javaName())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(Javadocs.of(f.docs()))
            .addAnnotations(Javadocs.annotations(f.stability()))
            .returns(types.resultType(f.result(), side));
    boolean separate = f.docs() != null && !f.docs().isBlank();
    for (int i = 0; i < function.params().size(); i++) {
      Type type = function.params().get(i).type();
      String name = function.paramNames().get(i);
      method.addParameter(ParameterSpec.builder(types.typeName(type, side), name).build());
      HandleType handle = handle(types.resolve(), type);
      if (handle != null) {
        if (separate) { // a blank line between the description and the block tags
          method.addJavadoc("\n");
          separate = false;
        }
        method.addJavadoc(
            "@param $L $L\n", name, ownership(types.resolve(), handle, hostImplements));
      }
    }
    return method;
  }

  /**
   * Who owns a resource passed as a parameter, for its {@code @param}: the host cannot tell {@code
   * own} from {@code borrow} by the Java type, and the two oblige it to opposite things.
   */
  private static String ownership(Resolve resolve, HandleType handle, boolean hostImplements) {
    String resource = resolve.type(handle.resourceId()).name();
    String wit = "{@code " + (handle.borrow() ? "borrow<" : "own<") + resource + ">}";
    if (hostImplements) {
      return handle.borrow()
          ? wit + ": lent by the guest for this call only; do not close it or keep it afterwards"
          : wit + ": the guest gives it up; the host owns it from now on and closes it when done";
    }
    return handle.borrow()
        ? wit + ": lent to the guest for this call; it stays the host's"
        : wit + ": moves to the guest; this Java object can no longer be used or closed afterwards";
  }

  /** The handle {@code type} is, after aliases; null when it is none. */
  private static @Nullable HandleType handle(Resolve resolve, Type type) {
    return resolve.dealias(type) instanceof TypeRef ref
            && resolve.type(ref.id()).kind() instanceof HandleType handle
        ? handle
        : null;
  }
}
