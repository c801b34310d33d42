package io.witj.codegen.glue;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.witj.codegen.abi.Discriminant;
import io.witj.codegen.abi.FlagsLayout;
import io.witj.codegen.abi.VariantLayout;
import io.witj.codegen.javamodel.Side;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Helper methods of variant-like types (variants, enums, options, results) and flags. Discriminants
 * from the guest are range-checked ({@code CanonContext.checkDiscriminant}); flag bits above the
 * last label are ignored, as the specification's {@code unpack_flags_from_int} does; cases are told
 * apart with {@code instanceof} (variants, results), {@code ordinal()} (enums) or {@code
 * isPresent()} (options).
 */
final class VariantHelpers {
  private final AbiClass abi;
  private final ValueCode code;

  VariantHelpers(AbiClass abi, ValueCode code) {
    this.abi = abi;
    this.code = code;
  }

  List<MethodSpec> variant(AbiClass.Request r, TypeDefKind kind) {
    Type t = r.type();
    Side side = r.side();
    TypeName javaType = abi.types().typeName(t, side);
    VariantLayout v = abi.layout().variant(t);
    int n = v.caseNames().size();
    String what = describe(t, kind);
    CodeBlock memDisc =
        CodeBlock.of(
            "cx.checkDiscriminant($L, $L, $S)", loadDiscriminant(v.discriminant()), n, what);
    CodeBlock flatDisc = CodeBlock.of("cx.checkDiscriminant((int) flat[i], $L, $S)", n, what);
    CodeBlock.Builder loads = CodeBlock.builder().add("return switch ($L) {\n$>", memDisc);
    CodeBlock.Builder lifts = CodeBlock.builder().add("return switch ($L) {\n$>", flatDisc);
    for (int k = 0; k < n; k++) {
      Type payload = v.payloads().get(k);
      CodeBlock loaded =
          payload == null ? null : code.load(payload, side, Pos.of("addr").plus(v.payloadOffset()));
      CodeBlock lifted =
          payload == null ? null : code.lift(payload, side, "flat", Pos.of("i").plus(1));
      loads.add("case $L -> $L;\n", k, construct(kind, t, javaType, k, loaded));
      lifts.add("case $L -> $L;\n", k, construct(kind, t, javaType, k, lifted));
    }
    loads.add("default -> throw new $T();\n$<};\n", IllegalStateException.class);
    lifts.add("default -> throw new $T();\n$<};\n", IllegalStateException.class);

    CodeBlock.Builder stores = CodeBlock.builder();
    CodeBlock.Builder lowers = CodeBlock.builder();
    boolean chain =
        !(kind instanceof TypeDefKind.EnumType || kind instanceof TypeDefKind.OptionType);
    for (int k = 0; chain && k < n; k++) {
      Type payload = v.payloads().get(k);
      CodeBlock value = payloadValue(kind, k);
      CodeBlock test = caseTest(kind, t, javaType, k);
      // a flat sequence of ifs, not an else-if chain: javac parses a chain recursively and
      // overflows its stack on a few thousand cases
      stores.add("if ($L) {\n$>", test);
      lowers.add("if ($L) {\n$>", test);
      stores.addStatement(storeDiscriminant(v.discriminant(), CodeBlock.of("$L", k)));
      lowers.addStatement("flat[i] = $L", k);
      if (payload != null) {
        stores.addStatement(
            code.store(payload, side, Pos.of("addr").plus(v.payloadOffset()), value));
        lowers.addStatement(code.lower(payload, side, value, "flat", Pos.of("i").plus(1)));
      }
      stores.add("return;\n$<}\n");
      lowers.add("return;\n$<}\n");
    }
    if (kind instanceof TypeDefKind.EnumType) {
      stores.addStatement(storeDiscriminant(v.discriminant(), CodeBlock.of("v.ordinal()")));
      lowers.addStatement("flat[i] = v.ordinal()");
    } else if (kind instanceof TypeDefKind.OptionType) {
      stores = option(v, side, true);
      lowers = option(v, side, false);
    } else {
      CodeBlock fail =
          CodeBlock.of(
              "throw new $T($S + v);\n",
              IllegalArgumentException.class,
              "not a value of " + what + ": ");
      stores.add(fail);
      lowers.add(fail);
    }
    return List.of(
        HelperEmitter.method(abi, "load" + r.name(), t, javaType)
            .addParameter(int.class, "addr")
            .addCode(loads.build())
            .build(),
        HelperEmitter.method(abi, "store" + r.name(), t, TypeName.VOID)
            .addParameter(int.class, "addr")
            .addParameter(javaType, "v")
            .addCode(stores.build())
            .build(),
        HelperEmitter.method(abi, "lift" + r.name(), t, javaType)
            .addParameter(long[].class, "flat")
            .addParameter(int.class, "i")
            .addCode(lifts.build())
            .build(),
        HelperEmitter.method(abi, "lower" + r.name(), t, TypeName.VOID)
            .addParameter(javaType, "v")
            .addParameter(long[].class, "flat")
            .addParameter(int.class, "i")
            .addCode(lowers.build())
            .build());
  }

  /** {@code if (v.isPresent()) {…} else {…}}: storing (or lowering) an option. */
  private CodeBlock.Builder option(VariantLayout v, Side side, boolean store) {
    Type payload = v.payloads().get(1);
    CodeBlock.Builder out = CodeBlock.builder().beginControlFlow("if (v.isPresent())");
    if (store) {
      out.addStatement(storeDiscriminant(v.discriminant(), CodeBlock.of("1")))
          .addStatement(
              code.store(
                  payload, side, Pos.of("addr").plus(v.payloadOffset()), CodeBlock.of("v.get()")));
    } else {
      out.addStatement("flat[i] = 1")
          .addStatement(
              code.lower(payload, side, CodeBlock.of("v.get()"), "flat", Pos.of("i").plus(1)));
    }
    out.nextControlFlow("else");
    if (store) {
      out.addStatement(storeDiscriminant(v.discriminant(), CodeBlock.of("0")));
    } else {
      out.addStatement("flat[i] = 0");
    }
    return out.endControlFlow();
  }

  List<MethodSpec> flags(AbiClass.Request r) {
    Type t = r.type();
    Side side = r.side();
    TypeName javaType = abi.types().typeName(t, side);
    ClassName flag = abi.world().className(((TypeRef) t).id(), side);
    FlagsLayout f = abi.layout().flags(t);
    int n = f.labels().size();
    String fromBits = "fromBits" + r.name();
    String toBits = "toBits" + r.name();
    String values =
        r.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_VALUES";
    abi.addField(
        FieldSpec.builder(
                ArrayTypeName.of(flag), values, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.values()", flag)
            .build());
    CodeBlock loaded =
        switch (f.byteSize()) {
          case 1 -> CodeBlock.of("cx.loadU8(addr)");
          case 2 -> CodeBlock.of("cx.loadU16(addr)");
          default -> CodeBlock.of("cx.loadInt(addr)");
        };
    CodeBlock stored =
        switch (f.byteSize()) {
          case 1 -> CodeBlock.of("cx.storeByte(addr, (byte) $N(v))", toBits);
          case 2 -> CodeBlock.of("cx.storeShort(addr, (short) $N(v))", toBits);
          default -> CodeBlock.of("cx.storeInt(addr, $N(v))", toBits);
        };
    return List.of(
        HelperEmitter.method(abi, fromBits, t, javaType)
            .addParameter(int.class, "bits")
            .addStatement(
                "$T out = $T.noneOf($T.class)",
                ParameterizedTypeName.get(ClassName.get(EnumSet.class), flag),
                EnumSet.class,
                flag)
            // unpack_flags_from_int: bits above the last label are ignored, not trapped
            .beginControlFlow(
                "for (int rest = $T.maskFlags(bits, $L); rest != 0; rest &= rest - 1)",
                RuntimeNames.CANON_CONTEXT,
                n)
            .addStatement("out.add($N[$T.numberOfTrailingZeros(rest)])", values, Integer.class)
            .endControlFlow()
            .addStatement("return out")
            .build(),
        MethodSpec.methodBuilder(toBits)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(int.class)
            .addParameter(javaType, "v")
            .addStatement("int bits = 0")
            .beginControlFlow("for ($T flag : v)", flag)
            .addStatement("bits |= 1 << flag.ordinal()")
            .endControlFlow()
            .addStatement("return bits")
            .build(),
        HelperEmitter.method(abi, "load" + r.name(), t, javaType)
            .addParameter(int.class, "addr")
            .addStatement("return $N(cx, $L)", fromBits, loaded)
            .build(),
        HelperEmitter.method(abi, "store" + r.name(), t, TypeName.VOID)
            .addParameter(int.class, "addr")
            .addParameter(javaType, "v")
            .addStatement(stored)
            .build(),
        HelperEmitter.method(abi, "lift" + r.name(), t, javaType)
            .addParameter(long[].class, "flat")
            .addParameter(int.class, "i")
            .addStatement("return $N(cx, (int) flat[i])", fromBits)
            .build(),
        HelperEmitter.method(abi, "lower" + r.name(), t, TypeName.VOID)
            .addParameter(javaType, "v")
            .addParameter(long[].class, "flat")
            .addParameter(int.class, "i")
            .addStatement("flat[i] = $T.i32ToI64($N(v))", RuntimeNames.FLAT, toBits)
            .build());
  }

  private CodeBlock construct(
      TypeDefKind kind, Type t, TypeName javaType, int k, @Nullable CodeBlock payload) {
    if (kind instanceof TypeDefKind.EnumType) {
      return CodeBlock.of(
          "$T.$N", javaType, abi.world().declaredType(((TypeRef) t).id()).memberNames().get(k));
    }
    if (kind instanceof TypeDefKind.OptionType) {
      return k == 0
          ? CodeBlock.of("$T.empty()", Optional.class)
          : CodeBlock.of("$T.of($L)", Optional.class, payload);
    }
    if (kind instanceof TypeDefKind.ResultType) {
      ParameterizedTypeName result = (ParameterizedTypeName) javaType;
      ClassName side = k == 0 ? RuntimeNames.RESULT_OK : RuntimeNames.RESULT_ERR;
      return CodeBlock.of(
          "new $T($L)",
          ParameterizedTypeName.get(side, result.typeArguments().toArray(TypeName[]::new)),
          payload == null ? "null" : payload);
    }
    ClassName caseClass = caseClass((ClassName) javaType, t, k);
    return payload == null
        ? CodeBlock.of("new $T()", caseClass)
        : CodeBlock.of("new $T($L)", caseClass, payload);
  }

  private CodeBlock caseTest(TypeDefKind kind, Type t, TypeName javaType, int k) {
    if (kind instanceof TypeDefKind.ResultType) {
      ParameterizedTypeName result = (ParameterizedTypeName) javaType;
      ClassName side = k == 0 ? RuntimeNames.RESULT_OK : RuntimeNames.RESULT_ERR;
      return CodeBlock.of(
          "v instanceof $T c$L",
          ParameterizedTypeName.get(side, result.typeArguments().toArray(TypeName[]::new)),
          k);
    }
    return CodeBlock.of("v instanceof $T c$L", caseClass((ClassName) javaType, t, k), k);
  }

  private static CodeBlock payloadValue(TypeDefKind kind, int k) {
    if (kind instanceof TypeDefKind.ResultType) {
      return CodeBlock.of(k == 0 ? "c0.value()" : "c1.error()");
    }
    return CodeBlock.of("c$L.value()", k);
  }

  private ClassName caseClass(ClassName variant, Type t, int k) {
    return variant.nestedClass(abi.world().declaredType(((TypeRef) t).id()).memberNames().get(k));
  }

  private String describe(Type t, @Nullable TypeDefKind kind) {
    String prefix =
        kind instanceof TypeDefKind.EnumType
            ? "enum"
            : kind instanceof TypeDefKind.OptionType
                ? "option"
                : kind instanceof TypeDefKind.ResultType
                    ? "result"
                    : kind instanceof TypeDefKind.FlagsType ? "flags" : "variant";
    String name = abi.world().resolve().type(((TypeRef) t).id()).name();
    return name == null ? prefix : prefix + " " + name;
  }

  private static CodeBlock loadDiscriminant(Discriminant d) {
    return switch (d) {
      case U8 -> CodeBlock.of("cx.loadU8(addr)");
      case U16 -> CodeBlock.of("cx.loadU16(addr)");
      case U32 -> CodeBlock.of("cx.loadInt(addr)");
    };
  }

  private static CodeBlock storeDiscriminant(Discriminant d, CodeBlock value) {
    return switch (d) {
      case U8 -> CodeBlock.of("cx.storeByte(addr, (byte) $L)", value);
      case U16 -> CodeBlock.of("cx.storeShort(addr, (short) $L)", value);
      case U32 -> CodeBlock.of("cx.storeInt(addr, $L)", value);
    };
  }
}
