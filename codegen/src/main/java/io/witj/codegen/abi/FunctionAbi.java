package io.witj.codegen.abi;

import io.witj.parser.model.Function;
import io.witj.parser.model.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The synchronous Canonical ABI of one WIT function ({@code flatten_functype}): the flat parameter
 * and result types before limits, and the core signatures for {@code canon lift} (a guest export)
 * and {@code canon lower} (a guest import).
 *
 * <p>More than {@link #MAX_FLAT_PARAMS} flat parameters are spilled: the core function takes one
 * {@code i32} pointer to {@link #paramsArea()} instead. More than {@link #MAX_FLAT_RESULTS} flat
 * results are returned through memory laid out as {@link #resultsArea()}: a lifted export returns
 * an {@code i32} pointer to it, a lowered import receives an extra trailing {@code i32} out-pointer
 * and returns nothing. The areas are laid out as tuples of the parameter (including a method's
 * {@code self}) or result types.
 *
 * @param paramsArea where spilled parameters live (meaningful when {@code paramsSpilled})
 * @param resultsArea where spilled results live (meaningful when {@code resultsSpilled})
 */
public record FunctionAbi(
    Function function,
    List<CoreType> flatParams,
    List<CoreType> flatResults,
    CoreSignature lift,
    CoreSignature lower,
    boolean paramsSpilled,
    boolean resultsSpilled,
    RecordLayout paramsArea,
    RecordLayout resultsArea) {
  public static final int MAX_FLAT_PARAMS = 16;
  public static final int MAX_FLAT_RESULTS = 1;

  public FunctionAbi {
    flatParams = List.copyOf(flatParams);
    flatResults = List.copyOf(flatResults);
  }

  /** The ABI of {@code function}, whose types belong to {@code layout}'s resolve. */
  public static FunctionAbi of(AbiLayout layout, Function function) {
    List<Type> paramTypes = function.params().stream().map(Function.Param::type).toList();
    List<Type> resultTypes = function.result() == null ? List.of() : List.of(function.result());
    RecordLayout paramsArea = layout.tuple(paramTypes);
    RecordLayout resultsArea = layout.tuple(resultTypes);
    List<CoreType> flatParams = paramsArea.layout().flat();
    List<CoreType> flatResults = resultsArea.layout().flat();

    boolean paramsSpilled = flatParams.size() > MAX_FLAT_PARAMS;
    boolean resultsSpilled = flatResults.size() > MAX_FLAT_RESULTS;
    List<CoreType> params = paramsSpilled ? List.of(CoreType.I32) : flatParams;
    CoreSignature lift =
        new CoreSignature(params, resultsSpilled ? List.of(CoreType.I32) : flatResults);
    CoreSignature lower;
    if (resultsSpilled) {
      List<CoreType> withOutPointer = new ArrayList<>(params);
      withOutPointer.add(CoreType.I32);
      lower = new CoreSignature(withOutPointer, List.of());
    } else {
      lower = new CoreSignature(params, flatResults);
    }
    return new FunctionAbi(
        function,
        flatParams,
        flatResults,
        lift,
        lower,
        paramsSpilled,
        resultsSpilled,
        paramsArea,
        resultsArea);
  }
}
