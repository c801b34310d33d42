package io.witj.codegen.abi;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Package;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreNamesTest {
  private static Function func(String name, FunctionKind kind) {
    return new Function(name, kind, List.of(), null, null, Stability.UNKNOWN);
  }

  private static Map<String, Function> functions(Function... fs) {
    Map<String, Function> map = new LinkedHashMap<>();
    for (Function f : fs) {
      map.put(f.name(), f);
    }
    return map;
  }

  /**
   * A world importing an interface with a resource, an inline interface, a function and a resource;
   * exporting an interface with a resource and a function.
   */
  private static Resolve world() {
    TestResolves r = new TestResolves();
    int bucket = r.add("bucket", new TypeDefKind.ResourceType()).id();
    int req = r.add("req", new TypeDefKind.ResourceType()).id();
    int thing = r.add("thing", new TypeDefKind.ResourceType()).id();
    r.packages.add(new Package(new PackageName("test", "demo", "1.0.0"), null, Map.of(), Map.of()));
    r.interfaces.add(
        new Interface(
            "store",
            Map.of("bucket", bucket),
            functions(
                func("open", FunctionKind.FREESTANDING),
                func(
                    "[constructor]bucket", new FunctionKind(FunctionKind.Kind.CONSTRUCTOR, bucket)),
                func("[method]bucket.get", new FunctionKind(FunctionKind.Kind.METHOD, bucket)),
                func("[static]bucket.make", new FunctionKind(FunctionKind.Kind.STATIC, bucket))),
            null,
            Stability.UNKNOWN,
            0));
    r.interfaces.add(
        new Interface(
            "handler",
            Map.of("req", req),
            functions(func("handle", FunctionKind.FREESTANDING)),
            null,
            Stability.UNKNOWN,
            0));
    r.interfaces.add(
        new Interface(
            null,
            Map.of(),
            functions(func("ping", FunctionKind.FREESTANDING)),
            null,
            Stability.UNKNOWN,
            -1));
    Map<WorldKey, WorldItem> imports = new LinkedHashMap<>();
    imports.put(
        new WorldKey.OfInterface(0), new WorldItem.InterfaceItem(0, Stability.UNKNOWN, null));
    imports.put(new WorldKey.Name("x"), new WorldItem.InterfaceItem(2, Stability.UNKNOWN, null));
    imports.put(
        new WorldKey.Name("log"),
        new WorldItem.FunctionItem(func("log", FunctionKind.FREESTANDING)));
    imports.put(new WorldKey.Name("thing"), new WorldItem.TypeItem(thing));
    Map<WorldKey, WorldItem> exports = new LinkedHashMap<>();
    exports.put(
        new WorldKey.OfInterface(1), new WorldItem.InterfaceItem(1, Stability.UNKNOWN, null));
    exports.put(
        new WorldKey.Name("run"),
        new WorldItem.FunctionItem(func("run", FunctionKind.FREESTANDING)));
    r.worlds.add(new World("w", imports, exports, 0, null, Stability.UNKNOWN));
    return r.build();
  }

  private static List<String> render(List<CoreItem> items) {
    return items.stream()
        .map(
            i ->
                (i.module() == null ? "" : i.module() + " :: ")
                    + i.name()
                    + " "
                    + i.kind()
                    + (i.optional() ? " (optional)" : ""))
        .toList();
  }

  @Test
  void legacyNamesOfAWorld() {
    WorldCoreItems items = WorldCoreItems.of(world(), 0, CoreNames.LEGACY);
    assertThat(render(items.imports()))
        .containsExactly(
            "test:demo/store@1.0.0 :: open FUNCTION",
            "test:demo/store@1.0.0 :: [constructor]bucket FUNCTION",
            "test:demo/store@1.0.0 :: [method]bucket.get FUNCTION",
            "test:demo/store@1.0.0 :: [static]bucket.make FUNCTION",
            "test:demo/store@1.0.0 :: [resource-drop]bucket RESOURCE_DROP",
            "x :: ping FUNCTION",
            "$root :: log FUNCTION",
            "$root :: [resource-drop]thing RESOURCE_DROP",
            "[export]test:demo/handler@1.0.0 :: [resource-new]req RESOURCE_NEW",
            "[export]test:demo/handler@1.0.0 :: [resource-rep]req RESOURCE_REP",
            "[export]test:demo/handler@1.0.0 :: [resource-drop]req RESOURCE_DROP")
        .inOrder();
    assertThat(render(items.exports()))
        .containsExactly(
            "test:demo/handler@1.0.0#handle FUNCTION",
            "cabi_post_test:demo/handler@1.0.0#handle POST_RETURN (optional)",
            "test:demo/handler@1.0.0#[dtor]req DESTRUCTOR (optional)",
            "run FUNCTION",
            "cabi_post_run POST_RETURN (optional)",
            "memory MEMORY (optional)",
            "cabi_realloc REALLOC (optional)",
            "_initialize INITIALIZE (optional)")
        .inOrder();
  }

  @Test
  void itemsPointBackToTheirSource() {
    WorldCoreItems items = WorldCoreItems.of(world(), 0, CoreNames.LEGACY);
    CoreItem drop = items.imports().get(4);
    assertThat(drop.resourceId()).isEqualTo(0);
    assertThat(drop.key()).isEqualTo(new WorldKey.OfInterface(0));
    assertThat(items.exports().get(0).function().name()).isEqualTo("handle");
  }

  @Test
  void worldKeyNames() {
    Resolve resolve = world();
    assertThat(CoreNames.worldKeyName(resolve, new WorldKey.OfInterface(0)))
        .isEqualTo("test:demo/store@1.0.0");
    assertThat(CoreNames.worldKeyName(resolve, new WorldKey.Name("x"))).isEqualTo("x");
  }
}
