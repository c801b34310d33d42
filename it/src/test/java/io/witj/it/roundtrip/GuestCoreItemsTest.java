package io.witj.it.roundtrip;

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
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.CoreSignature;
import io.witj.codegen.abi.CoreType;
import io.witj.codegen.abi.FunctionAbi;
import io.witj.codegen.abi.WorldCoreItems;
import io.witj.parser.Wit;
import io.witj.parser.model.Resolve;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed round-trip guests import and export exactly what their world's core items ({@link
 * WorldCoreItems}, legacy names) say, with the core signatures of the Canonical ABI: an independent
 * check of the hand-written guests and of the core-name scheme. (Globals are not compared: rustc
 * exports {@code __heap_base} and {@code __data_end}.)
 */
class GuestCoreItemsTest {

  @ParameterizedTest
  @CsvSource({"roundtrip-c.wasm, roundtrip-c", "roundtrip-rust.wasm, roundtrip-rust"})
  void guestMatchesWorld(String guest, String worldName) throws Exception {
    Resolve resolve = Wit.load(Guests.dir().resolve("wit"), Set.of());
    int world = -1;
    for (int i = 0; i < resolve.worlds().size(); i++) {
      if (resolve.world(i).name().equals(worldName)) {
        world = i;
      }
    }
    WorldCoreItems items = WorldCoreItems.of(resolve, world, CoreNames.LEGACY);
    AbiLayout layout = new AbiLayout(resolve);
    WasmModule module = Guests.module(guest);

    Map<String, FunctionType> wantImports = new HashMap<>();
    items
        .imports()
        .forEach(i -> wantImports.put(i.module() + " " + i.name(), signature(layout, i)));
    List<FunctionType> importTypes = new ArrayList<>();
    module.importSection().stream()
        .forEach(
            imp -> {
              String key = imp.module() + " " + imp.name();
              assertTrue(imp instanceof FunctionImport, key + " is a function");
              FunctionType type = module.typeSection().getType(((FunctionImport) imp).typeIndex());
              importTypes.add(type);
              assertTrue(
                  wantImports.containsKey(key),
                  guest + " imports " + key + ", which the world lacks");
              assertEquals(wantImports.get(key), type, key);
            });

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
      } else if (item.kind() == io.witj.codegen.abi.CoreItemKind.MEMORY) {
        assertEquals(ExternalType.MEMORY, e.exportType(), item.name());
      } else {
        int index = e.index();
        FunctionType type =
            index < importTypes.size()
                ? importTypes.get(index)
                : module
                    .functionSection()
                    .getFunctionType(index - importTypes.size(), module.typeSection());
        assertEquals(signature(layout, item), type, item.name());
      }
    }
    assertEquals(Set.of(), exports.keySet(), guest + " exports what the world lacks");
  }

  private static FunctionType signature(AbiLayout layout, CoreItem item) {
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
      case MEMORY -> throw new IllegalArgumentException("memory has no signature");
    };
  }

  private static FunctionType of(CoreSignature s) {
    return FunctionType.of(
        s.params().stream().map(GuestCoreItemsTest::valType).toList(),
        s.results().stream().map(GuestCoreItemsTest::valType).toList());
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
