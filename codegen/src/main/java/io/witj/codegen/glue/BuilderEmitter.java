package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.javamodel.InterfaceModel;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** The world's {@code Builder}: the module, one setter per imported interface, and the options. */
final class BuilderEmitter {
  private final ClassName world;
  private final ClassName self;
  private final TypeSpec.Builder type;

  BuilderEmitter(ClassName world, ClassName self, String encoding) {
    this.world = world;
    this.self = self;
    this.type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Configures and instantiates a {@link $T}.\n", world)
            .addField(RuntimeNames.WASM_MODULE, "module", Modifier.PRIVATE, Modifier.FINAL)
            .addField(
                FieldSpec.builder(RuntimeNames.STRING_ENCODING, "stringEncoding", Modifier.PRIVATE)
                    .initializer("$T.$L", RuntimeNames.STRING_ENCODING, encoding)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RuntimeNames.WASM_MODULE, "module")
                    .addStatement(
                        "this.module = $T.requireNonNull(module, $S)", Objects.class, "module")
                    .build());
    setter(
        "wasi",
        com.palantir.javapoet.ArrayTypeName.of(RuntimeNames.HOST_FUNCTION),
        "WASI preview 1 for a guest that imports {@code wasi_snapshot_preview1}: pass\n"
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
        "The guest's string encoding (default: the generated one).");
    type.addField(
        FieldSpec.builder(TypeName.LONG, "liftLimit", Modifier.PRIVATE)
            .initializer("$T.DEFAULT_LIFT_LIMIT", RuntimeNames.CANON_CONTEXT)
            .build());
    setter(
        "liftLimit",
        TypeName.LONG,
        """
        The most Java heap, in bytes, the values lifted from the guest in one call may take (an
        estimate; default 64 MiB, {@code CanonContext.DEFAULT_LIFT_LIMIT}). A call whose values
        would take more traps, naming the function, the type and the limit: one guest byte can
        become a Java object of 16 to 40 bytes, so this bounds what a guest can make the host
        allocate.""");
  }

  void implementation(InterfaceModel model) {
    setter(
        model.memberName(),
        model.className(),
        "The host's implementation of " + model.witName() + ".");
  }

  private void setter(String name, TypeName type, String doc) {
    if (!name.equals("stringEncoding") && !name.equals("liftLimit")) {
      this.type.addField(type, name, Modifier.PRIVATE);
    }
    this.type.addMethod(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addJavadoc("$L\n", doc)
            .addParameter(type, name)
            .addStatement("this.$N = $N", name, name)
            .addStatement("return this")
            .build());
  }

  TypeSpec build() {
    return type.addMethod(
            MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(world)
                .addJavadoc(
                    "Instantiates the guest: checks its imports and exports, runs {@code _initialize}.\n")
                .addStatement("return new $T(this)", world)
                .build())
        .build();
  }
}
