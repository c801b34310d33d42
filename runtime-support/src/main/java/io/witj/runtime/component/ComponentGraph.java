package io.witj.runtime.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A component read as its instantiation graph: the core modules, the core instantiations in the
 * order to perform them (each argument resolved to what it names), the component's imports and its
 * exports (nested type-only components evaluated, so an exported instance maps names to lifted
 * functions and types), and the resource types it defines.
 *
 * <p>This is what a linker needs to run a component as it is: instantiate the modules in order,
 * give each instantiation the items its arguments name, implement {@link CoreItem.Lowered} and
 * {@link CoreItem.ResourceIntrinsic} functions on the host, and call {@link Item.LiftedFunc}s. Read
 * with {@link ComponentGraphReader#read}; every problem is a {@link ComponentReadException}.
 */
public final class ComponentGraph {
  private final List<ModuleDef> modules;
  private final List<Instantiation> instantiations;
  private final List<String> imports;
  private final Map<String, Item> exports;
  private final List<ResourceRef.Defined> resources;

  ComponentGraph(
      List<ModuleDef> modules,
      List<Instantiation> instantiations,
      List<String> imports,
      Map<String, Item> exports,
      List<ResourceRef.Defined> resources) {
    this.modules = List.copyOf(modules);
    this.instantiations = List.copyOf(instantiations);
    this.imports = List.copyOf(imports);
    this.exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    this.resources = List.copyOf(resources);
  }

  /**
   * A core module of the component.
   *
   * @param index its position among the component's core modules
   * @param offset the byte offset of its preamble in the component
   * @param info what it imports, exports and defines
   */
  public record ModuleDef(int index, int offset, CoreModuleInfo info) {}

  /** The core modules, in binary order. */
  public List<ModuleDef> modules() {
    return modules;
  }

  /** The core instantiations, in the order to perform them. */
  public List<Instantiation> instantiations() {
    return instantiations;
  }

  /** The names of the component's imports, in order (e.g. {@code wasi:io/streams@0.2.0}). */
  public List<String> imports() {
    return imports;
  }

  /** The component's exports by name, in order. */
  public Map<String, Item> exports() {
    return exports;
  }

  /** The resource types the component defines. */
  public List<ResourceRef.Defined> resources() {
    return resources;
  }

  /**
   * A one-line summary, e.g. {@code 5 core modules, 5 instantiations; imports test:smoke/imports,
   * wasi:io/error@0.2.0, ...; exports thunk}.
   */
  public String describe() {
    List<String> exportNames = new ArrayList<>(exports.keySet());
    return modules.size()
        + " core modules, "
        + instantiations.size()
        + " instantiations; imports "
        + (imports.isEmpty() ? "nothing" : String.join(", ", imports))
        + "; exports "
        + (exportNames.isEmpty()
            ? "nothing"
            : exportNames.stream().collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return describe();
  }
}
