package io.witj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreItem;
import io.witj.codegen.abi.CoreItemKind;
import io.witj.codegen.abi.CoreSignature;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.abi.FunctionAbi;
import io.witj.codegen.abi.WorldCoreItems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a guest module's imports and exports with what a world's {@link WorldCoreItems} say,
 * core signatures included: an independent check of a guest and of a core-name scheme.
 */
public final class CoreItemsCheck {
  private CoreItemsCheck() {}

  /**
   * Asserts that every import of {@code module} is one of {@code items}' imports, with its
   * signature; returns the imports' types in index order (function indices start with them).
   */
  public static List<FunctionType> checkImports(
      String guest, WasmModule module, WorldCoreItems items, AbiLayout layout) {
    Map<String, FunctionType> want = new HashMap<>();
    items.imports().forEach(i -> want.put(i.module() + " " + i.name(), signature(layout, i)));
    List<FunctionType> importTypes = new ArrayList<>();
    module.importSection().stream()
        .forEach(
            imp -> {
              String key = imp.module() + " " + imp.name();
              assertTrue(imp instanceof FunctionImport, key + " is a function");
              FunctionType type = module.typeSection().getType(((FunctionImport) imp).typeIndex());
              importTypes.add(type);
              assertTrue(
                  want.containsKey(key), guest + " imports " + key + ", which the world lacks");
              assertEquals(want.get(key), type, key);
            });
    return importTypes;
  }

  /**
   * Asserts that {@code module} exports every non-optional export of {@code items}, each with its
   * signature (memory as a memory); returns the function and memory exports {@code items} do not
   * name (globals are not compared: rustc exports {@code __heap_base} and {@code __data_end}).
   */
  public static Map<String, Export> checkExports(
      String guest,
      WasmModule module,
      WorldCoreItems items,
      AbiLayout layout,
      List<FunctionType> importTypes) {
    Map<String, Export> exports = new HashMap<>();
    for (int i = 0; i < module.exportSection().exportCount(); i++) {
      Export e = module.exportSection().getExport(i);
      if (e.exportType() != ExternalType.GLOBAL) {
        exports.put(e.name(), e);
      }
    }
    for (CoreItem item : items.exports()) {
      Export e = exports.remove(item.name());
      if (e == null) {
        assertTrue(item.optional(), guest + " lacks export " + item.name());
      } else if (item.kind() == CoreItemKind.MEMORY) {
        assertEquals(ExternalType.MEMORY, e.exportType(), item.name());
      } else {
        assertEquals(signature(layout, item), exportType(module, importTypes, e), item.name());
      }
    }
    return exports;
  }

  /** The core type of the exported function {@code e}. */
  public static FunctionType exportType(
      WasmModule module, List<FunctionType> importTypes, Export e) {
    int index = e.index();
    return index < importTypes.size()
        ? importTypes.get(index)
        : module
            .functionSection()
            .getFunctionType(index - importTypes.size(), module.typeSection());
  }

  /** The core type {@code item} must have. */
  public static FunctionType signature(AbiLayout layout, CoreItem item) {
    return switch (item.kind()) {
      case FUNCTION ->
          item.module() == null
              ? of(FunctionAbi.of(layout, item.function()).lift())
              : of(FunctionAbi.of(layout, item.function()).lower());
      case POST_RETURN ->
          FunctionType.of(of(FunctionAbi.of(layout, item.function()).lift()).returns(), List.of());
      case RESOURCE_DROP, DESTRUCTOR -> FunctionType.of(List.of(ValType.I32), List.of());
      case RESOURCE_NEW, RESOURCE_REP ->
          FunctionType.of(List.of(ValType.I32), List.of(ValType.I32));
      case REALLOC ->
          FunctionType.of(
              List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32));
      case INITIALIZE -> FunctionType.empty();
      case FREE -> FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32), List.of());
      case ENTRY_POINT -> FunctionType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));
      case MEMORY -> throw new IllegalArgumentException("memory has no signature");
    };
  }

  /** {@code s} as a Chicory type. */
  public static FunctionType of(CoreSignature s) {
    return FunctionType.of(
        s.params().stream().map(CoreItemsCheck::valType).toList(),
        s.results().stream().map(CoreItemsCheck::valType).toList());
  }

  private static ValType valType(CoreType t) {
    return switch (t) {
      case I32 -> ValType.I32;
      case I64 -> ValType.I64;
      case F32 -> ValType.F32;
      case F64 -> ValType.F64;
    };
  }
}
