package io.witj.runtime.component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Decides what each core module of a component is for and whether the component is one a Chicory
 * host can run as a single core module (see {@link ComponentReader} for the rules).
 */
final class ModuleClassifier {
  /** WASI 0.2 packages the preview1 adapter implements preview1 with. */
  private static final Set<String> WASI_PLATFORM =
      Set.of("cli", "io", "filesystem", "clocks", "random", "sockets");

  private ModuleClassifier() {}

  /**
   * Assigns a role to every module of {@code layout}.
   *
   * @throws ComponentReadException if there is not exactly one guest, a module is not recognized,
   *     the guest imports WASI 0.2 interfaces directly or is instantiated more than once
   */
  static List<ComponentModule> classify(ComponentLayout layout) {
    List<ComponentLayout.Module> modules = layout.modules();
    if (modules.isEmpty()) {
      throw new ComponentReadException("the component contains no core module");
    }
    List<Integer> guests = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      if (modules.get(i).info().exportsOwnMemory()) {
        guests.add(i);
      }
    }
    if (guests.isEmpty()) {
      throw new ComponentReadException(
          "no core module of the component defines and exports a memory, so none is a guest; found "
              + modules.size()
              + " core modules: "
              + describeAll(modules));
    }
    if (guests.size() > 1) {
      throw new ComponentReadException(
          "several guest modules linked together: core modules "
              + guests.stream().map(i -> "#" + i).collect(Collectors.joining(", "))
              + " each define and export a memory; only a component with one guest core module can"
              + " be hosted. Found "
              + modules.size()
              + " core modules: "
              + describeAll(modules));
    }
    int guest = guests.get(0);
    List<ComponentModule> result = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      ComponentLayout.Module module = modules.get(i);
      ModuleRole role =
          i == guest ? ModuleRole.GUEST : helperRole(module.info(), modules.get(guest).info());
      if (role == null) {
        throw new ComponentReadException(
            "core module #"
                + i
                + " is neither the guest (#"
                + guest
                + ") nor a WASI preview1"
                + " adapter, shim, fixup or initializer module: "
                + module.info().describe()
                + ". Components that link several guest modules together (e.g. shared libraries)"
                + " cannot be hosted");
      }
      result.add(new ComponentModule(i, module.offset(), module.info(), role));
    }
    long adapters = result.stream().filter(m -> m.role() == ModuleRole.WASI_ADAPTER).count();
    if (adapters > 1) {
      throw new ComponentReadException(
          "the component contains "
              + adapters
              + " adapter modules; at most one (the WASI preview1"
              + " adapter) can be replaced by the host: "
              + result.stream().map(ComponentModule::summary).collect(Collectors.joining(", ")));
    }
    checkGuest(guest, modules.get(guest).info(), layout);
    return result;
  }

  private static @Nullable ModuleRole helperRole(CoreModuleInfo m, CoreModuleInfo guest) {
    if (m.customSections().stream().anyMatch(s -> s.startsWith("dylink"))
        || m.definedMemories() > 0) {
      return null;
    }
    Set<String> importModules = m.importedModules();
    boolean exportsNothing = m.exports().isEmpty();
    if (m.importCount(CoreExternKind.MEMORY) > 0
        && m.definedFunctions() > 0
        && importModules.stream().allMatch(ModuleClassifier::isAdapterImport)
        && m.exports().stream().allMatch(e -> e.kind() == CoreExternKind.FUNC)
        && providesWasiPreview1(m, guest)) {
      return ModuleRole.WASI_ADAPTER;
    }
    if (m.imports().isEmpty()
        && m.definedTables() > 0
        && m.definedFunctions() > 0
        && m.trampolinesOnly()
        && !m.hasStart()) {
      return ModuleRole.SHIM;
    }
    // Fixup and initializer are recognized by shape, not by import module names: wit-component's
    // import from module "", componentize-js's fixup from "actual" (functions) and "shim" (table).
    boolean noCode = !m.imports().isEmpty() && m.definedFunctions() == 0 && exportsNothing;
    if (noCode
        && !m.hasStart()
        && m.importCount(CoreExternKind.TABLE) > 0
        && m.definedTables() == 0
        && m.elementsFillImportedTables()
        && m.imports().stream()
            .allMatch(i -> i.kind() == CoreExternKind.FUNC || i.kind() == CoreExternKind.TABLE)) {
      return ModuleRole.FIXUP;
    }
    if (noCode
        && m.hasStart()
        && m.elementSegments() == 0
        && m.imports().stream().allMatch(i -> i.kind() == CoreExternKind.FUNC)) {
      return ModuleRole.INITIALIZER;
    }
    return null;
  }

  /** Whether the guest imports preview1 and {@code adapter} exports every function it imports. */
  private static boolean providesWasiPreview1(CoreModuleInfo adapter, CoreModuleInfo guest) {
    List<CoreImport> preview1 =
        guest.imports().stream().filter(i -> i.module().equals(GuestModule.WASI_PREVIEW1)).toList();
    return !preview1.isEmpty()
        && preview1.stream().allMatch(i -> adapter.exports(i.name(), CoreExternKind.FUNC));
  }

  private static boolean isAdapterImport(String module) {
    return module.equals("env") || module.equals("__main_module__") || module.startsWith("wasi:");
  }

  private static void checkGuest(int index, CoreModuleInfo guest, ComponentLayout layout) {
    Map<String, List<String>> direct = new LinkedHashMap<>();
    for (CoreImport i : guest.imports()) {
      if (isWasiPlatform(i.module())) {
        direct.computeIfAbsent(i.module(), k -> new ArrayList<>()).add(i.name());
      }
    }
    if (!direct.isEmpty()) {
      throw new ComponentReadException(
          "the guest core module #"
              + index
              + " imports WASI 0.2 interfaces directly, not through"
              + " the preview1 adapter: "
              + direct.entrySet().stream()
                  .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                  .collect(Collectors.joining(", "))
              + ". Only WASI preview1 (module wasi_snapshot_preview1) can be provided on Chicory;"
              + " build the guest for wasm32-wasip1 and let wit-component add the adapter");
    }
    int instantiated = layout.instantiations().get(index);
    if (layout.coreInstances() > 0 && instantiated != 1) {
      throw new ComponentReadException(
          "the guest core module #"
              + index
              + " is instantiated "
              + instantiated
              + " times by the component; only a component that instantiates it once can be hosted");
    }
  }

  private static boolean isWasiPlatform(String module) {
    if (!module.startsWith("wasi:")) {
      return false;
    }
    int slash = module.indexOf('/');
    String pkg = module.substring("wasi:".length(), slash < 0 ? module.length() : slash);
    return WASI_PLATFORM.contains(pkg);
  }

  private static String describeAll(List<ComponentLayout.Module> modules) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < modules.size(); i++) {
      sb.append(i > 0 ? "; " : "").append('#').append(i).append(' ');
      sb.append(modules.get(i).info().describe());
    }
    return sb.toString();
  }
}
