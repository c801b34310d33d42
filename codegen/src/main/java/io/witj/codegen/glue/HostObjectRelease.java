package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.javamodel.Side;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Prints code that closes the host objects (imported resources passed as {@code own}) inside a
 * value the host returned from an import when lowering it into the guest trapped: those the handle
 * table does not hold never reached the guest, and nobody else would close them. Only members that
 * can hold such objects are visited.
 */
final class HostObjectRelease {
  private final AbiClass abi;
  private final AbiLayout layout;
  private int next;

  HostObjectRelease(AbiClass abi) {
    this.abi = abi;
    this.layout = abi.layout();
  }

  /**
   * Whether a value of {@code type} seen from {@code side} can hold a host object passed as own.
   */
  boolean holdsHostObjects(Type type, Side side) {
    TypeDefKind kind = layout.kind(layout.dealias(type));
    if (kind == null) {
      return false;
    }
    if (kind instanceof TypeDefKind.HandleType h) {
      return !h.borrow() && !abi.isGuestResource(h.resourceId(), side);
    }
    return kind.valueTypes().stream().anyMatch(c -> holdsHostObjects(c, side));
  }

  /**
   * Statements closing each host object in {@code value} that {@code held} (a {@code Set<Object>}
   * of the table's representations) lacks; exceptions from {@code close()} are added to {@code
   * failure}.
   */
  CodeBlock release(Type type, Side side, CodeBlock value, String held, String failure) {
    Type t = layout.dealias(type);
    TypeDefKind kind = layout.kind(t);
    TypeName javaType = abi.types().typeName(t, side);
    String v = "$h" + next++;
    CodeBlock.Builder b = CodeBlock.builder().addStatement("$T $N = $L", javaType, v, value);
    if (kind instanceof TypeDefKind.HandleType) {
      b.beginControlFlow("if (!$N.contains($N))", held, v)
          .beginControlFlow("try")
          .addStatement("$N.close()", v)
          .nextControlFlow("catch ($T e)", RuntimeException.class)
          .addStatement("$N.addSuppressed(e)", failure)
          .endControlFlow()
          .endControlFlow();
    } else if (kind instanceof TypeDefKind.OptionType o) {
      b.beginControlFlow("if ($N.isPresent())", v)
          .add(release(o.type(), side, CodeBlock.of("$N.get()", v), held, failure))
          .endControlFlow();
    } else if (kind instanceof TypeDefKind.ResultType r) {
      TypeName[] args = ((ParameterizedTypeName) javaType).typeArguments().toArray(TypeName[]::new);
      member(
          b,
          r.ok(),
          side,
          CodeBlock.of(
              "$N instanceof $T", v, ParameterizedTypeName.get(RuntimeNames.RESULT_OK, args)),
          CodeBlock.of(
              "(($T) $N).value()", ParameterizedTypeName.get(RuntimeNames.RESULT_OK, args), v),
          held,
          failure);
      member(
          b,
          r.err(),
          side,
          CodeBlock.of(
              "$N instanceof $T", v, ParameterizedTypeName.get(RuntimeNames.RESULT_ERR, args)),
          CodeBlock.of(
              "(($T) $N).error()", ParameterizedTypeName.get(RuntimeNames.RESULT_ERR, args), v),
          held,
          failure);
    } else if (kind instanceof TypeDefKind.ListType || kind instanceof TypeDefKind.FixedListType) {
      Type element = kind.valueTypes().get(0);
      String x = "$h" + next++;
      b.beginControlFlow("for ($T $N : $N)", abi.types().typeName(element, side).box(), x, v)
          .add(release(element, side, CodeBlock.of("$N", x), held, failure))
          .endControlFlow();
    } else if (kind instanceof TypeDefKind.MapType m) {
      String x = "$h" + next++;
      b.beginControlFlow(
              "for ($T $N : $N.values())", abi.types().typeName(m.value(), side).box(), x, v)
          .add(release(m.value(), side, CodeBlock.of("$N", x), held, failure))
          .endControlFlow();
    } else if (kind instanceof TypeDefKind.TupleType tuple) {
      for (int i = 0; i < tuple.types().size(); i++) {
        member(b, tuple.types().get(i), side, null, CodeBlock.of("$N.t$L()", v, i), held, failure);
      }
    } else if (kind instanceof TypeDefKind.RecordType rec) {
      List<String> names = abi.world().declaredType(((TypeRef) t).id()).memberNames();
      for (int i = 0; i < rec.fields().size(); i++) {
        member(
            b,
            rec.fields().get(i).type(),
            side,
            null,
            CodeBlock.of("$N.$N()", v, names.get(i)),
            held,
            failure);
      }
    } else if (kind instanceof TypeDefKind.VariantType variant) {
      List<String> names = abi.world().declaredType(((TypeRef) t).id()).memberNames();
      for (int i = 0; i < variant.cases().size(); i++) {
        ClassName caseClass = ((ClassName) javaType).nestedClass(names.get(i));
        member(
            b,
            variant.cases().get(i).type(),
            side,
            CodeBlock.of("$N instanceof $T", v, caseClass),
            CodeBlock.of("(($T) $N).value()", caseClass, v),
            held,
            failure);
      }
    }
    return b.build();
  }

  /** Visits one member (guarded by {@code test} when not null) if it can hold host objects. */
  private void member(
      CodeBlock.Builder b,
      @Nullable Type type,
      Side side,
      @Nullable CodeBlock test,
      CodeBlock value,
      String held,
      String failure) {
    if (type == null || !holdsHostObjects(type, side)) {
      return;
    }
    if (test != null) {
      b.beginControlFlow("if ($L)", test);
    }
    b.add(release(type, side, value, held, failure));
    if (test != null) {
      b.endControlFlow();
    }
  }
}
