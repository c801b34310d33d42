package io.witj.codegen.glue;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.javamodel.GlueNames;
import io.witj.codegen.javamodel.InterfaceModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The world's {@code Builder}: the guest (a core module or a component; neither for a builder made
 * by {@code host()}), one setter per imported interface, and the options; {@code build()} makes the
 * world instance and {@code toHostInterfaces()} offers the implementations to other worlds'
 * components.
 */
final class BuilderEmitter {
  private final ClassName world;
  private final ClassName self;
  private final ClassName abi;
  private final ClassName hostGlue;
  private final TypeSpec.Builder type;

  BuilderEmitter(
      ClassName world, ClassName self, String encoding, ClassName abi, ClassName hostGlue) {
    this.world = world;
    this.self = self;
    this.abi = abi;
    this.hostGlue = hostGlue;
    this.type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Configures and instantiates a {@link $T}.\n", world)
            .addField(RuntimeNames.WASM_MODULE, "module", Modifier.PRIVATE, Modifier.FINAL)
            .addField(RuntimeNames.COMPONENT, "component", Modifier.PRIVATE, Modifier.FINAL)
            .addField(
                FieldSpec.builder(RuntimeNames.STRING_ENCODING, "stringEncoding", Modifier.PRIVATE)
                    .initializer("$T.$L", RuntimeNames.STRING_ENCODING, encoding)
                    .build())
            .addField(
                FieldSpec.builder(
                        hostInterfacesList(), "hostInterfaces", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T<>()", ArrayList.class)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RuntimeNames.WASM_MODULE, "module")
                    .addParameter(RuntimeNames.COMPONENT, "component")
                    .addStatement("this.module = module")
                    .addStatement("this.component = component")
                    .build());
    setter(
        "wasi",
        ArrayTypeName.of(RuntimeNames.HOST_FUNCTION),
        "WASI preview 1 for a core module guest that imports {@code wasi_snapshot_preview1}: pass\n"
            + "{@code WasiPreview1.builder()...build().toHostFunctions()} (Chicory {@code wasi}).");
    setter(
        "machineFactory",
        WorldClassEmitter.machineFactory(),
        "The Chicory machine factory, e.g. the compiler's {@code MachineFactoryCompiler::compile}.");
    type.addField(
        FieldSpec.builder(WorldClassEmitter.memoryFactory(), "memoryFactory", Modifier.PRIVATE)
            .initializer("$T::new", RuntimeNames.ARRAY_BACKED_MEMORY)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("memoryFactory")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addJavadoc(
                """
                The guest memory's implementation. The default, witj's {@link $T}, lets the glue
                read strings straight from guest memory and runs guests faster than Chicory's own
                default; {@code ByteBufferMemory::new} or {@code ByteArrayMemory::new}
                ({@code com.dylibso.chicory.runtime}) choose one of Chicory's memories.
                """,
                RuntimeNames.ARRAY_BACKED_MEMORY)
            .addParameter(WorldClassEmitter.memoryFactory(), "memoryFactory")
            .addStatement(
                "this.memoryFactory = $T.requireNonNull(memoryFactory, $S)",
                Objects.class,
                "memoryFactory")
            .addStatement("return this")
            .build());
    setter(
        "stringEncoding",
        RuntimeNames.STRING_ENCODING,
        "The guest's string encoding (default: the generated one); a component's {@code canon} options\n"
            + "say it for each function instead.");
    type.addField(
        FieldSpec.builder(TypeName.LONG, "liftLimit", Modifier.PRIVATE)
            .initializer("$T.DEFAULT_LIFT_LIMIT", RuntimeNames.CANON_CONTEXT)
            .build());
    setter(
        "liftLimit",
        TypeName.LONG,
        "The most Java heap, in bytes, the values lifted from the guest in one call may take (an\n"
            + "estimate; default 64 MiB, {@code CanonContext.DEFAULT_LIFT_LIMIT}). A call whose values\n"
            + "would take more traps, naming the function, the type and the limit: one guest byte can\n"
            + "become a Java object of 16 to 40 bytes, so this bounds what a guest can make the host\n"
            + "allocate.");
    type.addMethod(
        MethodSpec.methodBuilder("hostInterfaces")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .varargs(true)
            .addParameter(ArrayTypeName.of(RuntimeNames.HOST_INTERFACES), "providers")
            .addJavadoc(
                "Host implementations of interfaces outside this world that a component imports\n"
                    + "(e.g. {@code io.witj.wasi.WasiHost} for WASI 0.2), after this world's own.\n")
            .addStatement("this.hostInterfaces.addAll($T.asList(providers))", Arrays.class)
            .addStatement("return this")
            .build());
  }

  private static TypeName hostInterfacesList() {
    return ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.HOST_INTERFACES);
  }

  void implementation(InterfaceModel model) {
    setter(
        model.memberName(),
        GlueNames.field(model.memberName()),
        model.className(),
        "The host's implementation of " + model.witName() + ".");
  }

  private void setter(String name, TypeName type, String doc) {
    setter(name, name, type, doc);
  }

  /** The setter {@code name} of the builder's {@code field}. */
  private void setter(String name, String field, TypeName type, String doc) {
    if (!field.equals("stringEncoding") && !field.equals("liftLimit")) {
      this.type.addField(type, field, Modifier.PRIVATE);
    }
    this.type.addMethod(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addJavadoc("$L\n", doc)
            .addParameter(type, name)
            .addStatement("this.$N = $N", field, name)
            .addStatement("return this")
            .build());
  }

  TypeSpec build() {
    return type.addMethod(
            MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(world)
                .addJavadoc(
                    "Instantiates the guest: checks its imports and exports, runs its initialization.\n")
                .beginControlFlow("if (module == null && component == null)")
                .addStatement(
                    "throw new $T($S)",
                    IllegalStateException.class,
                    "a builder made by host() has no guest: use toHostInterfaces()")
                .endControlFlow()
                .addStatement("return new $T(this)", world)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("toHostInterfaces")
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeNames.HOST_INTERFACES)
                .addJavadoc(
                    "This builder's implementations of the world's imports, as host interfaces for\n"
                        + "components of other worlds; each component instance binds them to its handle table.\n")
                .addStatement(
                    "return handles -> new $T(this, new $T(stringEncoding, liftLimit, handles)).$N(false)",
                    hostGlue,
                    abi,
                    ImportGlue.IMPORTS_METHOD)
                .build())
        .build();
  }
}
