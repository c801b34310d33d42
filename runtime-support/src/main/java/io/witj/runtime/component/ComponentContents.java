package io.witj.runtime.component;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link ComponentReader#read(byte[])} found in a WebAssembly binary: whether it was a core
 * module or a component, every core module with its {@link ModuleRole}, and the guest core module a
 * host instantiates.
 */
public final class ComponentContents {
  private final BinaryKind kind;
  private final byte[] binary;
  private final List<ComponentModule> modules;
  private final int coreInstances;
  private final int nestedComponents;

  ComponentContents(
      BinaryKind kind,
      byte[] binary,
      List<ComponentModule> modules,
      int coreInstances,
      int nestedComponents) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.binary = binary;
    this.modules = List.copyOf(modules);
    this.coreInstances = coreInstances;
    this.nestedComponents = nestedComponents;
  }

  /** Whether the input was a core module or a component. */
  public BinaryKind kind() {
    return kind;
  }

  /** Every core module, in binary order (one, the guest, for a plain core module). */
  public List<ComponentModule> modules() {
    return modules;
  }

  /** The modules with role {@code role}. */
  public List<ComponentModule> modules(ModuleRole role) {
    return modules.stream().filter(m -> m.role() == role).toList();
  }

  /** The guest's own core module. */
  public ComponentModule guest() {
    return modules(ModuleRole.GUEST).get(0);
  }

  /**
   * The guest core module's bytes: the input itself for a core module, a copy of the module
   * section's payload for a component.
   */
  public byte[] guestBytes() {
    return kind == BinaryKind.CORE_MODULE ? binary : guest().bytesOf(binary);
  }

  /** Whether the guest imports WASI preview1 (module {@code wasi_snapshot_preview1}). */
  public boolean guestImportsWasiPreview1() {
    return guest().info().importedModules().contains(GuestModule.WASI_PREVIEW1);
  }

  /** How many core instances the component defines (0 for a core module). */
  public int coreInstances() {
    return coreInstances;
  }

  /** How many nested components (type-only re-export wrappers) the component contains. */
  public int nestedComponents() {
    return nestedComponents;
  }

  /**
   * A one-line description, e.g. {@code component with 5 core modules (#0 guest (31576 bytes), #1
   * WASI preview1 adapter (19363 bytes), ...), 23 core instances and 0 nested components; guest
   * imports test:smoke/imports, wasi_snapshot_preview1}.
   */
  public String describe() {
    String guestImports = String.join(", ", guest().info().importedModules());
    String imports = "; guest imports " + (guestImports.isEmpty() ? "nothing" : guestImports);
    if (kind == BinaryKind.CORE_MODULE) {
      return "core module (" + guest().info().size() + " bytes)" + imports;
    }
    return "component with "
        + modules.size()
        + " core modules ("
        + modules.stream().map(ComponentModule::summary).collect(Collectors.joining(", "))
        + "), "
        + coreInstances
        + " core instances and "
        + nestedComponents
        + " nested components"
        + imports;
  }

  @Override
  public String toString() {
    return describe();
  }
}
