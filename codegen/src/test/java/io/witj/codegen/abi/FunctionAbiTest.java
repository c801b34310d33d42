package io.witj.codegen.abi;

import static com.google.common.truth.Truth.assertThat;
import static io.witj.codegen.abi.CoreType.I32;
import static io.witj.codegen.abi.CoreType.I64;

import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Stability;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FunctionAbiTest {
  private final TestResolves r = new TestResolves();

  private static Function func(List<Type> params, Type result) {
    List<Function.Param> ps =
        IntStream.range(0, params.size())
            .mapToObj(i -> new Function.Param("p" + i, params.get(i)))
            .toList();
    return new Function("f", FunctionKind.FREESTANDING, ps, result, null, Stability.UNKNOWN);
  }

  @Test
  void sixteenFlatParamsStayFlat() {
    FunctionAbi abi =
        FunctionAbi.of(
            new AbiLayout(r.build()),
            func(Collections.nCopies(16, PrimitiveType.U32), PrimitiveType.U64));
    assertThat(abi.paramsSpilled()).isFalse();
    assertThat(abi.resultsSpilled()).isFalse();
    assertThat(abi.lift().params()).hasSize(16);
    assertThat(abi.lift().results()).containsExactly(I64);
    assertThat(abi.lower()).isEqualTo(abi.lift());
  }

  @Test
  void seventeenFlatParamsSpillToAPointer() {
    List<Type> params = new java.util.ArrayList<>(Collections.nCopies(16, (Type) PrimitiveType.U8));
    params.add(PrimitiveType.U64);
    FunctionAbi abi = FunctionAbi.of(new AbiLayout(r.build()), func(params, null));
    assertThat(abi.flatParams()).hasSize(17);
    assertThat(abi.paramsSpilled()).isTrue();
    assertThat(abi.lift()).isEqualTo(new CoreSignature(List.of(I32), List.of()));
    assertThat(abi.lower()).isEqualTo(new CoreSignature(List.of(I32), List.of()));
    assertThat(abi.paramsArea().offset(15)).isEqualTo(15);
    assertThat(abi.paramsArea().offset(16)).isEqualTo(16);
    assertThat(abi.paramsArea().layout().size()).isEqualTo(24);
    assertThat(abi.paramsArea().layout().alignment()).isEqualTo(8);
  }

  @Test
  void multipleFlatResultsUseAReturnPointer() {
    TypeRef list = r.add(new TypeDefKind.ListType(PrimitiveType.U8));
    FunctionAbi abi =
        FunctionAbi.of(new AbiLayout(r.build()), func(List.of(PrimitiveType.STRING), list));
    assertThat(abi.flatResults()).containsExactly(I32, I32).inOrder();
    assertThat(abi.resultsSpilled()).isTrue();
    assertThat(abi.lift()).isEqualTo(new CoreSignature(List.of(I32, I32), List.of(I32)));
    assertThat(abi.lower()).isEqualTo(new CoreSignature(List.of(I32, I32, I32), List.of()));
    assertThat(abi.resultsArea().layout().size()).isEqualTo(8);
  }

  @Test
  void noParamsNoResults() {
    FunctionAbi abi = FunctionAbi.of(new AbiLayout(r.build()), func(List.of(), null));
    assertThat(abi.lift()).isEqualTo(new CoreSignature(List.of(), List.of()));
    assertThat(abi.lower()).isEqualTo(new CoreSignature(List.of(), List.of()));
  }

  @Test
  void methodSelfIsTheFirstParameter() {
    TypeRef resource = r.add("res", new TypeDefKind.ResourceType());
    TypeRef borrow = r.add(new TypeDefKind.HandleType(true, resource.id()));
    Function method =
        new Function(
            "[method]res.get",
            new FunctionKind(FunctionKind.Kind.METHOD, resource.id()),
            List.of(new Function.Param("self", borrow), new Function.Param("x", PrimitiveType.F64)),
            PrimitiveType.F32,
            null,
            Stability.UNKNOWN);
    FunctionAbi abi = FunctionAbi.of(new AbiLayout(r.build()), method);
    assertThat(abi.lower())
        .isEqualTo(new CoreSignature(List.of(I32, CoreType.F64), List.of(CoreType.F32)));
  }
}
