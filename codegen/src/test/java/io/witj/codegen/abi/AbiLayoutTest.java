package io.witj.codegen.abi;

import static com.google.common.truth.Truth.assertThat;
import static io.witj.codegen.abi.CoreType.I32;
import static io.witj.codegen.abi.CoreType.I64;
import static io.witj.parser.model.PrimitiveType.BOOL;
import static io.witj.parser.model.PrimitiveType.CHAR;
import static io.witj.parser.model.PrimitiveType.F32;
import static io.witj.parser.model.PrimitiveType.F64;
import static io.witj.parser.model.PrimitiveType.STRING;
import static io.witj.parser.model.PrimitiveType.U16;
import static io.witj.parser.model.PrimitiveType.U32;
import static io.witj.parser.model.PrimitiveType.U64;
import static io.witj.parser.model.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeDefKind.Case;
import io.witj.parser.model.TypeDefKind.Field;
import io.witj.parser.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AbiLayoutTest {
  private final TestResolves r = new TestResolves();

  private AbiLayout layout() {
    return new AbiLayout(r.build());
  }

  @Test
  void primitives() {
    AbiLayout abi = layout();
    assertThat(abi.layout(BOOL)).isEqualTo(new TypeLayout(1, 1, List.of(I32)));
    assertThat(abi.layout(U16)).isEqualTo(new TypeLayout(2, 2, List.of(I32)));
    assertThat(abi.layout(U64)).isEqualTo(new TypeLayout(8, 8, List.of(I64)));
    assertThat(abi.layout(F32)).isEqualTo(new TypeLayout(4, 4, List.of(CoreType.F32)));
    assertThat(abi.layout(F64)).isEqualTo(new TypeLayout(8, 8, List.of(CoreType.F64)));
    assertThat(abi.layout(CHAR)).isEqualTo(new TypeLayout(4, 4, List.of(I32)));
    assertThat(abi.layout(STRING)).isEqualTo(new TypeLayout(4, 8, List.of(I32, I32)));
  }

  @Test
  void recordOffsetsPaddingAndAliases() {
    TypeRef rec =
        r.add(
            "r",
            new TypeDefKind.RecordType(
                List.of(
                    new Field("a", U8, null),
                    new Field("b", U32, null),
                    new Field("c", U16, null))));
    TypeRef alias = r.add("a", new TypeDefKind.AliasType(rec));
    TypeRef aliasOfAlias = r.add("b", new TypeDefKind.AliasType(alias));
    AbiLayout abi = layout();
    RecordLayout record = abi.record(aliasOfAlias);
    assertThat(record.offsets()).containsExactly(0, 4, 8).inOrder();
    assertThat(record.layout()).isEqualTo(new TypeLayout(4, 12, List.of(I32, I32, I32)));
    assertThat(abi.layout(aliasOfAlias)).isSameInstanceAs(abi.layout(rec));
    assertThat(abi.dealias(aliasOfAlias)).isEqualTo(rec);
  }

  @Test
  void variantJoinsPayloadSlots() {
    TypeRef tuple = r.add(new TypeDefKind.TupleType(List.of(F32, U32)));
    TypeRef variant =
        r.add(
            "v",
            new TypeDefKind.VariantType(
                List.of(
                    new Case("a", U32, null),
                    new Case("b", F32, null),
                    new Case("c", tuple, null),
                    new Case("d", null, null),
                    new Case("e", F64, null))));
    AbiLayout abi = layout();
    VariantLayout v = abi.variant(variant);
    assertThat(v.discriminant()).isEqualTo(Discriminant.U8);
    assertThat(v.payloadOffset()).isEqualTo(8);
    assertThat(v.payloadSlots()).containsExactly(I64, I32).inOrder();
    assertThat(v.layout()).isEqualTo(new TypeLayout(8, 16, List.of(I32, I64, I32)));
    assertThat(v.caseIndex("d")).isEqualTo(3);
    assertThat(v.payloads().get(3)).isNull();
  }

  @Test
  void joinRules() {
    assertThat(CoreType.join(I32, CoreType.F32)).isEqualTo(I32);
    assertThat(CoreType.join(CoreType.F32, I32)).isEqualTo(I32);
    assertThat(CoreType.join(CoreType.F32, CoreType.F64)).isEqualTo(I64);
    assertThat(CoreType.join(I32, CoreType.F64)).isEqualTo(I64);
    assertThat(CoreType.join(CoreType.F64, CoreType.F64)).isEqualTo(CoreType.F64);
  }

  @Test
  void specializedVariants() {
    TypeRef option = r.add(new TypeDefKind.OptionType(U64));
    TypeRef result = r.add(new TypeDefKind.ResultType(null, STRING));
    TypeRef bare = r.add(new TypeDefKind.ResultType(null, null));
    TypeRef enumType =
        r.add(
            "e",
            new TypeDefKind.EnumType(
                List.of(new TypeDefKind.EnumCase("x", null), new TypeDefKind.EnumCase("y", null))));
    AbiLayout abi = layout();
    assertThat(abi.layout(option)).isEqualTo(new TypeLayout(8, 16, List.of(I32, I64)));
    assertThat(abi.variant(option).caseNames()).containsExactly("none", "some").inOrder();
    assertThat(abi.layout(result)).isEqualTo(new TypeLayout(4, 12, List.of(I32, I32, I32)));
    assertThat(abi.variant(result).caseNames()).containsExactly("ok", "error").inOrder();
    assertThat(abi.layout(bare)).isEqualTo(new TypeLayout(1, 1, List.of(I32)));
    assertThat(abi.layout(enumType)).isEqualTo(new TypeLayout(1, 1, List.of(I32)));
  }

  @Test
  void discriminantWidthFollowsCaseCount() {
    assertThat(Discriminant.forCaseCount(1)).isEqualTo(Discriminant.U8);
    assertThat(Discriminant.forCaseCount(256)).isEqualTo(Discriminant.U8);
    assertThat(Discriminant.forCaseCount(257)).isEqualTo(Discriminant.U16);
    assertThat(Discriminant.forCaseCount(65536)).isEqualTo(Discriminant.U16);
    assertThat(Discriminant.forCaseCount(65537)).isEqualTo(Discriminant.U32);
    TypeRef wide =
        r.add(
            "e",
            new TypeDefKind.EnumType(
                IntStream.range(0, 257)
                    .mapToObj(i -> new TypeDefKind.EnumCase("c" + i, null))
                    .toList()));
    assertThat(layout().layout(wide)).isEqualTo(new TypeLayout(2, 2, List.of(I32)));
  }

  @Test
  void flagsWidthAndLimit() {
    TypeRef f8 = flags(8);
    TypeRef f9 = flags(9);
    TypeRef f17 = flags(17);
    TypeRef f32 = flags(32);
    TypeRef f33 = flags(33);
    AbiLayout abi = layout();
    assertThat(abi.layout(f8)).isEqualTo(new TypeLayout(1, 1, List.of(I32)));
    assertThat(abi.layout(f9)).isEqualTo(new TypeLayout(2, 2, List.of(I32)));
    assertThat(abi.layout(f17)).isEqualTo(new TypeLayout(4, 4, List.of(I32)));
    assertThat(abi.flags(f32).validBits()).isEqualTo(-1);
    assertThat(abi.flags(f9).validBits()).isEqualTo(0x1ff);
    AbiException e = assertThrows(AbiException.class, () -> abi.layout(f33));
    assertThat(e).hasMessageThat().contains("33 labels");
  }

  private TypeRef flags(int count) {
    return r.add(
        "f" + count,
        new TypeDefKind.FlagsType(
            IntStream.range(0, count).mapToObj(i -> new TypeDefKind.Flag("l" + i, null)).toList()));
  }

  @Test
  void listsMapsAndFixedLists() {
    TypeRef list = r.add(new TypeDefKind.ListType(U64));
    TypeRef map = r.add(new TypeDefKind.MapType(STRING, U8));
    TypeRef fixed = r.add(new TypeDefKind.FixedListType(U16, 3));
    TypeRef fixedOfStrings = r.add(new TypeDefKind.FixedListType(STRING, 2));
    AbiLayout abi = layout();
    assertThat(abi.layout(list)).isEqualTo(new TypeLayout(4, 8, List.of(I32, I32)));
    assertThat(abi.layout(map)).isEqualTo(new TypeLayout(4, 8, List.of(I32, I32)));
    RecordLayout entry = abi.mapEntry(map);
    assertThat(entry.offsets()).containsExactly(0, 8).inOrder();
    assertThat(entry.layout().size()).isEqualTo(12);
    assertThat(abi.layout(fixed)).isEqualTo(new TypeLayout(2, 6, List.of(I32, I32, I32)));
    assertThat(abi.layout(fixedOfStrings))
        .isEqualTo(new TypeLayout(4, 16, List.of(I32, I32, I32, I32)));
  }

  @Test
  void handlesAndResourcesAreI32() {
    TypeRef resource = r.add("res", new TypeDefKind.ResourceType());
    TypeRef own = r.add(new TypeDefKind.HandleType(false, resource.id()));
    TypeRef borrow = r.add(new TypeDefKind.HandleType(true, resource.id()));
    AbiLayout abi = layout();
    for (Type t : List.of(resource, own, borrow)) {
      assertThat(abi.layout(t)).isEqualTo(new TypeLayout(4, 4, List.of(I32)));
    }
  }

  @Test
  void deepNestingIsFine() {
    Type current = U8;
    for (int i = 0; i < 100; i++) {
      current = r.add(new TypeDefKind.OptionType(current));
    }
    TypeLayout deep = layout().layout(current);
    assertThat(deep.alignment()).isEqualTo(1);
    assertThat(deep.size()).isEqualTo(101);
    assertThat(deep.flat()).hasSize(101);
  }

  @Test
  void tooLargeTypesAreRejected() {
    TypeRef big = r.add(new TypeDefKind.FixedListType(U64, 1 << 25));
    assertThrows(AbiException.class, () -> layout().layout(big));
  }

  @Test
  void nonRecordRejected() {
    TypeRef list = r.add(new TypeDefKind.ListType(U8));
    List<Runnable> calls = new ArrayList<>();
    AbiLayout abi = layout();
    calls.add(() -> abi.record(list));
    calls.add(() -> abi.variant(list));
    calls.add(() -> abi.flags(U8));
    calls.add(() -> abi.mapEntry(list));
    for (Runnable call : calls) {
      assertThrows(IllegalArgumentException.class, call::run);
    }
  }
}
