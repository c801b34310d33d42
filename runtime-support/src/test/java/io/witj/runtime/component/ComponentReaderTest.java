package io.witj.runtime.component;

import static com.google.common.truth.Truth.assertThat;
import static io.witj.runtime.component.ComponentBytes.component;
import static io.witj.runtime.component.ComponentBytes.coreModule;
import static io.witj.runtime.component.ComponentBytes.guest;
import static io.witj.runtime.component.ComponentBytes.instantiate;
import static io.witj.runtime.component.ComponentBytes.section;
import static io.witj.runtime.component.ComponentBytes.wat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader accepts, and what it rejects with which message. */
class ComponentReaderTest {
  private static final byte[] INITIALIZER = wat("(module (import \"\" \"\" (func)) (start 0))");
  private static final byte[] SHIM =
      wat(
          "(module (type $t (func (param i32)))"
              + " (table (export \"$imports\") 1 1 funcref)"
              + " (func (export \"0\") (param i32) local.get 0 i32.const 0 call_indirect (type $t)))");

  @Test
  void coreModulePassesThrough() {
    byte[] module = guest("");
    ComponentContents contents = ComponentReader.read(module);
    assertThat(contents.kind()).isEqualTo(BinaryKind.CORE_MODULE);
    assertThat(contents.guestBytes()).isSameInstanceAs(module);
    assertThat(contents.guest().info().exports("cabi_realloc", CoreExternKind.FUNC)).isTrue();
    assertThat(contents.describe()).startsWith("core module (");
    assertThat(GuestModule.fromBytes(module).parse().exportSection().exportCount()).isEqualTo(2);
  }

  @Test
  void guestWithShimAndInitializerIsAccepted() {
    byte[] guest = guest("(func (export \"_initialize\"))");
    byte[] bytes =
        component(
            coreModule(guest), coreModule(SHIM), coreModule(INITIALIZER), instantiate(0, 1, 2));
    ComponentContents contents = ComponentReader.read(bytes);
    assertThat(contents.modules().stream().map(ComponentModule::role).toList())
        .containsExactly(ModuleRole.GUEST, ModuleRole.SHIM, ModuleRole.INITIALIZER)
        .inOrder();
    assertThat(contents.guestBytes()).isEqualTo(guest);
    assertThat(contents.coreInstances()).isEqualTo(3);
    assertThat(contents.guestImportsWasiPreview1()).isFalse();
  }

  @Test
  void smokeFixtureRoles() throws Exception {
    ComponentContents contents = ComponentReader.read(FixtureComponents.smoke());
    assertThat(contents.modules().stream().map(ComponentModule::role).toList())
        .containsExactly(
            ModuleRole.GUEST,
            ModuleRole.WASI_ADAPTER,
            ModuleRole.SHIM,
            ModuleRole.FIXUP,
            ModuleRole.INITIALIZER)
        .inOrder();
    assertThat(contents.describe())
        .isEqualTo(
            "component with 5 core modules (#0 guest (31576 bytes), #1 WASI preview1 adapter"
                + " (19363 bytes), #2 shim (1568 bytes), #3 fixup (281 bytes), #4 initializer"
                + " (24 bytes)), 23 core instances and 0 nested components; guest imports"
                + " test:smoke/imports, wasi_snapshot_preview1");
  }

  @Test
  void twoGuestModulesAreRejected() {
    byte[] bytes = component(coreModule(guest("")), coreModule(guest("")), instantiate(0, 1));
    String message = reject(bytes);
    assertThat(message).startsWith("several guest modules linked together: core modules #0, #1");
    assertThat(message).contains("Found 2 core modules: #0 imports nothing; exports memory");
  }

  @Test
  void sharedLibraryIsRejected() {
    byte[] library =
        ComponentBytes.withCustomSection(
            wat(
                "(module (import \"env\" \"memory\" (memory 1))"
                    + " (import \"GOT.mem\" \"errno\" (global (mut i32)))"
                    + " (func (export \"strlen\")))"),
            "dylink.0");
    String message = reject(component(coreModule(guest("")), coreModule(library)));
    assertThat(message)
        .isEqualTo(
            "core module #1 is neither the guest (#0) nor a WASI preview1 adapter, shim, fixup or"
                + " initializer module: imports env.memory, GOT.mem.errno (2); exports strlen (1);"
                + " defines 1 functions, 0 memories; custom sections dylink.0. Components that"
                + " link several guest modules together (e.g. shared libraries) cannot be hosted");
  }

  @Test
  void adapterMustProvideTheGuestsPreview1Imports() {
    byte[] adapter =
        wat(
            "(module (import \"env\" \"memory\" (memory 1))"
                + " (import \"wasi:cli/stdout@0.2.0\" \"get-stdout\" (func (result i32)))"
                + " (func (export \"fd_write\") (param i32 i32 i32 i32) (result i32) i32.const 0))");
    byte[] guest =
        guest(
            "(import \"wasi_snapshot_preview1\" \"fd_write\""
                + " (func (param i32 i32 i32 i32) (result i32)))");
    ComponentContents contents =
        ComponentReader.read(component(coreModule(guest), coreModule(adapter)));
    assertThat(contents.modules(ModuleRole.WASI_ADAPTER)).hasSize(1);
    assertThat(contents.guestImportsWasiPreview1()).isTrue();

    String message = reject(component(coreModule(guest("")), coreModule(adapter)));
    assertThat(message).startsWith("core module #1 is neither the guest (#0) nor a WASI preview1");
    assertThat(message).contains("imports env.memory, wasi:cli/stdout@0.2.0.get-stdout (2)");
  }

  @Test
  void directWasi02ImportsAreRejected() {
    byte[] guest =
        guest(
            "(import \"wasi:cli/stdout@0.2.0\" \"get-stdout\" (func (result i32)))"
                + " (import \"wasi:io/streams@0.2.0\" \"[method]output-stream.write\""
                + " (func (param i32 i32 i32 i32)))"
                + " (import \"wasi:keyvalue/store@0.2.0\" \"open\" (func (param i32)))");
    assertThat(reject(component(coreModule(guest))))
        .isEqualTo(
            "the guest core module #0 imports WASI 0.2 interfaces directly, not through the"
                + " preview1 adapter: wasi:cli/stdout@0.2.0 (get-stdout), wasi:io/streams@0.2.0"
                + " ([method]output-stream.write). Only WASI preview1 (module"
                + " wasi_snapshot_preview1) can be provided on Chicory; build the guest for"
                + " wasm32-wasip1 and let wit-component add the adapter");
  }

  @Test
  void guestInstantiatedTwiceIsRejected() {
    assertThat(reject(component(coreModule(guest("")), instantiate(0, 0))))
        .isEqualTo(
            "the guest core module #0 is instantiated 2 times by the component; only a component"
                + " that instantiates it once can be hosted");
  }

  @Test
  void noGuestIsRejected() {
    assertThat(reject(component(coreModule(SHIM))))
        .startsWith(
            "no core module of the component defines and exports a memory, so none is a guest;"
                + " found 1 core modules: #0 imports nothing; exports $imports, 0 (2); defines 1"
                + " functions, 0 memories");
    assertThat(reject(component())).isEqualTo("the component contains no core module");
  }

  @Test
  void typeOnlyNestedComponentsAreWalked() {
    byte[] nested = component(section(7, new byte[] {0}));
    byte[] outer = component(coreModule(guest("")), section(4, component(section(4, nested))));
    ComponentContents contents = ComponentReader.read(outer);
    assertThat(contents.nestedComponents()).isEqualTo(2);
  }

  @Test
  void nestedCoreModulesAreRejected() {
    byte[] nested = component(coreModule(guest("")));
    byte[] outerSection = section(4, nested);
    int at = 8 + coreModule(guest("")).length + (outerSection.length - nested.length) + 8;
    assertThat(reject(component(coreModule(guest("")), outerSection)))
        .isEqualTo(
            "a nested component has a core module section at byte offset 0x"
                + Integer.toHexString(at)
                + ": only components whose core modules and instances are all at the top level"
                + " can be hosted");
  }

  @Test
  void requireFunctionExportsNamesWhatIsMissing() {
    GuestModule guest = GuestModule.fromBytes(component(coreModule(guest(""))));
    guest.requireFunctionExports(List.of("cabi_realloc"));
    ComponentReadException e =
        assertThrows(
            ComponentReadException.class,
            () -> guest.requireFunctionExports(List.of("run", "cabi_realloc", "memory")));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "the guest core module does not export function(s) run, memory; it imports nothing;"
                + " exports memory, cabi_realloc (2); defines 1 functions, 1 memories");
  }

  private static String reject(byte[] bytes) {
    return assertThrows(ComponentReadException.class, () -> ComponentReader.read(bytes))
        .getMessage();
  }
}
