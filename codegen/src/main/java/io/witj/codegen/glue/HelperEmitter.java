package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.RecordLayout;
import io.witj.codegen.javamodel.Side;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the helper methods of one compound type in the world's {@code Abi} class: {@code
 * load}/{@code store}/{@code lift}/{@code lower} for records, tuples, variants, enums, options,
 * results and flags ({@link VariantHelpers}), fixed-length lists ({@link FixedListHelpers}), {@code
 * read}/{@code write} (a (pointer, length) pair) for lists and maps. Every value from the guest is
 * validated through runtime-support.
 *
 * <p>Helpers name their parameters and locals plainly ({@code cx}, {@code scope}, {@code addr},
 * {@code v}, {@code flat}, {@code i}, {@code ptr}, {@code out}, …): no WIT-derived name is ever a
 * variable there (record fields and cases are reached through accessors and types), unlike in the
 * call bodies of {@link CallEmitter}.
 */
final class HelperEmitter {
  private final AbiClass abi;
  private final AbiLayout layout;
  private final ValueCode code;
  private final VariantHelpers variants;
  private final FixedListHelpers fixedLists;
  private final HostFootprint footprint;

  HelperEmitter(AbiClass abi) {
    this.abi = abi;
    this.layout = abi.layout();
    this.code = new ValueCode(abi, "", "cx", "scope");
    this.variants = new VariantHelpers(abi, code);
    this.fixedLists = new FixedListHelpers(abi, code);
    this.footprint = new HostFootprint(abi);
  }

  List<MethodSpec> emit(AbiClass.Request request) {
    Type t = request.type();
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof TypeDefKind.RecordType || kind instanceof TypeDefKind.TupleType) {
      return record(request, kind);
    }
    if (kind instanceof TypeDefKind.ListType list) {
      return list(request, list.element());
    }
    if (kind instanceof TypeDefKind.MapType) {
      return map(request);
    }
    if (kind instanceof TypeDefKind.FixedListType fixed) {
      return fixedLists.emit(request, fixed);
    }
    if (kind instanceof TypeDefKind.FlagsType) {
      return variants.flags(request);
    }
    if (kind instanceof TypeDefKind.VariantType
        || kind instanceof TypeDefKind.EnumType
        || kind instanceof TypeDefKind.OptionType
        || kind instanceof TypeDefKind.ResultType) {
      return variants.variant(request, kind);
    }
    throw new IllegalArgumentException(
        "no lift/lower glue for "
            + (kind == null ? "a primitive" : kind.getClass().getSimpleName())
            + " ("
            + TypeNames.witName(abi.world(), ((TypeRef) t).id())
            + ")");
  }

  /**
   * A public helper method with {@code cx} and, when the type holds borrows, {@code scope}; its
   * javadoc names the WIT type it serves in full, since helper names are cut at 48 characters.
   */
  static MethodSpec.Builder method(AbiClass abi, String name, Type type, TypeName returns) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(name)
            .addJavadoc("For {@code $L}.\n", TypeNames.witSpelling(abi.world(), type))
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(RuntimeNames.CANON_CONTEXT, "cx");
    if (abi.needsScope(type)) {
      m.addParameter(RuntimeNames.CALL_SCOPE, "scope");
    }
    return m;
  }

  private List<MethodSpec> record(AbiClass.Request r, TypeDefKind kind) {
    Type t = r.type();
    Side side = r.side();
    TypeName javaType = abi.types().typeName(t, side);
    RecordLayout rec = layout.record(t);
    List<String> accessors = new ArrayList<>();
    if (kind instanceof TypeDefKind.RecordType) {
      accessors.addAll(abi.world().declaredType(((TypeRef) t).id()).memberNames());
    } else {
      for (int i = 0; i < rec.types().size(); i++) {
        accessors.add("t" + i);
      }
    }
    CodeBlock.Builder loads = CodeBlock.builder();
    CodeBlock.Builder lifts = CodeBlock.builder();
    MethodSpec.Builder store =
        method(abi, "store" + r.name(), t, TypeName.VOID)
            .addParameter(int.class, "addr")
            .addParameter(javaType, "v");
    MethodSpec.Builder lower =
        method(abi, "lower" + r.name(), t, TypeName.VOID)
            .addParameter(javaType, "v")
            .addParameter(long[].class, "flat")
            .addParameter(int.class, "i");
    int flatIndex = 0;
    for (int k = 0; k < rec.types().size(); k++) {
      Type member = rec.types().get(k);
      String sep = k == 0 ? "" : ",";
      loads.add("$L\n$L", sep, code.load(member, side, Pos.of("addr").plus(rec.offset(k))));
      lifts.add("$L\n$L", sep, code.lift(member, side, "flat", Pos.of("i").plus(flatIndex)));
      CodeBlock value = CodeBlock.of("v.$N()", accessors.get(k));
      store.addStatement(code.store(member, side, Pos.of("addr").plus(rec.offset(k)), value));
      lower.addStatement(code.lower(member, side, value, "flat", Pos.of("i").plus(flatIndex)));
      flatIndex += layout.flat(member).size();
    }
    MethodSpec load =
        method(abi, "load" + r.name(), t, javaType)
            .addParameter(int.class, "addr")
            .addStatement("return new $T($>$>$L$<$<)", javaType, loads.build())
            .build();
    MethodSpec lift =
        method(abi, "lift" + r.name(), t, javaType)
            .addParameter(long[].class, "flat")
            .addParameter(int.class, "i")
            .addStatement("return new $T($>$>$L$<$<)", javaType, lifts.build())
            .build();
    return List.of(load, store.build(), lift, lower.build());
  }

  private List<MethodSpec> list(AbiClass.Request r, Type element) {
    Type t = r.type();
    Side side = r.side();
    TypeName javaType = abi.types().typeName(t, side);
    TypeName elementType = abi.types().boxed(element, side);
    int size = layout.size(element);
    int align = layout.alignment(element);
    MethodSpec read =
        method(abi, "read" + r.name(), t, javaType)
            .addParameter(int.class, "ptr")
            .addParameter(int.class, "len")
            .addStatement(
                "$T.checkRange(cx, ptr, len, $L, $L, $L, $S)",
                RuntimeNames.LIST_CODEC,
                size,
                align,
                footprint.listElement(element, side),
                TypeNames.witSpelling(abi.world(), t))
            .addStatement("$T out = new $T<>(len)", javaType, ArrayList.class)
            .beginControlFlow("for (int k = 0; k < len; k++)")
            .addStatement(
                "out.add($L)", code.load(element, side, Pos.of("ptr").plus(0)).toBuilder().build())
            .addStatement("ptr += $L", size)
            .endControlFlow()
            .addStatement("return out")
            .build();
    MethodSpec write =
        method(abi, "write" + r.name(), t, TypeName.LONG)
            .addParameter(javaType, "v")
            .addStatement(
                "int ptr = $T.allocate(cx, $L, $L, v.size())", RuntimeNames.LIST_CODEC, align, size)
            .addStatement("int at = ptr")
            .beginControlFlow("for ($T item : v)", elementType)
            .addStatement(code.store(element, side, Pos.of("at"), CodeBlock.of("item")))
            .addStatement("at += $L", size)
            .endControlFlow()
            .addStatement("return $T.pack(ptr, v.size())", RuntimeNames.PTR_LEN)
            .build();
    return List.of(read, write);
  }

  private List<MethodSpec> map(AbiClass.Request r) {
    Type t = r.type();
    Side side = r.side();
    TypeName javaType = abi.types().typeName(t, side);
    RecordLayout entry = layout.mapEntry(t);
    Type key = entry.types().get(0);
    Type value = entry.types().get(1);
    int size = entry.layout().size();
    TypeName entryType =
        ParameterizedTypeName.get(
            ClassName.get(Map.Entry.class),
            abi.types().boxed(key, side),
            abi.types().boxed(value, side));
    MethodSpec read =
        method(abi, "read" + r.name(), t, javaType)
            .addParameter(int.class, "ptr")
            .addParameter(int.class, "len")
            .addStatement(
                "$T.checkRange(cx, ptr, len, $L, $L, $L, $S)",
                RuntimeNames.LIST_CODEC,
                size,
                entry.layout().alignment(),
                footprint.mapEntry(key, value, side),
                TypeNames.witSpelling(abi.world(), t))
            .addStatement("$T out = new $T<>()", javaType, LinkedHashMap.class)
            .beginControlFlow("for (int k = 0; k < len; k++)")
            .addStatement(
                "out.put($L, $L)",
                code.load(key, side, Pos.of("ptr").plus(entry.offset(0))),
                code.load(value, side, Pos.of("ptr").plus(entry.offset(1))))
            .addStatement("ptr += $L", size)
            .endControlFlow()
            .addStatement("return out")
            .build();
    MethodSpec write =
        method(abi, "write" + r.name(), t, TypeName.LONG)
            .addParameter(javaType, "v")
            .addStatement(
                "int ptr = $T.allocate(cx, $L, $L, v.size())",
                RuntimeNames.LIST_CODEC,
                entry.layout().alignment(),
                size)
            .addStatement("int at = ptr")
            .beginControlFlow("for ($T item : v.entrySet())", entryType)
            .addStatement(
                code.store(
                    key, side, Pos.of("at").plus(entry.offset(0)), CodeBlock.of("item.getKey()")))
            .addStatement(
                code.store(
                    value,
                    side,
                    Pos.of("at").plus(entry.offset(1)),
                    CodeBlock.of("item.getValue()")))
            .addStatement("at += $L", size)
            .endControlFlow()
            .addStatement("return $T.pack(ptr, v.size())", RuntimeNames.PTR_LEN)
            .build();
    return List.of(read, write);
  }
}
