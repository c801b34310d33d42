package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.WitTrapException;
import java.util.List;

/**
 * The guest export through which a wit-bindgen 0.2 host gives back what an export returned ({@code
 * canonical_abi_free(ptr, size, align)}): the host calls it for every string and list reachable
 * from a result, after it has copied them, since these guests have no post-return functions.
 */
public final class GuestFree {
  private final String name;
  private final ExportFunction function;
  private final InstanceState state;

  private GuestFree(String name, ExportFunction function, InstanceState state) {
    this.name = name;
    this.function = function;
    this.state = state;
  }

  /**
   * Binds the export {@code name} of {@code instance}, whose calls go through {@code state}.
   *
   * @throws GuestLoadException if the guest does not export {@code name} with core type {@code
   *     (param i32 i32 i32)}
   */
  static GuestFree of(Instance instance, String name, InstanceState state) {
    if (!GuestExports.exportsFunction(instance, name)) {
      throw new GuestLoadException("the guest does not export " + name);
    }
    FunctionType type = instance.exportType(name);
    FunctionType expected =
        FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32), List.of());
    if (!type.params().equals(expected.params()) || !type.returns().isEmpty()) {
      throw new GuestLoadException(
          "the guest exports "
              + name
              + " with core type "
              + GuestExports.describe(type)
              + ", expected "
              + GuestExports.describe(expected));
    }
    return new GuestFree(name, instance.export(name), state);
  }

  /**
   * Frees the block of {@code size} bytes at {@code ptr}, allocated with alignment {@code align};
   * nothing happens for an empty block (the guest's allocator never made one).
   *
   * @throws WitTrapException if the guest traps (which kills the instance)
   */
  public void free(int ptr, long size, int align) {
    if (size != 0) {
      GuestFunction.call(state, name, function, ptr, size, align);
    }
  }
}
