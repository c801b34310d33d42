package io.witj.it.seed;

import static com.google.common.truth.Truth.assertThat;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.FunctionAbi;
import io.witj.codegen.abi.WorldCoreItems;
import io.witj.it.CoreItemsCheck;
import io.witj.parser.Wit;
import io.witj.parser.model.Function;
import io.witj.parser.model.Resolve;
import io.witj.parser.wit2022.WorldDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's binaries import and export what the wit-bindgen 0.2 core-name scheme ({@link
 * CoreNames#WIT_BINDGEN_0_2}) derives from {@code wit/spiderlightning}, with the Canonical ABI's
 * core signatures: an independent check of the scheme against the toolchain that made them. The
 * http guest's other exports are its handlers, each with the core type of {@code handle-http}.
 */
class SeedCoreItemsTest {
  private static final Path WIT = Path.of("../wit/spiderlightning");

  @Test
  void keyvalueDemoMatchesItsWorld() throws Exception {
    Checked checked =
        check(
            "keyvalue-demo",
            SeedBinaries.keyvalue(),
            new WorldDescriptor("keyvalue-demo", List.of("keyvalue"), List.of()));
    assertThat(checked.rest().keySet()).isEmpty();
  }

  @Test
  void httpServerDemoMatchesItsWorldAndExportsHandlers() throws Exception {
    WasmModule module = SeedBinaries.http();
    Checked checked =
        check(
            "http-server-demo",
            module,
            new WorldDescriptor("http-server-demo", List.of("keyvalue", "http-server"), List.of()));
    assertThat(checked.rest().keySet())
        .containsExactly(
            "handle-hello", "handle-foo", "handle-bar", "upload", "delete-file-handler");
    Function handler =
        checked.resolve().interfaces().stream()
            .filter(i -> "http-handler".equals(i.name()))
            .findFirst()
            .orElseThrow()
            .functions()
            .get("handle-http");
    FunctionType want =
        CoreItemsCheck.of(FunctionAbi.of(new AbiLayout(checked.resolve()), handler).lift());
    for (Export e : checked.rest().values()) {
      assertThat(CoreItemsCheck.exportType(module, checked.importTypes(), e)).isEqualTo(want);
    }
  }

  /** What {@link #check} found: the exports the world does not name, and the imports' types. */
  private record Checked(
      Resolve resolve, List<FunctionType> importTypes, Map<String, Export> rest) {}

  private static Checked check(String guest, WasmModule module, WorldDescriptor world)
      throws Exception {
    Resolve resolve = Wit.loadWit2022(WIT, List.of(world));
    WorldCoreItems items = WorldCoreItems.of(resolve, 0, CoreNames.WIT_BINDGEN_0_2);
    AbiLayout layout = new AbiLayout(resolve);
    List<FunctionType> importTypes = CoreItemsCheck.checkImports(guest, module, items, layout);
    return new Checked(
        resolve,
        importTypes,
        CoreItemsCheck.checkExports(guest, module, items, layout, importTypes));
  }
}
