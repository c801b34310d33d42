package io.witj.codegen.abi;

/** What a core-module import or export of a world is for. */
public enum CoreItemKind {
  /** A WIT function: imported (lowered) or exported (lifted). */
  FUNCTION,
  /** The post-return function of an exported WIT function. */
  POST_RETURN,
  /** {@code resource.drop}: of an imported resource, or of an exported one (host-provided). */
  RESOURCE_DROP,
  /** {@code resource.new} of an exported resource (host-provided). */
  RESOURCE_NEW,
  /** {@code resource.rep} of an exported resource (host-provided). */
  RESOURCE_REP,
  /** The destructor the guest exports for one of its resources. */
  DESTRUCTOR,
  /** The guest's {@code realloc}. */
  REALLOC,
  /** The guest's linear memory. */
  MEMORY,
  /** The guest's initialization function. */
  INITIALIZE,
  /** The guest's export through which the host frees results (wit-bindgen 0.2). */
  FREE,
  /** The guest program's entry point {@code main} (wit-bindgen 0.2). */
  ENTRY_POINT
}
