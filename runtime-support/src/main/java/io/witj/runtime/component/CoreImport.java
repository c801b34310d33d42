package io.witj.runtime.component;

/**
 * One import of a core module.
 *
 * @param module the import's module name (e.g. {@code wasi_snapshot_preview1}, {@code $root})
 * @param name the import's field name
 * @param kind what is imported
 */
public record CoreImport(String module, String name, CoreExternKind kind) {
  @Override
  public String toString() {
    return module + "." + name;
  }
}
