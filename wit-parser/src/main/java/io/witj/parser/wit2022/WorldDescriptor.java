package io.witj.parser.wit2022;

import java.util.List;
import java.util.Objects;

/**
 * A world for 2022-dialect interfaces, which have no worlds of their own: its name and which
 * interfaces (by file stem) the guest imports and exports. wit-bindgen 0.2 took the same facts from
 * the {@code import!("keyvalue.wit")} and {@code export!("http-handler.wit")} macros of the guest.
 * Interfaces that the listed ones {@code use} types from are imported implicitly.
 *
 * @param name the world's kebab-case name, e.g. {@code http-server-demo}
 * @param imports the interfaces the guest imports (the host implements them)
 * @param exports the interfaces the guest exports (the host calls them)
 */
public record WorldDescriptor(String name, List<String> imports, List<String> exports) {
  public WorldDescriptor {
    Objects.requireNonNull(name, "name");
    imports = List.copyOf(imports);
    exports = List.copyOf(exports);
  }
}
