package io.witj.runtime.internal.link;

import io.witj.runtime.component.HostInterfaces;
import io.witj.runtime.internal.HostImport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The host functions available to one component instance, by core import module and field: first
 * the world's own, then each {@link HostInterfaces} in the order given. An import module is served
 * by the first source with that exact module name, else by the first with a semver-compatible
 * version (the highest such version of that source).
 */
final class HostImportIndex {
  /** One source's functions of one module. */
  private record Module(InterfaceName name, int source, Map<String, HostImport> functions) {}

  private final List<Module> modules = new ArrayList<>();
  private final List<HostInterfaces> providers;

  HostImportIndex(List<List<HostImport>> sources, List<HostInterfaces> providers) {
    this.providers = providers;
    for (int s = 0; s < sources.size(); s++) {
      Map<String, Map<String, HostImport>> byModule = new LinkedHashMap<>();
      for (HostImport imp : sources.get(s)) {
        byModule
            .computeIfAbsent(imp.module(), m -> new LinkedHashMap<>())
            .putIfAbsent(imp.name(), imp);
      }
      int source = s;
      byModule.forEach(
          (module, functions) ->
              modules.add(new Module(InterfaceName.parse(module), source, functions)));
    }
  }

  /** The host function for core import {@code module}/{@code field}, or null. */
  @Nullable HostImport find(String module, String field) {
    Module m = module(module);
    return m == null ? null : m.functions().get(field);
  }

  /** Which host module serves {@code module}, or null. */
  private @Nullable Module module(String module) {
    InterfaceName wanted = InterfaceName.parse(module);
    Module best = null;
    for (Module m : modules) {
      if (m.name().toString().equals(module)) {
        return m;
      }
    }
    for (Module m : modules) {
      if (m.name().compatibleWith(wanted)
          && (best == null
              || (m.source() == best.source() && m.name().compareVersion(best.name()) > 0))) {
        best = m;
      }
    }
    return best;
  }

  /** Why {@code module}/{@code field} cannot be found, in words. */
  String explainMissing(String module, String field) {
    Module m = module(module);
    if (m != null) {
      return "the host implementation of "
          + m.name()
          + " has no "
          + field
          + " (it has "
          + String.join(", ", m.functions().keySet())
          + ")";
    }
    for (HostInterfaces provider : providers) {
      String hint = provider.missingHint(module);
      if (hint != null) {
        return hint;
      }
    }
    return "nothing implements "
        + module
        + ": neither this world's bindings (with what was set on the builder) nor the"
        + " HostInterfaces given to the builder provide it";
  }
}
