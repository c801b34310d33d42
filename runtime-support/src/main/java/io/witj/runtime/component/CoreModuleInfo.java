package io.witj.runtime.component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link CoreModuleScanner} learned about one core module: its imports and exports, how many
 * functions, tables and memories it defines, and the shape of its code (enough to tell a guest from
 * wit-component's adapter, shim, fixup and initializer modules without a full parse).
 *
 * @param size the module's size in bytes
 * @param imports every import, in order
 * @param exports every export, in order
 * @param definedFunctions functions the module defines (function section count)
 * @param definedTables tables the module defines
 * @param definedMemories memories the module defines
 * @param elementSegments element segments (table fills)
 * @param elementsFillImportedTables whether there are element segments and every one is active,
 *     writes into an imported table and lists only imported functions (the shape of a fixup module)
 * @param hasStart whether the module has a start function
 * @param trampolinesOnly whether every function body is a {@code call_indirect} trampoline (only
 *     {@code local.get}, {@code i32.const}, {@code call_indirect}); true when there is no code
 * @param customSections names of the custom sections (e.g. {@code dylink.0}, {@code name})
 */
public record CoreModuleInfo(
    int size,
    List<CoreImport> imports,
    List<CoreExport> exports,
    int definedFunctions,
    int definedTables,
    int definedMemories,
    int elementSegments,
    boolean elementsFillImportedTables,
    boolean hasStart,
    boolean trampolinesOnly,
    List<String> customSections) {

  /** Copies the collections. */
  public CoreModuleInfo {
    imports = List.copyOf(imports);
    exports = List.copyOf(exports);
    customSections = List.copyOf(customSections);
  }

  /** The distinct module names of the imports, in first-seen order. */
  public Set<String> importedModules() {
    Set<String> modules = new LinkedHashSet<>();
    imports.forEach(i -> modules.add(i.module()));
    return modules;
  }

  /** Whether an export called {@code name} of kind {@code kind} exists. */
  public boolean exports(String name, CoreExternKind kind) {
    return exports.stream().anyMatch(e -> e.name().equals(name) && e.kind() == kind);
  }

  /** How many imports are of kind {@code kind}. */
  public int importCount(CoreExternKind kind) {
    return (int) imports.stream().filter(i -> i.kind() == kind).count();
  }

  /** Whether the module exports a memory it defines itself (rather than one it imports). */
  public boolean exportsOwnMemory() {
    int imported = importCount(CoreExternKind.MEMORY);
    return exports.stream()
        .anyMatch(e -> e.kind() == CoreExternKind.MEMORY && e.index() >= imported);
  }

  /**
   * A one-line account for error messages, e.g. {@code imports env.memory, GOT.mem.x (2); exports
   * f, g (2); defines 3 functions, 0 memories; custom sections dylink.0}.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("imports ").append(list(imports.stream().map(CoreImport::toString).toList()));
    sb.append("; exports ").append(list(exports.stream().map(CoreExport::name).toList()));
    sb.append("; defines ").append(definedFunctions).append(" functions, ");
    sb.append(definedMemories).append(" memories");
    if (!customSections.isEmpty()) {
      sb.append("; custom sections ").append(String.join(", ", customSections));
    }
    return sb.toString();
  }

  private static String list(List<String> items) {
    if (items.isEmpty()) {
      return "nothing";
    }
    int shown = Math.min(items.size(), 8);
    String head = String.join(", ", items.subList(0, shown));
    return head + (shown < items.size() ? ", ..." : "") + " (" + items.size() + ")";
  }
}
