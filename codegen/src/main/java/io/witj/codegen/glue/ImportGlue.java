package io.witj.codegen.glue;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.names.NameScope;
import io.witj.parser.model.TypeDefKind;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The host side of guest imports: one host-function method of the world class per imported
 * function, {@code [resource-drop]} of every imported resource, and the {@code [resource-new]},
 * {@code [resource-rep]} and {@code [resource-drop]} intrinsics of exported resources.
 */
final class ImportGlue {
  private static final List<CoreType> I32 = List.of(CoreType.I32);

  private final AbiClass abi;
  private final CoreNames names;
  private final WorldClassEmitter world;
  private final CallEmitter calls;
  private final NameScope methodNames =
      NameScope.reserving(List.of("builder", "close", "instance"));

  ImportGlue(AbiClass abi, CoreNames names, WorldClassEmitter world) {
    this.abi = abi;
    this.names = names;
    this.world = world;
    this.calls = new CallEmitter(abi, "abi.");
  }

  /**
   * Registers every function and resource drop of {@code model}, implemented by field {@code impl}.
   */
  void emit(InterfaceModel model, String module, String impl) {
    for (FunctionModel f : model.functions()) {
      function(f, module, CodeBlock.of("$N", impl), "");
    }
    for (DeclaredType t : model.types()) {
      if (!(t.def().kind() instanceof TypeDefKind.ResourceType)) {
        continue;
      }
      for (FunctionModel f : model.resourceMethods().getOrDefault(t.typeId(), List.of())) {
        function(f, module, null, t.simpleName());
      }
      String resource = abi.resource(t.typeId(), Side.IMPORT);
      String field = names.importResourceDrop(t.def().requireName());
      intrinsic(module, field, "drop" + resource, I32, List.of(), "drop", resource);
    }
  }

  /** Registers the host-provided intrinsics of exported resource {@code resourceId}. */
  void exportedResource(int resourceId, String module) {
    String resource = abi.resource(resourceId, Side.EXPORT);
    String wit = abi.world().resolve().type(resourceId).requireName();
    intrinsic(module, names.exportedResourceNew(wit), "new" + resource, I32, I32, "new", resource);
    intrinsic(module, names.exportedResourceRep(wit), "rep" + resource, I32, I32, "rep", resource);
    intrinsic(
        module,
        names.exportedResourceDrop(wit),
        "drop" + resource,
        I32,
        List.of(),
        "drop",
        resource);
  }

  /**
   * @param resource the resource's simple name for a method ({@code importCursorNext}), else empty
   */
  private void function(
      FunctionModel f, String module, @Nullable CodeBlock target, String resource) {
    String field = names.importFunction(f.function());
    String qualified = module + "#" + field;
    FunctionPlan plan = FunctionPlan.of(abi.layout(), qualified, f.function());
    String method =
        methodNames.claim(
            "import"
                + resource
                + Character.toUpperCase(f.javaName().charAt(0))
                + f.javaName().substring(1));
    String cx = method + "Cx";
    MethodSpec handler =
        calls.importMethod(method, plan, f, Side.IMPORT, target, cx, "abi.handles()");
    world.hostFunction(
        module, field, plan.lowerParams(), plan.lowerResults(), handler, cx, qualified);
  }

  private void intrinsic(
      String module,
      String field,
      String natural,
      List<CoreType> params,
      List<CoreType> results,
      String op,
      String resource) {
    String method = methodNames.claim(natural);
    String cx = method + "Cx";
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.PRIVATE)
            .returns(long[].class)
            .addParameter(RuntimeNames.INSTANCE, CallEmitter.INSTANCE)
            .addParameter(long[].class, CallEmitter.ARGS)
            .varargs(true)
            .addJavadoc("Guest import $L#$L.\n", module, field);
    if (results.isEmpty()) {
      m.addStatement("abi.$L$L($N, (int) $N[0])", op, resource, cx, CallEmitter.ARGS)
          .addStatement("return null");
    } else {
      m.addStatement(
          "return new long[] {$T.i32ToI64(abi.$L$L($N, (int) $N[0]))}",
          RuntimeNames.FLAT,
          op,
          resource,
          cx,
          CallEmitter.ARGS);
    }
    world.hostFunction(module, field, params, results, m.build(), cx, module + "#" + field);
  }
}
