package io.witj.parser.model;

import org.jspecify.annotations.Nullable;

/** {@code namespace:name@version} of a package; {@code version} is null when absent. */
public record PackageName(String namespace, String name, @Nullable String version) {
  @Override
  public String toString() {
    return namespace + ":" + name + (version == null ? "" : "@" + version);
  }

  /**
   * {@code ns:pkg/iface@version}: how a named interface of this package is written and imported.
   */
  public String interfaceId(String interfaceName) {
    return namespace + ":" + name + "/" + interfaceName + (version == null ? "" : "@" + version);
  }
}
