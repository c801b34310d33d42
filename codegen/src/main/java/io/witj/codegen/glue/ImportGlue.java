package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.names.NameScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The host side of guest imports, as the world class's nested {@code HostGlue} class: one nested
 * class per imported interface ({@link InterfaceImportGlue}) asked for its host functions or, when
 * the builder does not implement it, for the hint of the missing-import message; the {@code
 * [resource-new]}, {@code [resource-rep]} and {@code [resource-drop]} intrinsics of exported
 * resources; and {@code imports(...)}, which lists them all as {@code HostImport}s. Handlers take
 * the context of each lowering as a parameter, so one set of glue serves a single guest module and
 * every {@code canon lower} of a component alike.
 */
final class ImportGlue {
  /** Also in {@code TopLevelNames.WORLD_NESTED_CLASSES}: no world class takes this name. */
  static final String CLASS_NAME = "HostGlue";

  static final String IMPORTS_METHOD = "imports";
  static final String HINTS_METHOD = "missingImportHints";
  static final List<CoreType> I32 = List.of(CoreType.I32);

  private final AbiClass abi;
  private final CoreNames names;
  private final ClassName self;
  private final ClassName builder;
  private final TypeSpec.Builder type;
  private final List<CodeBlock> interfaces = new ArrayList<>();
  private final List<CodeBlock> resourceImports = new ArrayList<>();
  private final List<MethodSpec> handlers = new ArrayList<>();
  private final NameScope methodNames = NameScope.reserving(List.of(IMPORTS_METHOD, HINTS_METHOD));
  private final NameScope classNames;

  ImportGlue(AbiClass abi, CoreNames names, ClassName world, ClassName builder) {
    this.abi = abi;
    this.names = names;
    this.self = world.nestedClass(CLASS_NAME);
    this.builder = builder;
    this.classNames =
        NameScope.reserving(List.of(world.simpleName(), CLASS_NAME, builder.simpleName()));
    this.type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The host side of the world's imports: the builder's implementations behind the"
                    + " guest's\ncore imports, lowered with the options of each use.\n")
            .addField(
                FieldSpec.builder(
                        hostImports(), "interfaceImports", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T<>()", ArrayList.class)
                    .build())
            .addField(
                FieldSpec.builder(hints(), "hints", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T<>()", HashMap.class)
                    .build());
  }

  /** The class's name. */
  ClassName className() {
    return self;
  }

  /**
   * Adds the glue of imported interface {@code model}, imported from core module {@code module}.
   */
  void emit(InterfaceModel model, String module) {
    ClassName glue = self.nestedClass(classNames.claim(model.className().simpleName() + "Glue"));
    type.addType(new InterfaceImportGlue(abi, names, model, module, glue, builder).build());
    interfaces.add(
        CodeBlock.of(
            "new $T(builder, abi).$N(interfaceImports, hints)", glue, InterfaceImportGlue.ADD_TO));
  }

  /** Registers the host-provided intrinsics of exported resource {@code resourceId}. */
  void exportedResource(int resourceId, String module) {
    String resource = abi.resource(resourceId, Side.EXPORT);
    String wit = abi.world().resolve().type(resourceId).requireName();
    intrinsic(module, names.exportedResourceNew(wit), "new", resource, I32);
    intrinsic(module, names.exportedResourceRep(wit), "rep", resource, I32);
    intrinsic(module, names.exportedResourceDrop(wit), "drop", resource, List.of());
  }

  private void intrinsic(
      String module, String field, String op, String resource, List<CoreType> results) {
    String method = methodNames.claim(op + resource);
    handlers.add(intrinsicHandler(method, module, field, op, resource, results));
    resourceImports.add(registration(module, field, I32, results, method));
  }

  /**
   * The handler {@code method} of the resource intrinsic {@code module#field}: it calls the Abi's
   * {@code <op><resource>} helper with the handle or rep in the first argument, returning its
   * {@code i32} when {@code results} has one.
   */
  static MethodSpec intrinsicHandler(
      String method,
      String module,
      String field,
      String op,
      String resource,
      List<CoreType> results) {
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
    return m.build();
  }

  /** {@code imports.add(new HostImport(module, field, type, this::method))}. */
  static CodeBlock registration(
      String module, String field, List<CoreType> params, List<CoreType> results, String method) {
    return CodeBlock.of(
        "imports.add(new $T($S,$W$S,$W$L,$Wthis::$N))",
        RuntimeNames.HOST_IMPORT,
        module,
        field,
        WorldClassEmitter.functionType(params, results),
        method);
  }

  /** {@code List<HostImport>}. */
  static TypeName hostImports() {
    return ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.HOST_IMPORT);
  }

  /** {@code Map<String, String>}: import module → how the builder provides it. */
  static TypeName hints() {
    return ParameterizedTypeName.get(Map.class, String.class, String.class);
  }

  /** The finished class. */
  TypeSpec build() {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addParameter(builder, "builder")
            .addParameter(abi.className(), "abi");
    if (!resourceImports.isEmpty()) {
      type.addField(abi.className(), "abi", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.abi = abi");
    }
    SpreadStatements.add(
        type,
        constructor,
        "addInterfaces",
        List.of(
            ParameterSpec.builder(builder, "builder").build(),
            ParameterSpec.builder(abi.className(), "abi").build()),
        false,
        interfaces);
    constructor.addStatement(
        "hints.put($S, $S)", "wasi_snapshot_preview1", "call .wasi(...) on the builder");
    MethodSpec.Builder imports =
        MethodSpec.methodBuilder(IMPORTS_METHOD)
            .returns(hostImports())
            .addParameter(boolean.class, "exportedResources")
            .addJavadoc(
                "The host functions of the imports the builder implements, and with {@code"
                    + " exportedResources}\nthe intrinsics of the world's exported resources.\n");
    if (resourceImports.isEmpty()) {
      imports.addStatement("return new $T<>(interfaceImports)", ArrayList.class);
    } else {
      imports
          .addStatement("$T imports = new $T<>(interfaceImports)", hostImports(), ArrayList.class)
          .beginControlFlow("if (exportedResources)");
      SpreadStatements.add(
          type,
          imports,
          "exportedResourceImports",
          List.of(ParameterSpec.builder(hostImports(), "imports").build()),
          false,
          resourceImports);
      imports.endControlFlow().addStatement("return imports");
    }
    MethodSpec hints =
        MethodSpec.methodBuilder(HINTS_METHOD)
            .returns(hints())
            .addJavadoc(
                "Import module → how to provide it, for the missing-import message: the imported"
                    + "\ninterfaces the builder does not implement, and WASI.\n")
            .addStatement("return hints")
            .build();
    return type.addMethod(constructor.build())
        .addMethod(imports.build())
        .addMethod(hints)
        .addMethods(handlers)
        .build();
  }
}
