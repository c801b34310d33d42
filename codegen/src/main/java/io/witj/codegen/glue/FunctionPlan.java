package io.witj.codegen.glue;

import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.abi.FunctionAbi;
import io.witj.codegen.abi.RecordLayout;
import io.witj.parser.model.Function;
import io.witj.parser.model.Type;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ABI plan of one WIT function, computed before any Java is printed: where each parameter
 * travels (its first flat slot, or its offset in the spilled parameter area when there are more
 * than 16 flat values) and how the result travels (nothing, one flat value, or through memory: a
 * return pointer for exports, a caller-supplied out-pointer for imports).
 *
 * @param qualifiedName the WIT-level name used in trap messages ({@code ns:pkg/i#f})
 */
record FunctionPlan(
    String qualifiedName, FunctionAbi abi, List<Param> params, @Nullable Type result) {

  /** One parameter: its flat slot index (flat calls) and its offset in the spill area. */
  record Param(String witName, Type type, int flatIndex, int spillOffset) {}

  static FunctionPlan of(AbiLayout layout, String qualifiedName, Function function) {
    FunctionAbi abi = FunctionAbi.of(layout, function);
    List<Param> params = new ArrayList<>();
    int flat = 0;
    RecordLayout area = abi.paramsArea();
    for (int k = 0; k < function.params().size(); k++) {
      Function.Param p = function.params().get(k);
      params.add(new Param(p.name(), p.type(), flat, area.offset(k)));
      flat += layout.flat(p.type()).size();
    }
    return new FunctionPlan(qualifiedName, abi, params, function.result());
  }

  boolean paramsSpilled() {
    return abi.paramsSpilled();
  }

  boolean resultSpilled() {
    return abi.resultsSpilled();
  }

  /** Core parameters of the guest import ({@code canon lower}). */
  List<CoreType> lowerParams() {
    return abi.lower().params();
  }

  /** Core results of the guest import ({@code canon lower}). */
  List<CoreType> lowerResults() {
    return abi.lower().results();
  }

  /** Size and alignment of the spilled parameters. */
  RecordLayout paramsArea() {
    return abi.paramsArea();
  }

  /** Size and alignment of the spilled result. */
  RecordLayout resultArea() {
    return abi.resultsArea();
  }
}
