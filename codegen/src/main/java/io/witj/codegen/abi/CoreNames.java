package io.witj.codegen.abi;

import io.witj.parser.model.Function;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.WorldKey;
import org.jspecify.annotations.Nullable;

/**
 * A naming scheme for the core-module imports and exports through which a guest's core module
 * speaks the Canonical ABI of a world. {@link #LEGACY} is wit-component's scheme, {@link
 * #WIT_BINDGEN_0_2} the one of guests built with wit-bindgen 0.2; another scheme (such as the
 * proposed standard {@code cm32p2} names) is another implementation.
 *
 * <p>{@code key} arguments are the WIT name of a world import or export key, as {@link
 * #worldKeyName} gives it: {@code ns:pkg/iface@ver} or a plain kebab name. Function names are the
 * resolved names, which already carry the resource prefixes ({@code [method]r.m}, …).
 */
public interface CoreNames {
  // Both implementations are stateless and touch no static state of CoreNames while initializing.
  @SuppressWarnings("ClassInitializationDeadlock")
  CoreNames LEGACY = new LegacyCoreNames();

  /** The names of guests built with wit-bindgen 0.2 ({@link AbiFlavour#WIT_BINDGEN_0_2}). */
  @SuppressWarnings("ClassInitializationDeadlock")
  CoreNames WIT_BINDGEN_0_2 = new WitBindgen02CoreNames();

  /** The module of functions (and resource types) imported directly by the world. */
  String rootImportModule();

  /** The module of an imported interface. */
  String importModule(String key);

  /** The field of an imported function within its module. */
  String importFunction(Function function);

  /** The field of the drop intrinsic of an imported resource {@code resource}. */
  String importResourceDrop(String resource);

  /**
   * The module of the drop intrinsics of the resources of an imported interface whose functions are
   * in module {@code interfaceModule} (the same module, unless the scheme has one for intrinsics).
   */
  default String importResourceDropModule(String interfaceModule) {
    return interfaceModule;
  }

  /**
   * The export of an exported function; {@code key} is null for a function the world exports
   * directly.
   */
  String exportFunction(@Nullable String key, Function function);

  /**
   * The post-return export belonging to the export {@code exportName}; null in a scheme without
   * post-return functions (the host frees results, see {@link #free()}).
   */
  @Nullable String postReturn(String exportName);

  /** The destructor export of a resource defined by the exported interface {@code key}. */
  String exportDestructor(String key, String resource);

  /** The module the host provides for the resources of the exported interface {@code key}. */
  String exportedResourceModule(String key);

  /**
   * The {@code resource.new} intrinsic of an exported resource, within {@link
   * #exportedResourceModule}.
   */
  String exportedResourceNew(String resource);

  /**
   * The {@code resource.rep} intrinsic of an exported resource, within {@link
   * #exportedResourceModule}.
   */
  String exportedResourceRep(String resource);

  /**
   * The {@code resource.drop} intrinsic of an exported resource, within {@link
   * #exportedResourceModule}.
   */
  String exportedResourceDrop(String resource);

  /** The guest's allocator export. */
  String realloc();

  /**
   * The guest's export through which the host frees what an export returned; null when the guest
   * frees its results itself (post-return).
   */
  default @Nullable String free() {
    return null;
  }

  /** The guest's memory export. */
  String memory();

  /**
   * The guest's optional initialization export, called once after instantiation; null in a scheme
   * without one.
   */
  @Nullable String initialize();

  /** The guest program's entry point ({@code main(i32, i32) -> i32}); null in a reactor scheme. */
  default @Nullable String entryPoint() {
    return null;
  }

  /**
   * The WIT name of a world key: {@code ns:pkg/iface@ver} for a named interface, the kebab name for
   * a plain key ({@code import x: interface {…}}, {@code import f: func(…)}).
   */
  static String worldKeyName(Resolve resolve, WorldKey key) {
    if (key instanceof WorldKey.Name name) {
      return name.name();
    }
    Interface iface = resolve.iface(((WorldKey.OfInterface) key).interfaceId());
    if (iface.name() == null || iface.packageId() < 0) {
      throw new IllegalArgumentException("interface key of an anonymous interface");
    }
    return resolve.pkg(iface.packageId()).name().interfaceId(iface.name());
  }
}
