package io.witj.runtime.component;

/** What a core module inside a component is for, as {@link ComponentReader} recognizes it. */
public enum ModuleRole {
  /** The guest's own code: defines and exports its memory; the module a host instantiates. */
  GUEST("guest"),
  /**
   * wit-component's WASI preview1 adapter ({@code wasi_snapshot_preview1} on top of WASI 0.2):
   * imports the guest's memory; a Chicory host replaces it with {@code WasiPreview1}.
   */
  WASI_ADAPTER("WASI preview1 adapter"),
  /** Indirect-call shim: no imports, a table, and only {@code call_indirect} trampolines. */
  SHIM("shim"),
  /**
   * Fixup: imports the shim's table and the real functions (from any module names), fills the table
   * with active element segments; no code, no exports.
   */
  FIXUP("fixup"),
  /**
   * Initializer: imports one function (the guest's {@code _initialize}) and runs it as its start.
   */
  INITIALIZER("initializer");

  private final String label;

  ModuleRole(String label) {
    this.label = label;
  }

  /** A short human-readable name. */
  public String label() {
    return label;
  }
}
