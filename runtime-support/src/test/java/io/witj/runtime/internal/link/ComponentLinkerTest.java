package io.witj.runtime.internal.link;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.component.Component;
import io.witj.runtime.component.ComponentLinkException;
import io.witj.runtime.component.ComponentWriter;
import io.witj.runtime.component.HostInterfaces;
import io.witj.runtime.internal.CanonContext;
import io.witj.runtime.internal.GuestInstance;
import io.witj.runtime.internal.HandleTable;
import io.witj.runtime.internal.HostImport;
import io.witj.runtime.internal.InstanceOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A synthetic component linked as its graph: a memory module instantiated first, lowered host
 * functions with and without memory/realloc options, a resource type the component defines (its
 * {@code resource.new} implemented by the host, its destructor a core function), lifted exports
 * with their options, and semver-compatible import matching.
 */
class ComponentLinkerTest {
  private static final int STRING = 0x73;
  private static final int U32 = 0x79;
  private static final FunctionType VOID = FunctionType.of(List.of(), List.of());
  private static final FunctionType G_TYPE =
      FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32), List.of());
  private static final FunctionType I32_I32 =
      FunctionType.of(List.of(ValType.I32), List.of(ValType.I32));

  static byte[] component() {
    ComponentWriter w = new ComponentWriter();
    w.type(ComponentWriter.instanceType(ComponentWriter.funcType(new int[] {}, null), "f")); // t0
    w.type(
        ComponentWriter.instanceType(
            ComponentWriter.funcType(new int[] {STRING}, STRING), "g")); // t1
    w.importInstance("a:b/c@1.0.0", 0); // instance 0
    w.importInstance("a:b/text@1.0.0", 1); // instance 1
    w.aliasExport(ComponentWriter.FUNC, 0, "f"); // func 0
    w.aliasExport(ComponentWriter.FUNC, 1, "g"); // func 1
    w.coreModule(
        "(module (memory (export \"memory\") 1)"
            + " (func (export \"cabi_realloc\") (param i32 i32 i32 i32) (result i32) i32.const"
            + " 1024)"
            + " (global $d (mut i32) (i32.const -1))"
            + " (func (export \"dtor\") (param i32) local.get 0 global.set $d)"
            + " (func (export \"dropped\") (result i32) global.get $d))"); // module 0
    w.instantiate(0); // core instance 0
    w.aliasCore(ComponentWriter.CORE_MEMORY, 0, "memory"); // core memory 0
    w.aliasCore(ComponentWriter.CORE_FUNC, 0, "cabi_realloc"); // core func 0
    w.lower(0); // core func 1
    w.lower(1, 0x03, 0, 0x04, 0, 0x00); // core func 2: memory 0, realloc 0, utf8
    w.aliasCore(ComponentWriter.CORE_FUNC, 0, "dtor"); // core func 3
    w.type(ComponentWriter.resourceType(3)); // t2
    w.resource(0x02, 2); // core func 4: resource.new t2
    w.coreInline("f", ComponentWriter.CORE_FUNC, 1); // core instance 1
    w.coreInline("g", ComponentWriter.CORE_FUNC, 2); // core instance 2
    w.coreInline("[resource-new]r", ComponentWriter.CORE_FUNC, 4); // core instance 3
    w.coreInline("memory", ComponentWriter.CORE_MEMORY, 0); // core instance 4
    w.coreModule(
        "(module (import \"env\" \"memory\" (memory 1))"
            + " (import \"a:b/c@1.0.0\" \"f\" (func $f))"
            + " (import \"a:b/text@1.0.0\" \"g\" (func $g (param i32 i32 i32)))"
            + " (import \"[export]x:y/z\" \"[resource-new]r\" (func $new (param i32) (result"
            + " i32)))"
            + " (func (export \"run\") call $f)"
            + " (func (export \"echo\") (param i32 i32) (result i32)"
            + "   local.get 0 local.get 1 i32.const 2048 call $g i32.const 2048)"
            + " (func (export \"x:y/z#make\") (param i32) (result i32) local.get 0 call $new))");
    w.instantiate(
        1, "env", 4, "a:b/c@1.0.0", 1, "a:b/text@1.0.0", 2, "[export]x:y/z", 3); // core inst 5
    w.aliasCore(ComponentWriter.CORE_FUNC, 5, "run"); // core func 5
    w.aliasCore(ComponentWriter.CORE_FUNC, 5, "echo"); // core func 6
    w.aliasCore(ComponentWriter.CORE_FUNC, 5, "x:y/z#make"); // core func 7
    w.type(ComponentWriter.funcType(new int[] {}, null)); // t3
    w.type(ComponentWriter.funcType(new int[] {STRING}, STRING)); // t4
    w.type(new byte[] {0x69, 0x02}); // t5 = own<t2>
    w.type(ComponentWriter.funcType(new int[] {U32}, 5)); // t6
    w.lift(5, 3); // func 2
    w.lift(6, 4, 0x03, 0, 0x04, 0); // func 3
    w.lift(7, 6); // func 4
    w.instanceInline("r", ComponentWriter.TYPE_SORT, 2, "make", ComponentWriter.FUNC, 4); // inst 2
    w.export("run", ComponentWriter.FUNC, 2);
    w.export("echo", ComponentWriter.FUNC, 3);
    w.export("x:y/z", ComponentWriter.INSTANCE_SORT, 2);
    return w.bytes();
  }

  private final List<String> calls = new ArrayList<>();

  private List<HostImport> hosts(String cVersion) {
    return List.of(
        new HostImport(
            "a:b/c@" + cVersion,
            "f",
            VOID,
            (cx, args) -> {
              calls.add("f " + cx.function());
              return null;
            }),
        new HostImport(
            "a:b/text@1.0.0",
            "g",
            G_TYPE,
            (cx, args) -> {
              byte[] utf8 = cx.memory().readBytes((int) args[0], (int) args[1]);
              byte[] out =
                  (new String(utf8, StandardCharsets.UTF_8) + "!").getBytes(StandardCharsets.UTF_8);
              int ptr = cx.allocate(1, out.length);
              cx.memory().write(ptr, out);
              cx.storeInt((int) args[2], ptr);
              cx.storeInt((int) args[2] + 4, out.length);
              calls.add("g " + cx.encoding());
              return null;
            }),
        new HostImport(
            "[export]x:y/z", "[resource-new]r", I32_I32, (cx, args) -> new long[] {args[0] + 100}));
  }

  /** A world instance of no generated world: the handle table, limit and state linking uses. */
  private static GuestInstance owner() {
    return new GuestInstance(StringEncoding.UTF8, CanonContext.DEFAULT_LIFT_LIMIT) {};
  }

  private LinkedComponent link(List<HostImport> world, List<HostInterfaces> providers) {
    return ComponentLinker.link(
        Component.fromBytes(component()), world, providers, owner(), InstanceOptions.DEFAULTS);
  }

  @Test
  void runsTheGraphWithLoweredHostFunctionsAndLiftedExports() {
    LinkedComponent linked = link(hosts("1.0.4"), List.of());
    assertThat(linked.instances()).hasSize(2);
    assertThat(linked.exportNames()).containsExactly("run", "echo", "x:y/z#make").inOrder();

    linked.function("run").call();
    // a:b/c@1.0.0 is served by the 1.0.4 implementation, named in its context
    assertThat(calls).containsExactly("f a:b/c@1.0.4#f");

    CanonContext echo = linked.context("echo");
    assertThat(echo.memory()).isSameInstanceAs(linked.instances().get(0).memory());
    assertThat(echo.allocate(1, 4)).isEqualTo(1024);
    echo.memory().write(0, "hi".getBytes(StandardCharsets.UTF_8));
    long[] result = linked.function("echo").call(0, 2);
    int ptr = echo.loadInt((int) result[0]);
    int len = echo.loadInt((int) result[0] + 4);
    assertThat(new String(echo.memory().readBytes(ptr, len), StandardCharsets.UTF_8))
        .isEqualTo("hi!");
    assertThat(calls).contains("g UTF8");

    // resource.new of the component's own resource type is the host's [export] intrinsic
    assertThat(linked.function("x:y/z#make").call(5)[0]).isEqualTo(105);
    // its destructor is the core function the resource type names
    linked.destructor("x:y/z#[dtor]r").apply(7);
    assertThat(linked.instances().get(0).export("dropped").apply()[0]).isEqualTo(7);
    assertThat(linked.instance()).isSameInstanceAs(linked.instances().get(1));
  }

  @Test
  void hostInterfacesServeWhatTheWorldDoesNot() {
    List<HostImport> all = hosts("1.2.0");
    HandleTable[] seen = new HandleTable[1];
    HostInterfaces provider =
        handles -> {
          seen[0] = handles;
          return all.subList(0, 2);
        };
    GuestInstance owner = owner();
    LinkedComponent linked =
        ComponentLinker.link(
            Component.fromBytes(component()),
            all.subList(2, 3),
            List.of(provider),
            owner,
            InstanceOptions.DEFAULTS);
    assertThat(seen[0]).isSameInstanceAs(owner.handles());
    linked.function("run").call();
    assertThat(calls).containsExactly("f a:b/c@1.2.0#f");
  }

  @Test
  void everyMissingImportIsListed() {
    HostInterfaces hinting =
        new HostInterfaces() {
          @Override
          public List<HostImport> bind(HandleTable handles) {
            return List.of();
          }

          @Override
          public String missingHint(String module) {
            return module.startsWith("a:b/text") ? "text is not supported yet" : null;
          }
        };
    ComponentLinkException e =
        assertThrows(
            ComponentLinkException.class,
            () -> link(List.of(hosts("2.0.0").get(0)), List.of(hinting)));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "the component imports what the host does not provide: a:b/c@1.0.0#f (canon lower"
                + " of a:b/c@1.0.0#f): nothing implements a:b/c@1.0.0: neither this world's"
                + " bindings (with what was set on the builder) nor the HostInterfaces given to"
                + " the builder provide it; a:b/text@1.0.0#g (canon lower of a:b/text@1.0.0#g):"
                + " text is not supported yet; [export]x:y/z#[resource-new]r (canon resource.new"
                + " of resource x:y/z#r (type #2)): nothing implements [export]x:y/z: neither"
                + " this world's bindings (with what was set on the builder) nor the"
                + " HostInterfaces given to the builder provide it");
  }

  @Test
  void coreTypeMismatchIsReported() {
    List<HostImport> wrong = new ArrayList<>(hosts("1.0.0"));
    wrong.set(1, new HostImport("a:b/text@1.0.0", "g", VOID, (cx, args) -> null));
    ComponentLinkException e =
        assertThrows(ComponentLinkException.class, () -> link(wrong, List.of()));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "core instance #1 (core module #1) imports a:b/text@1.0.0.g with core type (i32, i32,"
                + " i32) -> (), but canon lower of a:b/text@1.0.0#g has core type () -> ()");
  }

  @Test
  void unknownExportsAreNamed() {
    LinkedComponent linked = link(hosts("1.0.0"), List.of());
    assertThat(linked.exportsFunction("nope")).isFalse();
    assertThat(
            assertThrows(io.witj.runtime.GuestLoadException.class, () -> linked.function("nope")))
        .hasMessageThat()
        .contains("the component does not export nope; it exports [run, echo, x:y/z#make]");
  }
}
