package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.parser.model.TypeDefKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The world class {@code W}: its {@code Builder} (module, one setter per imported interface, WASI,
 * machine factory, memory factory, string encoding), the constructor that provides the imports as
 * Chicory host functions, instantiates, binds and initializes the guest, the exported interfaces'
 * objects, the world-level exports, and the nested {@code Abi} class.
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
  private final List<MethodSpec> hostMethods = new ArrayList<>();
  private final CodeBlock.Builder registrations = CodeBlock.builder();
  private final CodeBlock.Builder contexts = CodeBlock.builder();
  private final Map<String, String> hints = new LinkedHashMap<>();
  private final List<String> requiredExports = new ArrayList<>();

  WorldClassEmitter(AbiClass abi, CoreNames names, ExportGlue exports, String encoding) {
    this.abi = abi;
    this.names = names;
    this.exports = exports;
    this.encoding = encoding;
    this.self = abi.world().worldClass();
    this.builder = self.nestedClass("Builder");
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
        """
        One instance of a guest of world $L: typed exports, the host's imports, and the
        Chicory instance they run in. Build with {@link #builder}. Not thread-safe: use one instance per
        thread (build several from one parsed module).
        """,
        world.witName());
    type.addField(abi.className(), "abi", Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement(
        "this.abi = new $T(builder.stringEncoding, builder.liftLimit)", abi.className());
    constructor.addStatement(
        "$T<$T> functions = new $T<>()",
        List.class,
        ClassName.get("com.dylibso.chicory.runtime", "ImportFunction"),
        ArrayList.class);
    ImportGlue imports = new ImportGlue(abi, names, this);
    List<InterfaceModel> importModels = new ArrayList<>(world.imports());
    world.worldImports().ifPresent(importModels::add);
    BuilderEmitter setters = new BuilderEmitter(self, builder, encoding);
    for (InterfaceModel model : importModels) {
      if (!model.hasHostSide()) {
        continue;
      }
      String module =
          model.interfaceId() < 0
              ? names.rootImportModule()
              : names.importModule(key(importKeys, model));
      String field = model.memberName() + "Impl";
      type.addField(model.className(), field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = builder.$N", field, model.memberName());
      setters.implementation(model);
      hints.put(module, "call ." + model.memberName() + "(...) on the builder");
      registrations.beginControlFlow("if ($N != null)", field);
      imports.emit(model, module, field);
      registrations.endControlFlow();
    }
    for (InterfaceModel model : world.exports()) {
      String key = key(exportKeys, model);
      for (var t : model.types()) {
        if (t.def().kind() instanceof TypeDefKind.ResourceType) {
          imports.exportedResource(t.typeId(), names.exportedResourceModule(key));
        }
      }
    }
    constructor.addCode(registrations.build());
    constructor
        .beginControlFlow("if (builder.wasi != null)")
        .addStatement("functions.addAll($T.asList(builder.wasi))", java.util.Arrays.class)
        .endControlFlow();
    hints.put("wasi_snapshot_preview1", "call .wasi(...) on the builder");
    constructor.addStatement(
        "$T.check(builder.module, functions, $L)", RuntimeNames.MODULE_IMPORTS, mapOf(hints));
    constructor.addStatement(
        "$T.Builder instance = $T.builder(builder.module)$>\n.withImportValues($T.builder().withFunctions(functions).build())\n.withStart(false)$<",
        RuntimeNames.INSTANCE,
        RuntimeNames.INSTANCE,
        RuntimeNames.IMPORT_VALUES);
    constructor
        .beginControlFlow("if (builder.machineFactory != null)")
        .addStatement("instance.withMachineFactory(builder.machineFactory)")
        .endControlFlow();
    constructor.addStatement("instance.withMemoryFactory(builder.memoryFactory)");
    CodeBlock.Builder tail = CodeBlock.builder();
    for (InterfaceModel model : world.exports()) {
      String key = key(exportKeys, model);
      model.functions().forEach(f -> requiredExports.add(exports.coreName(key, f)));
      model
          .resourceMethods()
          .values()
          .forEach(fs -> fs.forEach(f -> requiredExports.add(exports.coreName(key, f))));
      type.addField(model.className(), model.memberName(), Modifier.PRIVATE, Modifier.FINAL);
      tail.addStatement("this.$N = new $T(abi)", model.memberName(), model.className());
      abi.guestResources().stream()
          .filter(r -> model.className().equals(r.owner()))
          .forEach(r -> tail.addStatement("abi.owner$L = $N", r.name(), model.memberName()));
      type.addMethod(
          MethodSpec.methodBuilder(model.memberName())
              .addModifiers(Modifier.PUBLIC)
              .returns(model.className())
              .addJavadoc("The guest's export $L.\n", model.witName())
              .addStatement("return $N", model.memberName())
              .build());
    }
    world.exportedFunctions().forEach(f -> requiredExports.add(exports.coreName(null, f)));
    constructor.addStatement("abi.bind(instance.build(), $L)", listOf(requiredExports));
    constructor.addCode(contexts.build());
    constructor.addCode(tail.build());
    exports.worldExports(world.exportedFunctions(), type, constructor);
    constructor.addStatement("abi.exports().initialize()");
    type.addMethod(constructor.build());
    type.addMethods(hostMethods);
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addParameter(RuntimeNames.WASM_MODULE, "module")
            .addJavadoc("Starts building an instance of the parsed guest {@code module}.\n")
            .addStatement("return new $T(module)", builder)
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
                "return new $T($T.fromBytes(wasm).parse())", builder, RuntimeNames.GUEST_MODULE)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("instance")
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeNames.INSTANCE)
            .addJavadoc("The Chicory instance.\n")
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
    return type;
  }

  /** Registers {@code handler} as host function {@code module}/{@code field}. */
  void hostFunction(
      String module,
      String field,
      List<CoreType> params,
      List<CoreType> results,
      MethodSpec handler,
      String cxField,
      String qualifiedName) {
    hostMethods.add(handler);
    if (cxField != null) {
      type.addField(
          FieldSpec.builder(RuntimeNames.CANON_CONTEXT, cxField, Modifier.PRIVATE, Modifier.FINAL)
              .build());
      contexts.addStatement("this.$N = abi.context($S)", cxField, qualifiedName);
    }
    registrations.addStatement(
        "functions.add(new $T($S, $S, $T.of($L, $L), this::$N))",
        RuntimeNames.HOST_FUNCTION,
        module,
        field,
        RuntimeNames.FUNCTION_TYPE,
        valTypes(params),
        valTypes(results),
        handler.name());
  }

  private static CodeBlock valTypes(List<CoreType> types) {
    return CodeBlock.of(
        "$T.of($L)",
        List.class,
        CodeBlock.join(
            types.stream()
                .map(t -> CodeBlock.of("$T.$L", RuntimeNames.VAL_TYPE, t.name()))
                .toList(),
            ", "));
  }

  private static CodeBlock listOf(List<String> values) {
    return CodeBlock.of(
        "$T.of($L)",
        List.class,
        CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "));
  }

  private static CodeBlock mapOf(Map<String, String> values) {
    List<CodeBlock> entries = new ArrayList<>();
    values.forEach((k, v) -> entries.add(CodeBlock.of("$T.entry($S, $S)", Map.class, k, v)));
    return CodeBlock.of("$T.ofEntries($L)", Map.class, CodeBlock.join(entries, ", "));
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
