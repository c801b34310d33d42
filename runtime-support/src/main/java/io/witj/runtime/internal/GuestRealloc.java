package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.WitTrapException;
import java.util.List;

/**
 * {@link Realloc} bound to a guest's exported {@code cabi_realloc}. Its results are validated by
 * {@link CanonContext#reallocate} (alignment, in bounds, no overflow); a guest trap inside {@code
 * cabi_realloc} is turned into a {@link WitTrapException} there as well.
 */
public final class GuestRealloc implements Realloc {
  /** The core export name of the guest allocator. */
  public static final String EXPORT_NAME = "cabi_realloc";

  private final String name;
  private final ExportFunction function;

  private GuestRealloc(String name, ExportFunction function) {
    this.name = name;
    this.function = function;
  }

  /**
   * Binds to {@code cabi_realloc} of {@code instance}.
   *
   * @throws GuestLoadException if the guest does not export {@code cabi_realloc} with the core type
   *     {@code (func (param i32 i32 i32 i32) (result i32))}
   */
  public static GuestRealloc of(Instance instance) {
    return of(instance, EXPORT_NAME);
  }

  /**
   * Binds to the allocator export {@code name} of {@code instance}, which has the protocol and core
   * type of {@code cabi_realloc} (wit-bindgen 0.2 called it {@code canonical_abi_realloc}).
   *
   * @throws GuestLoadException if the guest does not export {@code name} with that core type
   */
  public static GuestRealloc of(Instance instance, String name) {
    if (!GuestExports.exportsFunction(instance, name)) {
      throw new GuestLoadException("the guest does not export " + name);
    }
    FunctionType type = instance.exportType(name);
    if (!type.params().equals(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32))
        || !type.returns().equals(List.of(ValType.I32))) {
      throw new GuestLoadException(
          "the guest exports "
              + name
              + " with core type "
              + GuestExports.describe(type)
              + ", expected (param i32 i32 i32 i32) (result i32)");
    }
    return new GuestRealloc(name, instance.export(name));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int realloc(int oldPtr, int oldSize, int align, int newSize) {
    long[] result = function.apply(oldPtr, oldSize, align, newSize);
    return (int) result[0];
  }
}
