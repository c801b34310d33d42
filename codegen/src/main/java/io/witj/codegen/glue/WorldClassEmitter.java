package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.javamodel.GlueNames;
import io.witj.codegen.javamodel.InterfaceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * The world class {@code W}: its {@code Builder} (the guest — a core module or a component —, one
 * setter per imported interface, WASI, host interfaces, machine and memory factories, string
 * encoding), the constructor that instantiates the guest (a module as one Chicory instance, a
 * component through its own instantiation graph) with the {@code HostGlue} of the imports, binds
 * and initializes it, the exported interfaces' objects, the world-level exports, and the nested
 * {@code Abi} and {@code HostGlue} classes.
 */
final class WorldClassEmitter {
  private final AbiClass abi;
  private final CoreNames names;
  private final ExportGlue exports;
  private final String encoding;
  private final ClassName self;
  private final ClassName builder;
  private final TypeSpec.Builder type;
  private final MethodSpec.Builder constructor;
  private final List<CodeBlock> requiredExports = new ArrayList<>();

  WorldClassEmitter(AbiClass abi, CoreNames names, ExportGlue exports, String encoding) {
    this.abi = abi;
    this.names = names;
    this.exports = exports;
    this.encoding = encoding;
    this.self = abi.world().worldClass();
    this.builder = self.nestedClass("Builder"); // a name no world class takes (TopLevelNames)
    this.type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class);
    this.constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "builder");
  }

  TypeSpec.Builder emit(Map<Integer, String> exportKeys, Map<Integer, String> importKeys) {
    var world = abi.world();
    type.addJavadoc(
        "One instance of a guest of world $L: typed exports, the host's imports, and the\n"
            + "Chicory instances they run in. Build with {@link #builder}. Not thread-safe: use one instance per\n"
            + "thread (build several from one parsed module or component).\n",
        world.witName());
    type.addField(abi.className(), "abi", Modifier.PRIVATE, Modifier.FINAL);
    ImportGlue imports = new ImportGlue(abi, names, self, builder);
    constructor.addStatement(
        "this.abi = new $T(builder.stringEncoding, builder.liftLimit)", abi.className());
    constructor.addStatement(
        "$T $$host = new $T(builder, this.abi)", imports.className(), imports.className());
    List<InterfaceModel> importModels = new ArrayList<>(world.imports());
    world.worldImports().ifPresent(importModels::add);
    BuilderEmitter setters =
        new BuilderEmitter(self, builder, encoding, abi.className(), imports.className());
    for (InterfaceModel model : importModels) {
      if (!model.hasHostSide()) {
        continue;
      }
      String module =
          model.interfaceId() < 0
              ? names.rootImportModule()
              : names.importModule(key(importKeys, model));
      setters.implementation(model);
      imports.emit(model, module);
    }
    for (InterfaceModel model : world.exports()) {
      String key = key(exportKeys, model);
      for (var t : model.resources()) {
        imports.exportedResource(t.typeId(), names.exportedResourceModule(key));
      }
    }
    CodeBlock.Builder tail = CodeBlock.builder();
    for (InterfaceModel model : world.exports()) {
      String key = key(exportKeys, model);
      if (exports.boundAtRunTime(model.interfaceId())) {
        runTimeBoundAccessors(model);
        continue;
      }
      model.functions().forEach(f -> requireExport(exports.coreName(key, f)));
      model
          .resourceMethods()
          .values()
          .forEach(fs -> fs.forEach(f -> requireExport(exports.coreName(key, f))));
      String field = GlueNames.field(model.memberName());
      type.addField(model.className(), field, Modifier.PRIVATE, Modifier.FINAL);
      tail.addStatement("this.$N = new $T(abi)", field, model.className());
      abi.guestResources().stream()
          .filter(r -> model.className().equals(r.owner()))
          .forEach(r -> tail.addStatement("abi.owner$L = $N", r.name(), field));
      type.addMethod(
          MethodSpec.methodBuilder(model.memberName())
              .addModifiers(Modifier.PUBLIC)
              .returns(model.className())
              .addJavadoc("The guest's export $L.\n", model.witName())
              .addStatement("return $N", field)
              .build());
    }
    world.exportedFunctions().forEach(f -> requireExport(exports.coreName(null, f)));
    constructor
        .addStatement(
            "$T $$options = new $T(builder.machineFactory, builder.memoryFactory)",
            RuntimeNames.INSTANCE_OPTIONS,
            RuntimeNames.INSTANCE_OPTIONS)
        .addStatement("$T<$T> $$exports = new $T<>()", List.class, String.class, ArrayList.class);
    SpreadStatements.add(
        type,
        constructor,
        "requiredExports",
        List.of(
            ParameterSpec.builder(ParameterizedTypeName.get(List.class, String.class), "$exports")
                .build()),
        true,
        requiredExports);
    constructor
        .beginControlFlow("if (builder.component != null)")
        .addStatement(
            "abi.bind($T.link(builder.component,$W$$host.$N(true),$Wbuilder.hostInterfaces,$Wabi,"
                + "$W$$options),$W$$exports)",
            RuntimeNames.COMPONENT_LINKER,
            ImportGlue.IMPORTS_METHOD)
        .nextControlFlow("else")
        .addStatement(
            "abi.bind($T.instantiate($T.requireNonNull(builder.module, $S),$W$$host.$N(true),"
                + "$Wbuilder.wasi,$W$$host.$N(),$Wabi,$W$$options),$W$$exports)",
            RuntimeNames.MODULE_GUEST,
            Objects.class,
            "module",
            ImportGlue.IMPORTS_METHOD,
            ImportGlue.HINTS_METHOD)
        .endControlFlow();
    constructor.addCode(tail.build());
    exports.worldExports(world.exportedFunctions(), type, constructor);
    if (names.initialize() != null) {
      constructor.addStatement("abi.initialize()");
    }
    if (names.entryPoint() != null) {
      type.addMethod(
          MethodSpec.methodBuilder("main")
              .addModifiers(Modifier.PUBLIC)
              .returns(int.class)
              .addJavadoc(
                  "Runs the guest program: its entry point {@code $L(0, 0)}.\n\n@return the"
                      + " program's exit code, 0 for success\n@throws $T if the guest has no"
                      + " {@code $L} of core type {@code (param i32 i32) (result i32)}\n"
                      + "@throws $T if the guest traps (a Rust panic is a trap)\n",
                  names.entryPoint(),
                  RuntimeNames.GUEST_LOAD_EXCEPTION,
                  names.entryPoint(),
                  RuntimeNames.WIT_TRAP_EXCEPTION)
              .addStatement("return abi.main()")
              .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addParameter(RuntimeNames.WASM_MODULE, "module")
            .addJavadoc("Starts building an instance of the parsed guest core {@code module}.\n")
            .addStatement(
                "return new $T($T.requireNonNull(module, $S), null)",
                builder,
                Objects.class,
                "module")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addParameter(byte[].class, "wasm")
            .addJavadoc(
                """
                Starts building an instance of the guest in {@code wasm}: a core module, or a component
                whose guest core module is taken out (see {@code GuestModule}) and parsed here.
                """)
            .addStatement(
                "return new $T($T.fromBytes(wasm).parse(), null)",
                builder,
                RuntimeNames.GUEST_MODULE)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addParameter(RuntimeNames.COMPONENT, "component")
            .addJavadoc(
                "Starts building an instance of {@code component}, run as it is: its own core modules\n"
                    + "instantiated as its graph says; imports outside this world come from\n"
                    + "{@link Builder#hostInterfaces}.\n")
            .addStatement(
                "return new $T(null, $T.requireNonNull(component, $S))",
                builder,
                Objects.class,
                "component")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("host")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc(
                "Starts a builder without a guest, whose implementations of this world's imports\n"
                    + "serve components of other worlds: {@code host()....toHostInterfaces()}.\n")
            .addStatement("return new $T(null, null)", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("instance")
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeNames.INSTANCE)
            .addJavadoc("The Chicory instance of the guest's own code.\n")
            .addStatement("return abi.instance()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("close")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Releases the instance: host resources still held by the guest are closed.\n")
            .addStatement("abi.close()")
            .build());
    type.addType(setters.build());
    type.addType(imports.build());
    return type;
  }

  /**
   * The accessors of an exported interface bound to core exports named at run time: one taking a
   * function from WIT function names to core names, and for an interface of one function one taking
   * that function's core name.
   */
  private void runTimeBoundAccessors(InterfaceModel model) {
    type.addMethod(
        MethodSpec.methodBuilder(model.memberName())
            .addModifiers(Modifier.PUBLIC)
            .returns(model.className())
            .addParameter(ParameterizedTypeName.get(UnaryOperator.class, String.class), "coreName")
            .addJavadoc(
                "The guest's export $L under the core exports {@code coreName} gives for its"
                    + " functions\n(from their WIT names), each checked now: exported, with the"
                    + " function's core type.\n\n@throws $T if one is not\n",
                model.witName(),
                RuntimeNames.GUEST_LOAD_EXCEPTION)
            .addStatement("return new $T(abi, coreName)", model.className())
            .build());
    if (model.functions().size() == 1 && model.resourceMethods().isEmpty()) {
      type.addMethod(
          MethodSpec.methodBuilder(model.memberName())
              .addModifiers(Modifier.PUBLIC)
              .returns(model.className())
              .addParameter(String.class, "coreName")
              .addJavadoc(
                  "The guest's export $L with its function $L bound to the core export {@code"
                      + " coreName},\nchecked now: exported, with the function's core type.\n\n"
                      + "@throws $T if it is not\n",
                  model.witName(),
                  model.functions().get(0).function().name(),
                  RuntimeNames.GUEST_LOAD_EXCEPTION)
              .addStatement("return new $T(abi, function -> coreName)", model.className())
              .build());
    }
  }

  /** {@code FunctionType.of(List.of(ValType.I32, …), List.of(…))} of a core signature. */
  static CodeBlock functionType(List<CoreType> params, List<CoreType> results) {
    return CodeBlock.of(
        "$T.of($L,$W$L)", RuntimeNames.FUNCTION_TYPE, valTypes(params), valTypes(results));
  }

  private static CodeBlock valTypes(List<CoreType> types) {
    return CodeBlock.of(
        "$T.of($L)",
        List.class,
        CodeBlock.join(
            types.stream()
                .map(t -> CodeBlock.of("$T.$L", RuntimeNames.VAL_TYPE, t.name()))
                .toList(),
            ",$W"));
  }

  /** Adds core export {@code name} to those the guest must have. */
  private void requireExport(String name) {
    requiredExports.add(CodeBlock.of("$$exports.add($S)", name));
  }

  static TypeName machineFactory() {
    return ParameterizedTypeName.get(
        ClassName.get(Function.class), RuntimeNames.INSTANCE, RuntimeNames.MACHINE);
  }

  static TypeName memoryFactory() {
    return ParameterizedTypeName.get(
        ClassName.get(Function.class), RuntimeNames.MEMORY_LIMITS, RuntimeNames.MEMORY);
  }

  /** The world key of an imported or exported interface, as its core names spell it. */
  private static String key(Map<Integer, String> keys, InterfaceModel model) {
    return Objects.requireNonNull(keys.get(model.interfaceId()), model.witName());
  }
}
