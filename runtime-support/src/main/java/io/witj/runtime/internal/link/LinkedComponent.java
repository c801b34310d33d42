package io.witj.runtime.internal.link;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.component.CanonOptions;
import io.witj.runtime.component.ComponentGraph;
import io.witj.runtime.component.CoreItem;
import io.witj.runtime.component.Item;
import io.witj.runtime.component.ResourceRef;
import io.witj.runtime.internal.CanonContext;
import io.witj.runtime.internal.Guest;
import io.witj.runtime.internal.GuestFunction;
import io.witj.runtime.internal.InstanceState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A component linked and instantiated by {@link ComponentLinker}: its lifted exports under the core
 * names generated bindings use ({@code ns:pkg/iface@ver#f} for a function {@code f} of an exported
 * instance, {@code f} for a world-level one, {@code ns:pkg/iface#[dtor]r} for the destructor of an
 * exported resource), each with the options of its {@code canon lift}. A name whose interface
 * version differs is found when the versions are semver-compatible (bindings of {@code
 * wasi:cli/run@0.2.12} call a component's {@code wasi:cli/run@0.2.3#run}).
 */
public final class LinkedComponent implements Guest {
  private final List<Instance> instances;
  private final InstanceState state;
  private final Function<CoreItem, ExportFunction> callables;
  private final BiFunction<CanonOptions, String, CanonContext> contexts;
  private final Map<String, Item.LiftedFunc> functions = new LinkedHashMap<>();
  private final Map<String, CoreItem> destructors = new LinkedHashMap<>();
  private final Instance main;

  LinkedComponent(
      ComponentGraph graph,
      List<Instance> instances,
      InstanceState state,
      Function<CoreItem, ExportFunction> callables,
      BiFunction<CanonOptions, String, CanonContext> contexts) {
    this.instances = List.copyOf(instances);
    this.state = state;
    this.callables = callables;
    this.contexts = contexts;
    graph
        .exports()
        .forEach(
            (name, item) -> {
              if (item instanceof Item.LiftedFunc lifted) {
                functions.put(name, lifted);
              } else if (item instanceof Item.InstanceItem instance) {
                instance
                    .exports()
                    .forEach(
                        (member, value) -> {
                          if (value instanceof Item.LiftedFunc lifted) {
                            functions.put(name + "#" + member, lifted);
                          }
                        });
              }
            });
    for (ResourceRef.Defined resource : graph.resources()) {
      if (resource.destructor() == null) {
        continue;
      }
      for (ResourceRef.ExportName n : resource.exportNames()) {
        String prefix = n.instance().equals(Item.ROOT) ? "" : n.instance() + "#";
        destructors.put(prefix + "[dtor]" + n.name(), resource.destructor());
      }
    }
    this.main = mainInstance();
  }

  /** The instance whose memory the lifted exports use (the guest's own code). */
  private Instance mainInstance() {
    for (Item.LiftedFunc f : functions.values()) {
      CoreItem at = f.options().memory() != null ? f.options().memory() : f.core();
      if (at instanceof CoreItem.Export e) {
        return instances.get(e.instantiation());
      }
    }
    return instances.get(0);
  }

  /** Every core instance, in instantiation order. */
  public List<Instance> instances() {
    return instances;
  }

  /** The core names of the lifted exports, in export order. */
  public List<String> exportNames() {
    return List.copyOf(functions.keySet());
  }

  @Override
  public Instance instance() {
    return main;
  }

  /** The key of {@code coreName} in {@code map}, allowing a semver-compatible interface version. */
  private static <T> @Nullable String find(Map<String, T> map, String coreName) {
    if (map.containsKey(coreName)) {
      return coreName;
    }
    int hash = coreName.indexOf('#');
    if (hash < 0) {
      return null;
    }
    InterfaceName wanted = InterfaceName.parse(coreName.substring(0, hash));
    String member = coreName.substring(hash);
    for (String key : map.keySet()) {
      int keyHash = key.indexOf('#');
      if (keyHash > 0
          && key.substring(keyHash).equals(member)
          && InterfaceName.parse(key.substring(0, keyHash)).compatibleWith(wanted)) {
        return key;
      }
    }
    return null;
  }

  @Override
  public boolean exportsFunction(String coreName) {
    return find(functions, coreName) != null;
  }

  private Item.LiftedFunc lifted(String coreName) {
    String key = find(functions, coreName);
    if (key == null) {
      throw new GuestLoadException(
          "the component does not export " + coreName + "; it exports " + functions.keySet());
    }
    return Objects.requireNonNull(functions.get(key));
  }

  @Override
  public GuestFunction function(String coreName) {
    Item.LiftedFunc f = lifted(coreName);
    CoreItem post = f.options().postReturn();
    return GuestFunction.of(
        coreName, callables.apply(f.core()), post == null ? null : callables.apply(post), state);
  }

  @Override
  public GuestFunction function(String coreName, FunctionType type) {
    Item.LiftedFunc f = lifted(coreName);
    if (f.core() instanceof CoreItem.Export e) {
      FunctionType actual = instances.get(e.instantiation()).exportType(e.name());
      if (!actual.equals(type)) {
        throw new GuestLoadException(
            "the component lifts "
                + coreName
                + " from a core function of type "
                + ComponentLinker.describe(actual)
                + ", the world needs "
                + ComponentLinker.describe(type));
      }
    }
    return function(coreName);
  }

  @Override
  public CanonContext context(String coreName) {
    return contexts.apply(lifted(coreName).options(), coreName);
  }

  @Override
  public void initialize() {
    // the component's own start functions (wit-component's initializer module) ran while linking
  }

  @Override
  public @Nullable ExportFunction destructor(String coreName) {
    String key = find(destructors, coreName);
    return key == null ? null : callables.apply(Objects.requireNonNull(destructors.get(key)));
  }
}
