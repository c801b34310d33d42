package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.GlueNames;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.names.NameScope;
import io.witj.parser.model.TypeDefKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The host side of guest imports, as the world class's nested {@code HostGlue} class: the host's
 * implementations (taken from the builder), one handler method per imported function, {@code
 * [resource-drop]} of every imported resource, the {@code [resource-new]}, {@code [resource-rep]}
 * and {@code [resource-drop]} intrinsics of exported resources, and {@code imports(...)}, which
 * lists them as {@code HostImport}s. Handlers take the context of each lowering as a parameter, so
 * one set of glue serves a single guest module and every {@code canon lower} of a component alike.
 */
final class ImportGlue {
  /** Also in {@code TopLevelNames.WORLD_NESTED_CLASSES}: no world class takes this name. */
  static final String CLASS_NAME = "HostGlue";

  static final String IMPORTS_METHOD = "imports";
  private static final List<CoreType> I32 = List.of(CoreType.I32);

  private final AbiClass abi;
  private final CoreNames names;
  private final CallEmitter calls;
  private final ClassName self;
  private final TypeSpec.Builder type;
  private final MethodSpec.Builder constructor;
  private final CodeBlock.Builder interfaceImports = CodeBlock.builder();
  private final CodeBlock.Builder resourceImports = CodeBlock.builder();
  private final List<MethodSpec> handlers = new ArrayList<>();
  private final NameScope methodNames = NameScope.reserving(List.of(IMPORTS_METHOD));

  ImportGlue(AbiClass abi, CoreNames names, ClassName world, ClassName builder) {
    this.abi = abi;
    this.names = names;
    this.calls = new CallEmitter(abi, "abi.");
    this.self = world.nestedClass(CLASS_NAME);
    this.type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The host side of the world's imports: the builder's implementations behind the"
                    + " guest's\ncore imports, lowered with the options of each use.\n")
            .addField(abi.className(), "abi", Modifier.PRIVATE, Modifier.FINAL);
    this.constructor =
        MethodSpec.constructorBuilder()
            .addParameter(builder, "builder")
            .addParameter(abi.className(), "abi")
            .addStatement("this.abi = abi");
  }

  /** The class's name. */
  ClassName className() {
    return self;
  }

  /**
   * Registers every function and resource drop of {@code model}, implemented by the builder's
   * {@code member}.
   */
  void emit(InterfaceModel model, String module) {
    String impl = model.memberName() + "Impl";
    type.addField(model.className(), impl, Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement("this.$N = builder.$N", impl, GlueNames.field(model.memberName()));
    interfaceImports.beginControlFlow("if ($N != null)", impl);
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
      String dropModule = names.importResourceDropModule(module);
      intrinsic(
          interfaceImports, dropModule, field, "drop" + resource, I32, List.of(), "drop", resource);
    }
    interfaceImports.endControlFlow();
  }

  /** Registers the host-provided intrinsics of exported resource {@code resourceId}. */
  void exportedResource(int resourceId, String module) {
    String resource = abi.resource(resourceId, Side.EXPORT);
    String wit = abi.world().resolve().type(resourceId).requireName();
    intrinsic(
        resourceImports,
        module,
        names.exportedResourceNew(wit),
        "new" + resource,
        I32,
        I32,
        "new",
        resource);
    intrinsic(
        resourceImports,
        module,
        names.exportedResourceRep(wit),
        "rep" + resource,
        I32,
        I32,
        "rep",
        resource);
    intrinsic(
        resourceImports,
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
    handlers.add(calls.importMethod(method, plan, f, Side.IMPORT, target, "abi.handles()"));
    register(interfaceImports, module, field, plan.lowerParams(), plan.lowerResults(), method);
  }

  private void intrinsic(
      CodeBlock.Builder registrations,
      String module,
      String field,
      String natural,
      List<CoreType> params,
      List<CoreType> results,
      String op,
      String resource) {
    String method = methodNames.claim(natural);
    MethodSpec.Builder m =
        CallEmitter.handlerMethod(method).addJavadoc("Guest import $L#$L.\n", module, field);
    if (results.isEmpty()) {
      m.addStatement("abi.$L$L($N, (int) $N[0])", op, resource, CallEmitter.CX, CallEmitter.ARGS)
          .addStatement("return null");
    } else {
      m.addStatement(
          "return new long[] {$T.i32ToI64(abi.$L$L($N, (int) $N[0]))}",
          RuntimeNames.FLAT,
          op,
          resource,
          CallEmitter.CX,
          CallEmitter.ARGS);
    }
    handlers.add(m.build());
    register(registrations, module, field, params, results, method);
  }

  private static void register(
      CodeBlock.Builder registrations,
      String module,
      String field,
      List<CoreType> params,
      List<CoreType> results,
      String method) {
    registrations.addStatement(
        "imports.add(new $T($S,$W$S,$W$L,$Wthis::$N))",
        RuntimeNames.HOST_IMPORT,
        module,
        field,
        WorldClassEmitter.functionType(params, results),
        method);
  }

  /** The finished class. */
  TypeSpec build() {
    ParameterizedTypeName list =
        ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.HOST_IMPORT);
    MethodSpec.Builder imports =
        MethodSpec.methodBuilder(IMPORTS_METHOD)
            .returns(list)
            .addParameter(boolean.class, "exportedResources")
            .addJavadoc(
                "The host functions of the imports the builder implements, and with {@code"
                    + " exportedResources}\nthe intrinsics of the world's exported resources.\n")
            .addStatement("$T imports = new $T<>()", list, ArrayList.class)
            .addCode(interfaceImports.build());
    CodeBlock resources = resourceImports.build();
    if (!resources.isEmpty()) {
      imports.beginControlFlow("if (exportedResources)").addCode(resources).endControlFlow();
    }
    imports.addStatement("return imports");
    return type.addMethod(constructor.build())
        .addMethod(imports.build())
        .addMethods(handlers)
        .build();
  }
}
