package io.witj.codegen.javamodel;

/**
 * Which side of a world a Java type belongs to. The import and export side of one WIT interface are
 * distinct Java types (an exported resource is implemented by the guest, an imported one by the
 * host).
 */
public enum Side {
  /** Implemented by the host, called by the guest. */
  IMPORT,
  /** Implemented by the guest, called by the host. */
  EXPORT
}
