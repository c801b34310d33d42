package io.witj.runtime.internal;

import org.jspecify.annotations.Nullable;

/**
 * How a guest's core module speaks to its host, beyond the value layouts that every flavour shares
 * (sizes, alignments, flattening and return areas are the Canonical ABI's in both):
 *
 * <ul>
 *   <li>{@link #COMPONENT_MODEL}: today's Canonical ABI: allocator {@code cabi_realloc}, {@code
 *       cabi_post_<export>} frees an export's results, one handle index space per instance from 1.
 *   <li>{@link #WIT_BINDGEN_0_2}: guests built with wit-bindgen 0.2 (2022–2023, e.g.
 *       Spiderlightning's): allocator {@code canonical_abi_realloc}, no post-return: the host frees
 *       every string and list of an export's result with {@code canonical_abi_free} once it has
 *       copied them; each resource type numbers its handles on its own from 0; the entry point is
 *       {@code main(i32, i32) -> i32}.
 * </ul>
 */
public enum GuestAbi {
  COMPONENT_MODEL(GuestRealloc.EXPORT_NAME, null),
  WIT_BINDGEN_0_2("canonical_abi_realloc", "canonical_abi_free");

  private final String reallocExport;
  private final @Nullable String freeExport;

  GuestAbi(String reallocExport, @Nullable String freeExport) {
    this.reallocExport = reallocExport;
    this.freeExport = freeExport;
  }

  /** The guest's allocator export. */
  public String reallocExport() {
    return reallocExport;
  }

  /**
   * The guest export through which the host frees what an export returned, {@code (ptr, size,
   * align) -> ()}; null when the guest frees its results itself (post-return).
   */
  public @Nullable String freeExport() {
    return freeExport;
  }

  /** Whether results are released by {@code cabi_post_<export>} functions of the guest. */
  public boolean postReturn() {
    return freeExport == null;
  }

  /**
   * A new handle table laid out as this flavour numbers handles, for the instance of {@code state}
   * (null for a table used on its own).
   */
  HandleTable newHandleTable(InstanceState state) {
    return this == COMPONENT_MODEL
        ? new HandleTable(HandleTable.MAX_LENGTH, state)
        : HandleTable.perResourceType(state);
  }
}
