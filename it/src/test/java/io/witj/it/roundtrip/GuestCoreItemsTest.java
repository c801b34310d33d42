package io.witj.it.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.WorldCoreItems;
import io.witj.it.CoreItemsCheck;
import io.witj.parser.Wit;
import io.witj.parser.model.Resolve;
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

    List<FunctionType> importTypes = CoreItemsCheck.checkImports(guest, module, items, layout);

    Map<String, Export> exports =
        CoreItemsCheck.checkExports(guest, module, items, layout, importTypes);
    assertEquals(Set.of(), exports.keySet(), guest + " exports what the world lacks");
  }
}
