package io.witj.codegen.abi;

import io.witj.parser.model.Function;
import org.jspecify.annotations.Nullable;

/**
 * The names wit-component gives the core module of a component (its "legacy" scheme): imports from
 * {@code ns:pkg/iface@ver} or {@code $root}, exports {@code ns:pkg/iface@ver#f}, {@code
 * cabi_post_<export>}, {@code [dtor]r}, {@code [export]ns:pkg/iface@ver} for exported resources'
 * intrinsics, {@code cabi_realloc}, {@code memory} and {@code _initialize}.
 */
final class LegacyCoreNames implements CoreNames {
  @Override
  public String rootImportModule() {
    return "$root";
  }

  @Override
  public String importModule(String key) {
    return key;
  }

  @Override
  public String importFunction(Function function) {
    return function.name();
  }

  @Override
  public String importResourceDrop(String resource) {
    return "[resource-drop]" + resource;
  }

  @Override
  public String exportFunction(@Nullable String key, Function function) {
    return key == null ? function.name() : key + "#" + function.name();
  }

  @Override
  public String postReturn(String exportName) {
    return "cabi_post_" + exportName;
  }

  @Override
  public String exportDestructor(String key, String resource) {
    return key + "#[dtor]" + resource;
  }

  @Override
  public String exportedResourceModule(String key) {
    return "[export]" + key;
  }

  @Override
  public String exportedResourceNew(String resource) {
    return "[resource-new]" + resource;
  }

  @Override
  public String exportedResourceRep(String resource) {
    return "[resource-rep]" + resource;
  }

  @Override
  public String exportedResourceDrop(String resource) {
    return "[resource-drop]" + resource;
  }

  @Override
  public String realloc() {
    return "cabi_realloc";
  }

  @Override
  public String memory() {
    return "memory";
  }

  @Override
  public String initialize() {
    return "_initialize";
  }
}
