package io.witj.codegen.glue;

import com.palantir.javapoet.CodeBlock;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.RecordLayout;
import io.witj.codegen.abi.VariantLayout;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import java.util.List;

/**
 * Prints code that collects, into a {@code GuestBlocks}, every memory block of an export result
 * that a wit-bindgen 0.2 guest hands over to the host: the bytes of each string and the elements of
 * each list, inner ones first, walking only the variant cases the result holds. It runs right after
 * the result was lifted (and so validated) and before any guest code, which makes re-reading the
 * result safe; the blocks are freed afterwards with {@code canonical_abi_free}.
 */
final class ResultBlocks {
  private final AbiLayout layout;
  private final String cx;
  private final String blocks;
  private int next;

  /**
   * @param cx the name of the {@code CanonContext} in scope
   * @param blocks the name of the {@code GuestBlocks} to add to
   */
  ResultBlocks(AbiLayout layout, String cx, String blocks) {
    this.layout = layout;
    this.cx = cx;
    this.blocks = blocks;
  }

  /** Whether a value of {@code type} holds any string or list. */
  boolean holdsBlocks(Type type) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      return p == PrimitiveType.STRING;
    }
    TypeDefKind kind = layout.kind(t);
    if (kind == null) {
      return false;
    }
    if (kind instanceof TypeDefKind.ListType || kind instanceof TypeDefKind.MapType) {
      return true;
    }
    return kind.valueTypes().stream().anyMatch(c -> holdsBlocks(c));
  }

  /** Statements adding the blocks of the value of {@code type} stored at {@code addr}. */
  CodeBlock collect(Type type, Pos addr) {
    Type t = layout.dealias(type);
    CodeBlock.Builder b = CodeBlock.builder();
    if (t instanceof PrimitiveType p) {
      if (p == PrimitiveType.STRING) {
        b.addStatement(
            "$N.add($N.loadInt($L), $N.loadInt($L), 1, 1)",
            blocks,
            cx,
            addr.code(),
            cx,
            addr.plus(4).code());
      }
      return b.build();
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof TypeDefKind.ListType list) {
      return sequence(addr, List.of(list.element()), layout.size(list.element()), List.of(0));
    }
    if (kind instanceof TypeDefKind.MapType) {
      RecordLayout entry = layout.mapEntry(t);
      return sequence(
          addr, entry.types(), entry.layout().size(), List.of(entry.offset(0), entry.offset(1)));
    }
    if (kind instanceof TypeDefKind.RecordType || kind instanceof TypeDefKind.TupleType) {
      RecordLayout record = layout.record(t);
      for (int i = 0; i < record.types().size(); i++) {
        Type member = record.types().get(i);
        if (holdsBlocks(member)) {
          b.add(collect(member, addr.plus(record.offset(i))));
        }
      }
      return b.build();
    }
    if (kind instanceof TypeDefKind.FixedListType fixed && holdsBlocks(fixed.element())) {
      int size = layout.size(fixed.element());
      String i = "$i" + next++;
      String at = "$e" + next++;
      b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", i, i, fixed.length(), i)
          .addStatement("int $N = $L + $N * $L", at, addr.code(), i, size)
          .add(collect(fixed.element(), Pos.of(at)))
          .endControlFlow();
      return b.build();
    }
    if (kind instanceof TypeDefKind.VariantType
        || kind instanceof TypeDefKind.OptionType
        || kind instanceof TypeDefKind.ResultType) {
      return cases(t, addr);
    }
    return b.build();
  }

  /** A list or map: the elements' blocks, then the elements' own block. */
  private CodeBlock sequence(Pos addr, List<Type> members, int size, List<Integer> offsets) {
    int align = members.stream().mapToInt(layout::alignment).max().orElse(1);
    String ptr = "$p" + next++;
    String len = "$n" + next++;
    CodeBlock.Builder b =
        CodeBlock.builder()
            .addStatement("int $N = $N.loadInt($L)", ptr, cx, addr.code())
            .addStatement("int $N = $N.loadInt($L)", len, cx, addr.plus(4).code());
    if (members.stream().anyMatch(this::holdsBlocks)) {
      String i = "$i" + next++;
      String at = "$e" + next++;
      b.beginControlFlow("for (int $N = 0; $N < $N; $N++)", i, i, len, i)
          .addStatement("int $N = $N + $N * $L", at, ptr, i, size);
      for (int k = 0; k < members.size(); k++) {
        if (holdsBlocks(members.get(k))) {
          b.add(collect(members.get(k), Pos.of(at).plus(offsets.get(k))));
        }
      }
      b.endControlFlow();
    }
    return b.addStatement("$N.add($N, $N, $L, $L)", blocks, ptr, len, size, align).build();
  }

  /** A variant, option or result: the blocks of the case it holds. */
  private CodeBlock cases(Type t, Pos addr) {
    VariantLayout variant = layout.variant(t);
    String load =
        switch (variant.discriminant()) {
          case U8 -> "loadU8";
          case U16 -> "loadU16";
          case U32 -> "loadInt";
        };
    String disc = "$d" + next++;
    CodeBlock.Builder b =
        CodeBlock.builder().addStatement("int $N = $N.$L($L)", disc, cx, load, addr.code());
    boolean first = true;
    for (int k = 0; k < variant.payloads().size(); k++) {
      Type payload = variant.payloads().get(k);
      if (payload == null || !holdsBlocks(payload)) {
        continue;
      }
      if (first) {
        b.beginControlFlow("if ($N == $L)", disc, k);
        first = false;
      } else {
        b.nextControlFlow("else if ($N == $L)", disc, k);
      }
      b.add(collect(payload, addr.plus(variant.payloadOffset())));
    }
    if (!first) {
      b.endControlFlow();
    }
    return b.build();
  }
}
