package io.witj.runtime.component;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ImportSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every wit-bindgen fixture component yields a guest core module that Chicory parses, whose imports
 * and exports are exactly those its {@code CORE.md} lists.
 */
class ComponentReaderFixturesTest {
  private static final Pattern ITEM = Pattern.compile("^- `([^`]*)`(?: `([^`]*)`)? (\\w+)");

  @TestFactory
  Stream<DynamicTest> everyFixtureYieldsItsGuestModule() {
    return FixtureComponents.directories().stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws Exception {
    GuestModule guest = GuestModule.fromBytes(Files.readAllBytes(FixtureComponents.component(dir)));
    ComponentContents contents = guest.contents();
    assertThat(contents.kind()).isEqualTo(BinaryKind.COMPONENT);
    assertThat(contents.guest().index()).isEqualTo(0);
    assertThat(contents.describe()).contains("#0 guest");
    assertThat(contents.modules(ModuleRole.WASI_ADAPTER).size())
        .isEqualTo(guest.importsWasiPreview1() ? 1 : 0);

    WasmModule module = guest.parse();
    List<String> exports = exportNames(module.exportSection());
    assertThat(exports).containsAtLeast("memory", "cabi_realloc");
    List<String> core = Files.readAllLines(dir.resolve("CORE.md"));
    assertWithMessage("exports of " + dir.getFileName())
        .that(exports)
        .containsExactlyElementsIn(listed(core, "## Exports", false));
    assertWithMessage("imports of " + dir.getFileName())
        .that(importNames(module.importSection()))
        .containsExactlyElementsIn(listed(core, "## Imports", true));
  }

  /** Names listed under {@code heading} in CORE.md: {@code module.field} for imports. */
  private static List<String> listed(List<String> lines, String heading, boolean imports) {
    List<String> names = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        in = line.startsWith(heading);
        continue;
      }
      Matcher m = ITEM.matcher(line);
      if (in && m.find()) {
        names.add(imports ? m.group(1) + "." + m.group(2) : m.group(1));
      }
    }
    assertWithMessage("CORE.md lists nothing under " + heading).that(names).isNotEmpty();
    return names;
  }

  private static List<String> exportNames(ExportSection section) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < section.exportCount(); i++) {
      names.add(section.getExport(i).name());
    }
    return names;
  }

  private static List<String> importNames(ImportSection section) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < section.importCount(); i++) {
      names.add(section.getImport(i).module() + "." + section.getImport(i).name());
    }
    return names;
  }
}
