package io.witj.codegen.glue;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.javamodel.Side;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Helper methods of a fixed-length list {@code list<T, N>}: N elements stored inline (no pointer)
 * and N times T's flat values. The Java value is a primitive array or a {@code List}, as for {@code
 * list<T>}; a host value of another length is rejected ({@code ListCodec.requireLength}). Primitive
 * arrays move to and from memory in bulk.
 */
final class FixedListHelpers {
  private final AbiClass abi;
  private final AbiLayout layout;
  private final ValueCode code;

  FixedListHelpers(AbiClass abi, ValueCode code) {
    this.abi = abi;
    this.layout = abi.layout();
    this.code = code;
  }

  List<MethodSpec> emit(AbiClass.Request r, TypeDefKind.FixedListType fixed) {
    Type t = r.type();
    Side side = r.side();
    Type element = fixed.element();
    int n = fixed.length();
    int size = layout.size(element);
    int flatSize = layout.flat(element).size();
    TypeName javaType = abi.types().typeName(t, side);
    boolean array = javaType instanceof ArrayTypeName;
    String bulk = array ? code.elementBulkSuffix(element) : null;
    CodeBlock length = CodeBlock.of(array ? "v.length" : "v.size()");

    MethodSpec.Builder load =
        HelperEmitter.method(abi, "load" + r.name(), t, javaType).addParameter(int.class, "addr");
    MethodSpec.Builder store =
        HelperEmitter.method(abi, "store" + r.name(), t, TypeName.VOID)
            .addParameter(int.class, "addr")
            .addParameter(javaType, "v")
            .addStatement("$T.requireLength(cx, $L, $L)", RuntimeNames.LIST_CODEC, length, n);
    if (bulk != null) {
      load.addStatement("return $T.lift$L(cx, addr, $L)", RuntimeNames.LIST_CODEC, bulk, n);
      store.addStatement("$T.store$L(cx, addr, v)", RuntimeNames.LIST_CODEC, bulk);
    } else {
      newValue(load, javaType, array, n);
      load.beginControlFlow("for (int k = 0; k < $L; k++)", n)
          .addStatement(put(array, code.load(element, side, Pos.of("addr"))))
          .addStatement("addr += $L", size)
          .endControlFlow()
          .addStatement("return out");
      store
          .beginControlFlow("for (int k = 0; k < $L; k++)", n)
          .addStatement(code.store(element, side, Pos.of("addr"), get(array)))
          .addStatement("addr += $L", size)
          .endControlFlow();
    }
    MethodSpec.Builder lift =
        HelperEmitter.method(abi, "lift" + r.name(), t, javaType)
            .addParameter(long[].class, "flat")
            .addParameter(int.class, "i");
    newValue(lift, javaType, array, n);
    lift.beginControlFlow("for (int k = 0; k < $L; k++)", n)
        .addStatement(put(array, code.lift(element, side, "flat", Pos.of("i"))))
        .addStatement("i += $L", flatSize)
        .endControlFlow()
        .addStatement("return out");
    MethodSpec.Builder lower =
        HelperEmitter.method(abi, "lower" + r.name(), t, TypeName.VOID)
            .addParameter(javaType, "v")
            .addParameter(long[].class, "flat")
            .addParameter(int.class, "i")
            .addStatement("$T.requireLength(cx, $L, $L)", RuntimeNames.LIST_CODEC, length, n)
            .beginControlFlow("for (int k = 0; k < $L; k++)", n)
            .addStatement(code.lower(element, side, get(array), "flat", Pos.of("i")))
            .addStatement("i += $L", flatSize)
            .endControlFlow();
    return List.of(load.build(), store.build(), lift.build(), lower.build());
  }

  private static void newValue(MethodSpec.Builder m, TypeName javaType, boolean array, int n) {
    if (array) {
      m.addStatement(
          "$T out = new $T[$L]", javaType, ((ArrayTypeName) javaType).componentType(), n);
    } else {
      m.addStatement("$T out = new $T<>($L)", javaType, ArrayList.class, n);
    }
  }

  private static CodeBlock put(boolean array, CodeBlock value) {
    return array ? CodeBlock.of("out[k] = $L", value) : CodeBlock.of("out.add($L)", value);
  }

  private static CodeBlock get(boolean array) {
    return CodeBlock.of(array ? "v[k]" : "v.get(k)");
  }
}
