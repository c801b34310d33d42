package io.witj.runtime.component;

import static com.google.common.truth.Truth.assertThat;
import static io.witj.runtime.component.ComponentBytes.bytes;
import static io.witj.runtime.component.ComponentBytes.component;
import static io.witj.runtime.component.ComponentBytes.concat;
import static io.witj.runtime.component.ComponentBytes.externName;
import static io.witj.runtime.component.ComponentBytes.name;
import static io.witj.runtime.component.ComponentBytes.section;
import static io.witj.runtime.component.ComponentBytes.vec;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.runtime.StringEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The instantiation graph the reader builds from real and synthetic components. */
class ComponentGraphReaderTest {
  static final int CORE_MODULE = 1;
  static final int CORE_INSTANCE = 2;
  static final int COMPONENT = 4;
  static final int INSTANCE = 5;
  static final int ALIAS = 6;
  static final int TYPE = 7;
  static final int CANON = 8;
  static final int IMPORT = 10;
  static final int EXPORT = 11;

  /** {@code (func)} as a component function type. */
  static final byte[] FUNC_TYPE = bytes(0x40, 0x00, 0x01, 0x00);

  /**
   * A component that imports instance {@code a:b/c@1.0.0} with function {@code f}, lowers it into a
   * core module that exports {@code run} calling it, and lifts {@code run} as export {@code run}.
   */
  static byte[] importLowerLift() {
    byte[] module =
        ComponentBytes.wat(
            "(module (import \"a:b/c@1.0.0\" \"f\" (func $f)) (func (export \"run\") call $f))");
    return component(
        section(
            TYPE,
            vec(
                concat(
                    bytes(0x42),
                    vec(
                        concat(bytes(0x01), FUNC_TYPE),
                        concat(bytes(0x04), externName("f"), bytes(0x01, 0)))))),
        section(IMPORT, vec(concat(externName("a:b/c@1.0.0"), bytes(0x05, 0)))),
        section(ALIAS, vec(concat(bytes(0x01, 0x00, 0), name("f")))),
        section(CANON, vec(bytes(0x01, 0x00, 0, 0))),
        section(CORE_INSTANCE, vec(concat(bytes(0x01), vec(concat(name("f"), bytes(0x00, 0)))))),
        ComponentBytes.coreModule(module),
        section(
            CORE_INSTANCE,
            vec(concat(bytes(0x00, 0), vec(concat(name("a:b/c@1.0.0"), bytes(0x12, 0)))))),
        section(ALIAS, vec(concat(bytes(0x00, 0x00, 0x01, 1), name("run")))),
        section(TYPE, vec(FUNC_TYPE)),
        section(CANON, vec(bytes(0x00, 0x00, 1, 0, 1))),
        section(EXPORT, vec(concat(externName("run"), bytes(0x01, 1, 0x00)))));
  }

  @Test
  void importLowerLiftGraph() {
    ComponentGraph graph = ComponentGraphReader.read(importLowerLift());
    assertThat(graph.imports()).containsExactly("a:b/c@1.0.0");
    assertThat(graph.modules()).hasSize(1);
    assertThat(graph.instantiations()).hasSize(1);
    Instantiation instantiation = graph.instantiations().get(0);
    assertThat(instantiation.module()).isEqualTo(0);
    CoreInstanceRef.Inline arg = (CoreInstanceRef.Inline) instantiation.args().get("a:b/c@1.0.0");
    CoreItem.Lowered lowered = (CoreItem.Lowered) arg.exports().get("f");
    assertThat(lowered.function()).isEqualTo(new Item.ImportedFunc("a:b/c@1.0.0", "f"));
    assertThat(lowered.options())
        .isEqualTo(new CanonOptions(StringEncoding.UTF8, null, null, null));
    Item.LiftedFunc run = (Item.LiftedFunc) graph.exports().get("run");
    assertThat(run.core()).isEqualTo(new CoreItem.Export(0, "run", CoreExternKind.FUNC));
    assertThat(graph.describe())
        .isEqualTo("1 core modules, 1 instantiations; imports a:b/c@1.0.0; exports run");
  }

  @Test
  void smokeFixtureGraph() throws Exception {
    ComponentGraph graph = ComponentGraphReader.read(FixtureComponents.smoke());
    assertThat(graph.modules()).hasSize(5);
    // the shim first, then the guest, the adapter, the fixup filling the shim's table, and the
    // initializer calling the guest's _initialize
    assertThat(graph.instantiations().stream().map(Instantiation::module).toList())
        .containsExactly(2, 0, 1, 3, 4)
        .inOrder();
    Instantiation guest = graph.instantiations().get(1);
    CoreInstanceRef.Inline imports =
        (CoreInstanceRef.Inline) guest.args().get("test:smoke/imports");
    assertThat(imports.exports().get("thunk"))
        .isEqualTo(
            new CoreItem.Lowered(
                new Item.ImportedFunc("test:smoke/imports", "thunk"),
                new CanonOptions(StringEncoding.UTF8, null, null, null)));
    // the guest's preview1 imports are trampolines of the shim (instantiation 0)
    CoreInstanceRef.Inline preview1 =
        (CoreInstanceRef.Inline) guest.args().get("wasi_snapshot_preview1");
    assertThat(preview1.exports().get("fd_write"))
        .isEqualTo(new CoreItem.Export(0, "3", CoreExternKind.FUNC));

    Instantiation adapter = graph.instantiations().get(2);
    CoreInstanceRef.Inline env = (CoreInstanceRef.Inline) adapter.args().get("env");
    assertThat(env.exports().get("memory"))
        .isEqualTo(new CoreItem.Export(1, "memory", CoreExternKind.MEMORY));
    CoreInstanceRef.Inline streams =
        (CoreInstanceRef.Inline) adapter.args().get("wasi:io/streams@0.2.0");
    assertThat(streams.exports().get("[resource-drop]output-stream"))
        .isEqualTo(
            new CoreItem.ResourceIntrinsic(
                CoreItem.ResourceOp.DROP,
                new ResourceRef.Imported("wasi:io/streams@0.2.0", "output-stream")));
    CoreInstanceRef.Inline io = (CoreInstanceRef.Inline) adapter.args().get("wasi:io/error@0.2.0");
    assertThat(io.exports().get("[resource-drop]error"))
        .isEqualTo(
            new CoreItem.ResourceIntrinsic(
                CoreItem.ResourceOp.DROP,
                new ResourceRef.Imported("wasi:io/error@0.2.0", "error")));

    // the fixup fills the shim's table with the adapter's functions and lowered WASI functions,
    // lowered with the guest's memory and the adapter's cabi_import_realloc
    Instantiation fixup = graph.instantiations().get(3);
    CoreInstanceRef.Inline table = (CoreInstanceRef.Inline) fixup.args().get("");
    assertThat(table.exports().get("$imports"))
        .isEqualTo(new CoreItem.Export(0, "$imports", CoreExternKind.TABLE));
    assertThat(table.exports().get("3"))
        .isEqualTo(new CoreItem.Export(2, "fd_write", CoreExternKind.FUNC));
    CoreItem.Lowered directories = (CoreItem.Lowered) table.exports().get("4");
    assertThat(directories.function())
        .isEqualTo(new Item.ImportedFunc("wasi:filesystem/preopens@0.2.0", "get-directories"));
    assertThat(directories.options())
        .isEqualTo(
            new CanonOptions(
                StringEncoding.UTF8,
                new CoreItem.Export(1, "memory", CoreExternKind.MEMORY),
                new CoreItem.Export(2, "cabi_import_realloc", CoreExternKind.FUNC),
                null));
    Instantiation initializer = graph.instantiations().get(4);
    CoreInstanceRef.Inline start = (CoreInstanceRef.Inline) initializer.args().get("");
    assertThat(start.exports().get(""))
        .isEqualTo(new CoreItem.Export(1, "_initialize", CoreExternKind.FUNC));

    assertThat(graph.exports().keySet()).containsExactly("thunk");
    assertThat(((Item.LiftedFunc) graph.exports().get("thunk")).core())
        .isEqualTo(new CoreItem.Export(1, "thunk", CoreExternKind.FUNC));
  }

  @Test
  void exportedResourcesKnowTheirNamesAndDestructors() throws Exception {
    ComponentGraph graph = ComponentGraphReader.read(fixture("resource-import-and-export"));
    assertThat(graph.resources()).hasSize(1);
    ResourceRef.Defined thing = graph.resources().get(0);
    assertThat(thing.exportNames())
        .containsExactly(
            new ResourceRef.ExportName("test:resource-import-and-export/test", "thing"));
    // the destructor is a trampoline of the shim, filled by the fixup with the guest's [dtor]
    assertThat(thing.destructor()).isEqualTo(new CoreItem.Export(0, "3", CoreExternKind.FUNC));
    Instantiation guest = graph.instantiations().get(1);
    CoreInstanceRef.Inline intrinsics =
        (CoreInstanceRef.Inline) guest.args().get("[export]test:resource-import-and-export/test");
    assertThat(intrinsics.exports().get("[resource-new]thing"))
        .isEqualTo(new CoreItem.ResourceIntrinsic(CoreItem.ResourceOp.NEW, thing));
    CoreInstanceRef.Inline imported =
        (CoreInstanceRef.Inline) guest.args().get("test:resource-import-and-export/test");
    assertThat(imported.exports().get("[resource-drop]thing"))
        .isEqualTo(
            new CoreItem.ResourceIntrinsic(
                CoreItem.ResourceOp.DROP,
                new ResourceRef.Imported("test:resource-import-and-export/test", "thing")));
    Item.InstanceItem exported =
        (Item.InstanceItem) graph.exports().get("test:resource-import-and-export/test");
    assertThat(exported.exports().get("thing")).isSameInstanceAs(thing);
    assertThat(exported.exports().get("[method]thing.foo")).isInstanceOf(Item.LiftedFunc.class);
  }

  @Test
  void everyFixtureReads() {
    for (Path dir : FixtureComponents.directories()) {
      ComponentGraph graph = ComponentGraphReader.read(readAll(FixtureComponents.component(dir)));
      assertThat(graph.instantiations()).isNotEmpty();
      assertThat(graph.exports()).isNotEmpty();
    }
  }

  @Test
  void componentParsesEveryModuleIncludingTheInitializer() throws Exception {
    Component component = Component.fromBytes(FixtureComponents.smoke());
    // module #4 imports ("", ""), which Chicory cannot parse as it is
    var initializer = component.module(4).importSection().getImport(0);
    assertThat(initializer.module()).isEmpty();
    assertThat(Component.originalImportName(initializer.module(), initializer.name())).isEmpty();
    assertThat(component.module(0).exportSection().exportCount()).isGreaterThan(3);
  }

  @Test
  void unsupportedFeaturesAreNamed() {
    assertThat(reject(component(section(CANON, vec(bytes(0x0e, 0))))))
        .isEqualTo("unsupported at byte offset 0xb: canon stream.new (0x0e) is not supported");
    byte[] emptyInline = component(section(CORE_INSTANCE, vec(bytes(0x01, 0x00))));
    assertThat(
            reject(
                concat(
                    emptyInline,
                    section(ALIAS, vec(concat(bytes(0x00, 0x00, 0x01, 0), name("f")))))))
        .contains("inline core instance has no func export f");
    assertThat(reject(component(section(12, bytes(0)))))
        .isEqualTo("unsupported at byte offset 0x8: value definitions is not supported");
    byte[] nested =
        component(
            section(
                COMPONENT, component(ComponentBytes.coreModule(ComponentBytes.wat("(module)")))),
            section(INSTANCE, vec(bytes(0x00, 0, 0))));
    assertThat(reject(nested))
        .isEqualTo(
            "unsupported at byte offset 0x12: a nested component with a core module (nested"
                + " component instances with their own modules) is not supported");
    assertThat(
            reject(component(section(IMPORT, vec(concat(externName("m"), bytes(0x00, 0x11, 0)))))))
        .contains("import m of a core module is not supported");
    assertThat(reject(component(section(CANON, vec(bytes(0x00, 0x00, 7, 0, 0))))))
        .isEqualTo(
            "malformed component canon section at byte offset 0xb: core func index 7 out of range (0 defined"
                + " before it)");
    assertThat(reject(ComponentBytes.guest("")))
        .isEqualTo("expected a component, found a core module (load it with GuestModule instead)");
  }

  @Test
  void asyncOptionsAreRejected() {
    byte[] lift =
        component(
            section(TYPE, vec(FUNC_TYPE)),
            section(IMPORT, vec(concat(externName("f"), bytes(0x01, 0)))),
            section(CANON, vec(bytes(0x01, 0x00, 0, 1, 0x06))));
    assertThat(reject(lift)).contains("canon lower with the async option is not supported");
  }

  @Test
  void exponentialNestedInstantiationIsBounded() {
    // component c0 is empty; c(k+1) instantiates c(k) twice; 40 levels would be 2^40 evaluations
    byte[] inner = component();
    for (int level = 0; level < 24; level++) {
      inner =
          component(
              section(COMPONENT, inner),
              section(INSTANCE, vec(bytes(0x00, 0, 0), bytes(0x00, 0, 0))));
    }
    String message = reject(inner);
    assertThat(message)
        .contains("more than " + ComponentGraphReader.WORK_LIMIT + " definitions to evaluate");
  }

  private static byte[] fixture(String name) throws Exception {
    return Files.readAllBytes(
        FixtureComponents.component(
            FixtureComponents.directories().stream()
                .filter(d -> d.getFileName().toString().equals(name))
                .findFirst()
                .orElseThrow()));
  }

  private static byte[] readAll(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String reject(byte[] bytes) {
    return assertThrows(ComponentReadException.class, () -> ComponentGraphReader.read(bytes))
        .getMessage();
  }
}
