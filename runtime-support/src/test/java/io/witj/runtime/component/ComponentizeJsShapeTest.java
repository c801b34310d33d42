package io.witj.runtime.component;

import static com.google.common.truth.Truth.assertThat;
import static io.witj.runtime.component.ComponentBytes.component;
import static io.witj.runtime.component.ComponentBytes.coreModule;
import static io.witj.runtime.component.ComponentBytes.instantiate;
import static io.witj.runtime.component.ComponentBytes.wat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Components built by componentize-js: a fixup module that imports its functions from module {@code
 * actual} and the shim's table from module {@code shim} (not from {@code ""} like wit-component's),
 * recognized by its shape; a guest with exports the world does not name and no {@code _initialize}.
 */
class ComponentizeJsShapeTest {
  /** The JS guest of {@code it/guests/js}, present once {@code it/guests/js/build.sh} has run. */
  static final Path JS_COMPONENT = Path.of("../it/guests/js/dist/js-guest.component.wasm");

  /** Like componentize-js's guest: extra exports, no {@code _initialize}. */
  private static final byte[] GUEST =
      ComponentBytes.guest(
          "(import \"[export]t:t/g\" \"[resource-new]c\" (func (param i32) (result i32)))"
              + " (func (export \"t:t/g#f\") (param i32 i32 i32))"
              + " (func (export \"wasi:cli/run@0.2.10#run\") (result i32) i32.const 0)"
              + " (func (export \"cabi_realloc_adapter\") (param i32 i32 i32 i32) (result i32)"
              + " i32.const 0)"
              + " (func (export \"check_init\") (result i32) i32.const 1)"
              + " (func (export \"wizer-initialize\"))"
              + " (func (export \"wizer.resume\"))");

  private static final byte[] SHIM =
      wat(
          "(module (type $a (func (param i32 i32 i32))) (type $b (func (param i32)))"
              + " (table (export \"$imports\") 2 2 funcref)"
              + " (func (export \"0\") (param i32 i32 i32) local.get 0 local.get 1 local.get 2"
              + " i32.const 0 call_indirect (type $a))"
              + " (func (export \"1\") (param i32) local.get 0 i32.const 1 call_indirect (type $b)))");

  /** componentize-js's fixup: functions from {@code actual}, the table from {@code shim}. */
  private static final byte[] FIXUP =
      wat(
          "(module (import \"actual\" \"0\" (func $f0 (param i32 i32 i32)))"
              + " (import \"actual\" \"1\" (func $f1 (param i32)))"
              + " (import \"shim\" \"$imports\" (table 2 2 funcref))"
              + " (elem (i32.const 0) func $f0 $f1))");

  @Test
  void fixupImportingFromActualAndShimIsRecognizedByShape() {
    byte[] bytes =
        component(coreModule(GUEST), coreModule(SHIM), coreModule(FIXUP), instantiate(1, 0, 2));
    ComponentContents contents = ComponentReader.read(bytes);
    assertThat(contents.modules().stream().map(ComponentModule::role).toList())
        .containsExactly(ModuleRole.GUEST, ModuleRole.SHIM, ModuleRole.FIXUP)
        .inOrder();
    CoreModuleInfo fixup = contents.modules().get(2).info();
    assertThat(fixup.elementSegments()).isEqualTo(1);
    assertThat(fixup.elementsFillImportedTables()).isTrue();
    assertThat(contents.describe()).startsWith("component with 3 core modules (#0 guest (");
    assertThat(contents.describe()).contains("#2 fixup (");
  }

  @Test
  void guestWithExtraExportsAndNoInitializeIsAccepted() {
    GuestModule guest =
        GuestModule.fromBytes(
            component(
                coreModule(GUEST), coreModule(SHIM), coreModule(FIXUP), instantiate(1, 0, 2)));
    assertThat(guest.bytes()).isEqualTo(GUEST);
    assertThat(guest.info().exports("_initialize", CoreExternKind.FUNC)).isFalse();
    assertThat(guest.importsWasiPreview1()).isFalse();
    guest.requireFunctionExports(List.of("t:t/g#f", "cabi_realloc")); // extras do not matter
    assertThat(guest.parse().exportSection().exportCount()).isEqualTo(8);
  }

  @Test
  void wasmElementEncodingsOfAFixupAreRecognized() {
    // flags 2 (explicit table index), 4 and 6 (expressions), a global offset
    byte[] fixup =
        wat(
            "(module (import \"a\" \"g\" (global i32)) (import \"a\" \"0\" (func $f0))"
                + " (import \"b\" \"t0\" (table $t0 1 funcref)) (import \"b\" \"t1\" (table $t1 3 funcref))"
                + " (elem (table $t1) (i32.const 0) func $f0)"
                + " (elem (table $t1) (global.get 0) funcref (ref.func $f0))"
                + " (elem (i32.const 0) funcref (ref.func $f0)))");
    CoreModuleInfo info = CoreModuleScanner.scan(fixup, 0, fixup.length, "fixup");
    assertThat(info.elementSegments()).isEqualTo(3);
    assertThat(info.elementsFillImportedTables()).isTrue();
  }

  @Test
  void modulesThatOnlyLookLikeFixupsAreRejected() {
    String[] lookalikes = {
      // fills a table it defines itself
      "(module (import \"actual\" \"0\" (func $f)) (table 1 funcref) (elem (i32.const 0) func $f))",
      // a passive segment fills no table
      "(module (import \"actual\" \"0\" (func $f)) (import \"shim\" \"t\" (table 1 funcref))"
          + " (elem func $f))",
      // a start function as well
      "(module (import \"actual\" \"0\" (func $f)) (import \"shim\" \"t\" (table 1 funcref))"
          + " (elem (i32.const 0) func $f) (start $f))",
      // exports something
      "(module (import \"actual\" \"0\" (func $f)) (import \"shim\" \"t\" (table 1 funcref))"
          + " (elem (i32.const 0) func $f) (export \"f\" (func $f)))",
      // imports a memory too
      "(module (import \"actual\" \"0\" (func $f)) (import \"shim\" \"t\" (table 1 funcref))"
          + " (import \"actual\" \"m\" (memory 1)) (elem (i32.const 0) func $f))",
    };
    for (String lookalike : lookalikes) {
      byte[] bytes = component(coreModule(GUEST), coreModule(SHIM), coreModule(wat(lookalike)));
      ComponentReadException e =
          assertThrows(ComponentReadException.class, () -> ComponentReader.read(bytes), lookalike);
      assertThat(e).hasMessageThat().startsWith("core module #2 is neither the guest (#0) nor");
    }
  }

  @Test
  void realComponentizeJsComponent() throws Exception {
    boolean present = Files.exists(JS_COMPONENT);
    if (!present) {
      System.out.println(
          "ComponentizeJsShapeTest.realComponentizeJsComponent SKIPPED: "
              + JS_COMPONENT.toAbsolutePath().normalize()
              + " is absent; build it with it/guests/js/build.sh (needs node and npm)");
    }
    Assumptions.assumeTrue(present, "componentize-js component not built (it/guests/js/build.sh)");
    GuestModule guest = GuestModule.fromPath(JS_COMPONENT);
    ComponentContents contents = guest.contents();
    assertThat(contents.modules().stream().map(ComponentModule::role).toList())
        .containsExactly(ModuleRole.GUEST, ModuleRole.SHIM, ModuleRole.FIXUP)
        .inOrder();
    CoreModuleInfo info = guest.info();
    assertThat(guest.importsWasiPreview1()).isFalse();
    assertThat(info.exports("_initialize", CoreExternKind.FUNC)).isFalse();
    assertThat(info.exports("memory", CoreExternKind.MEMORY)).isTrue();
    guest.requireFunctionExports(
        List.of(
            "cabi_realloc",
            "run-import-tests",
            "witj-test:js-guest/guest#[constructor]counter",
            "witj-test:js-guest/guest#[dtor]counter"));
    assertThat(info.importedModules())
        .containsExactly("witj-test:js-guest/host", "$root", "[export]witj-test:js-guest/guest");
    CoreModuleInfo fixup = contents.modules(ModuleRole.FIXUP).get(0).info();
    assertThat(fixup.importedModules()).containsExactly("actual", "shim");
    assertThat(fixup.elementsFillImportedTables()).isTrue();

    ComponentGraph graph = ComponentGraphReader.read(Files.readAllBytes(JS_COMPONENT));
    assertThat(graph.instantiations().stream().map(Instantiation::module).toList())
        .containsExactly(1, 0, 2)
        .inOrder();
    Item.InstanceItem exported =
        (Item.InstanceItem) graph.exports().get("witj-test:js-guest/guest");
    ResourceRef.Defined counter = (ResourceRef.Defined) exported.exports().get("counter");
    assertThat(counter.exportNames())
        .containsExactly(new ResourceRef.ExportName("witj-test:js-guest/guest", "counter"));
    assertThat(graph.exports().get("run-import-tests")).isInstanceOf(Item.LiftedFunc.class);
  }
}
