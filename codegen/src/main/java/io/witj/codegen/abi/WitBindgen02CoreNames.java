package io.witj.codegen.abi;

import io.witj.parser.model.Function;
import org.jspecify.annotations.Nullable;

/**
 * The core names of guests built with wit-bindgen 0.2: an imported interface is the module named by
 * the interface alone ({@code keyvalue}, {@code http-server}: the 2022 dialect's file stem), a
 * resource function is {@code <resource>::<function>} (static or not), resource drops are {@code
 * canonical_abi.resource_drop_<resource>}, an exported function is its bare name, and the guest
 * exports {@code canonical_abi_realloc}, {@code canonical_abi_free}, {@code memory} and the entry
 * point {@code main}; there is no post-return and no {@code _initialize}. Exported resources and
 * world-level functions are not part of this flavour (the generator rejects them before naming).
 */
final class WitBindgen02CoreNames implements CoreNames {
  /** The module of the resource intrinsics. */
  static final String INTRINSICS = "canonical_abi";

  @Override
  public String rootImportModule() {
    return "$root";
  }

  /** {@code ns:pkg/iface@ver} → {@code iface}. */
  @Override
  public String importModule(String key) {
    String name = key.substring(key.indexOf('/') + 1);
    int at = name.indexOf('@');
    return at < 0 ? name : name.substring(0, at);
  }

  /** {@code [method]r.f} and {@code [static]r.f} → {@code r::f}; a free function keeps its name. */
  @Override
  public String importFunction(Function function) {
    String name = function.name();
    if (!name.startsWith("[")) {
      return name;
    }
    String rest = name.substring(name.indexOf(']') + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest + "::new" : rest.substring(0, dot) + "::" + rest.substring(dot + 1);
  }

  @Override
  public String importResourceDrop(String resource) {
    return "resource_drop_" + resource;
  }

  @Override
  public String importResourceDropModule(String interfaceModule) {
    return INTRINSICS;
  }

  @Override
  public String exportFunction(@Nullable String key, Function function) {
    return function.name();
  }

  @Override
  public @Nullable String postReturn(String exportName) {
    return null;
  }

  @Override
  public String exportDestructor(String key, String resource) {
    throw unsupported();
  }

  @Override
  public String exportedResourceModule(String key) {
    throw unsupported();
  }

  @Override
  public String exportedResourceNew(String resource) {
    throw unsupported();
  }

  @Override
  public String exportedResourceRep(String resource) {
    throw unsupported();
  }

  @Override
  public String exportedResourceDrop(String resource) {
    throw unsupported();
  }

  @Override
  public String realloc() {
    return "canonical_abi_realloc";
  }

  @Override
  public String free() {
    return "canonical_abi_free";
  }

  @Override
  public String memory() {
    return "memory";
  }

  @Override
  public @Nullable String initialize() {
    return null;
  }

  @Override
  public String entryPoint() {
    return "main";
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException(
        "exported resources are not part of the wit-bindgen 0.2 ABI");
  }
}
