package io.witj.runtime.component;

import io.witj.runtime.internal.HandleTable;
import io.witj.runtime.internal.HostImport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Host implementations of interfaces that a component imports beyond its world's own (e.g. WASI 0.2
 * for a component whose preview1 adapter imports it). Each component instance binds them anew with
 * its handle table, so that resources they hand out live in the table every other lowering of the
 * instance uses.
 *
 * <p>Generated world builders make one from their imports with {@code
 * W.host()...toHostInterfaces()}; {@code io.witj.wasi.WasiHost} is one.
 */
public interface HostInterfaces {
  /**
   * The host functions for one component instance, each named as wit-component imports it (module
   * {@code ns:pkg/iface@version}, field {@code f}, {@code [method]r.m}, {@code [resource-drop]r},
   * ...). Versions are matched semver-compatibly by the linker.
   */
  List<HostImport> bind(HandleTable handles);

  /**
   * Why an import of interface {@code module} (e.g. {@code wasi:sockets/tcp@0.2.0}) that nothing
   * provides is not provided, for the link error; null when this host has nothing to say.
   */
  default @Nullable String missingHint(String module) {
    return null;
  }
}
