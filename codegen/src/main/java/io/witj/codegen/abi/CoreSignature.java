package io.witj.codegen.abi;

import java.util.List;

/** A core WebAssembly function type: parameter and result core types. */
public record CoreSignature(List<CoreType> params, List<CoreType> results) {
  public CoreSignature {
    params = List.copyOf(params);
    results = List.copyOf(results);
  }

  @Override
  public String toString() {
    return "func" + params + " -> " + results;
  }
}
