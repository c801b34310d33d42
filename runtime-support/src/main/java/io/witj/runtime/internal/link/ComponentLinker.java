package io.witj.runtime.internal.link;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.ValType;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.WitTrapException;
import io.witj.runtime.component.CanonOptions;
import io.witj.runtime.component.Component;
import io.witj.runtime.component.ComponentLinkException;
import io.witj.runtime.component.CoreExternKind;
import io.witj.runtime.component.CoreInstanceRef;
import io.witj.runtime.component.CoreItem;
import io.witj.runtime.component.HostInterfaces;
import io.witj.runtime.component.Instantiation;
import io.witj.runtime.component.ResourceRef;
import io.witj.runtime.internal.CanonContext;
import io.witj.runtime.internal.GuestInstance;
import io.witj.runtime.internal.HostImport;
import io.witj.runtime.internal.InstanceOptions;
import io.witj.runtime.internal.Realloc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Links a {@link Component} as its own instantiation graph on Chicory: one Chicory instance per
 * core instantiation, made in graph order ({@code withStart(false)}, see {@link
 * io.witj.runtime.internal.Guest}), each given the functions, memories, tables and globals its
 * arguments name — exports of earlier instances shared by reference, host functions for {@code
 * canon lower} and the {@code canon resource.*} intrinsics.
 *
 * <p>Each {@code canon lower} of an imported function becomes the generated glue of that function
 * ({@link HostImport}) lowered with the lowering's own options: its memory, {@code realloc} and
 * string encoding. The glue comes from the world's own imports first, then from each {@link
 * HostInterfaces} (bound to the world's handle table, so one table serves the whole component
 * instance); import modules are matched by semver-compatible version. A {@code canon
 * resource.new|rep|drop} of a resource type the component defines is the world's glue for the
 * exported resource ({@code [export]ns:pkg/iface}, {@code [resource-new]r}, ...); {@code canon
 * resource.drop} of an imported resource type is its host's {@code [resource-drop]r}.
 *
 * <p>Every host function the graph needs is looked up before anything is instantiated: a component
 * importing what nothing implements fails at once, with one message listing every missing function
 * and why.
 */
public final class ComponentLinker {
  private static final FunctionType REALLOC_TYPE =
      FunctionType.of(
          List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32));

  private final Component component;
  private final HostImportIndex hosts;
  private final GuestInstance owner;
  private final InstanceOptions options;
  private final List<Instance> instances = new ArrayList<>();

  private ComponentLinker(
      Component component, HostImportIndex hosts, GuestInstance owner, InstanceOptions options) {
    this.component = component;
    this.hosts = hosts;
    this.owner = owner;
    this.options = options;
  }

  /**
   * Links and instantiates {@code component}.
   *
   * @param worldImports the world's own import glue (its interfaces and exported-resource
   *     intrinsics)
   * @param providers host implementations of further interfaces (e.g. WASI 0.2), bound to the
   *     handle table of {@code owner}
   * @param owner the world instance: its handle table, lift limit and state serve every lowering
   *     and lift of the component
   * @throws ComponentLinkException if an import is not provided or an instantiation fails
   * @throws WitTrapException if a start function traps
   */
  public static LinkedComponent link(
      Component component,
      List<HostImport> worldImports,
      List<HostInterfaces> providers,
      GuestInstance owner,
      InstanceOptions options) {
    Objects.requireNonNull(component, "component");
    List<List<HostImport>> sources = new ArrayList<>();
    sources.add(List.copyOf(worldImports));
    for (HostInterfaces provider : providers) {
      sources.add(List.copyOf(provider.bind(owner.handles())));
    }
    ComponentLinker linker =
        new ComponentLinker(component, new HostImportIndex(sources, providers), owner, options);
    linker.checkHostFunctions();
    for (Instantiation instantiation : component.graph().instantiations()) {
      linker.instantiate(instantiation);
    }
    return new LinkedComponent(
        component.graph(), linker.instances, owner.state(), linker::callable, linker::context);
  }

  // ---- host functions ----------------------------------------------------------------------

  /** The core import module and field of the host function behind {@code item}. */
  private static String @Nullable [] hostName(CoreItem item) {
    if (item instanceof CoreItem.Lowered lowered) {
      return new String[] {lowered.function().instance(), lowered.function().name()};
    }
    CoreItem.ResourceIntrinsic intrinsic = (CoreItem.ResourceIntrinsic) item;
    String prefix = intrinsic.op().importPrefix();
    if (intrinsic.resource() instanceof ResourceRef.Imported imported) {
      return new String[] {imported.instance(), prefix + imported.name()};
    }
    ResourceRef.Defined defined = (ResourceRef.Defined) intrinsic.resource();
    if (defined.exportNames().isEmpty()) {
      return null;
    }
    ResourceRef.ExportName name = defined.exportNames().get(0);
    return new String[] {"[export]" + name.instance(), prefix + name.name()};
  }

  private @Nullable HostImport host(CoreItem item) {
    String[] name = hostName(item);
    return name == null ? null : hosts.find(name[0], name[1]);
  }

  /** Fails with every host function the graph needs and nothing provides. */
  private void checkHostFunctions() {
    Set<String> missing = new LinkedHashSet<>();
    for (Instantiation instantiation : component.graph().instantiations()) {
      for (CoreInstanceRef arg : instantiation.args().values()) {
        if (!(arg instanceof CoreInstanceRef.Inline inline)) {
          continue;
        }
        for (CoreItem item : inline.exports().values()) {
          if (item instanceof CoreItem.Export || host(item) != null) {
            continue;
          }
          String[] name = hostName(item);
          missing.add(
              name == null
                  ? item
                      + ": the component never exports this resource type, so no bindings"
                      + " implement its intrinsics"
                  : name[0]
                      + "#"
                      + name[1]
                      + " ("
                      + item
                      + "): "
                      + hosts.explainMissing(name[0], name[1]));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new ComponentLinkException(
          "the component imports what the host does not provide: " + String.join("; ", missing));
    }
  }

  // ---- instantiation -----------------------------------------------------------------------

  private void instantiate(Instantiation instantiation) {
    int moduleIndex = instantiation.module();
    WasmModule module = component.module(moduleIndex);
    String what = "core instance #" + instantiation.index() + " (core module #" + moduleIndex + ")";
    ImportValues.Builder values = ImportValues.builder();
    var imports = module.importSection();
    for (int i = 0; i < imports.importCount(); i++) {
      Import imp = imports.getImport(i);
      String field = Component.originalImportName(imp.module(), imp.name());
      CoreInstanceRef arg = instantiation.args().get(imp.module());
      if (arg == null) {
        throw new ComponentLinkException(
            what
                + " imports "
                + imp.module()
                + "."
                + field
                + ", but its instantiation passes no"
                + " instance named \""
                + imp.module()
                + "\"");
      }
      CoreItem item = resolve(arg, field, kind(imp), what);
      switch (imp.importType()) {
        case FUNCTION -> {
          FunctionType expected = module.typeSection().getType(((FunctionImport) imp).typeIndex());
          values.addFunction(function(item, imp.module(), imp.name(), expected, what));
        }
        case MEMORY -> values.addMemory(new ImportMemory(imp.module(), imp.name(), memory(item)));
        case TABLE ->
            values.addTable(
                new ImportTable(
                    imp.module(), imp.name(), exporter(item).exports().table(export(item).name())));
        case GLOBAL ->
            values.addGlobal(
                new ImportGlobal(
                    imp.module(),
                    imp.name(),
                    exporter(item).exports().global(export(item).name())));
        default ->
            throw new ComponentLinkException(
                what
                    + " imports "
                    + imp.module()
                    + "."
                    + field
                    + " of kind "
                    + imp.importType()
                    + ", which cannot be linked");
      }
    }
    try {
      instances.add(
          options.apply(Instance.builder(module).withImportValues(values.build())).build());
    } catch (WitTrapException e) {
      throw e;
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      if (e.getCause() instanceof WitTrapException trap) {
        throw trap;
      }
      // Chicory's validator fails on some invalid code with an NPE, an index out of bounds or an
      // assert
      throw new ComponentLinkException(
          what + " cannot be instantiated: " + GuestLoadException.reason(e), e);
    }
  }

  private static CoreExternKind kind(Import imp) {
    return switch (imp.importType()) {
      case FUNCTION -> CoreExternKind.FUNC;
      case TABLE -> CoreExternKind.TABLE;
      case MEMORY -> CoreExternKind.MEMORY;
      case GLOBAL -> CoreExternKind.GLOBAL;
      default -> CoreExternKind.TAG;
    };
  }

  private CoreItem resolve(CoreInstanceRef arg, String field, CoreExternKind kind, String what) {
    CoreItem item;
    if (arg instanceof CoreInstanceRef.Inline inline) {
      item = inline.exports().get(field);
    } else {
      int k = ((CoreInstanceRef.Instantiated) arg).instantiation();
      int module = component.graph().instantiations().get(k).module();
      boolean exported = component.graph().modules().get(module).info().exports(field, kind);
      item = exported ? new CoreItem.Export(k, field, kind) : null;
    }
    if (item == null || item.kind() != kind) {
      throw new ComponentLinkException(
          what
              + " imports "
              + field
              + " ("
              + kind.name().toLowerCase(java.util.Locale.ROOT)
              + "), which the instance passed for it does not export");
    }
    return item;
  }

  private static CoreItem.Export export(CoreItem item) {
    return (CoreItem.Export) item;
  }

  private Instance exporter(CoreItem item) {
    return instances.get(export(item).instantiation());
  }

  private Memory memory(CoreItem item) {
    return exporter(item).exports().memory(export(item).name());
  }

  /** A Chicory host function named {@code module}/{@code name} that runs {@code item}. */
  private HostFunction function(
      CoreItem item, String module, String name, FunctionType expected, String what) {
    if (item instanceof CoreItem.Export e) {
      Instance source = instances.get(e.instantiation());
      FunctionType actual = source.exportType(e.name());
      checkType(actual, expected, what, module, name, e.toString());
      ExportFunction target = source.export(e.name());
      return new HostFunction(module, name, actual, (instance, args) -> target.apply(args));
    }
    HostImport host = Objects.requireNonNull(host(item), "every import was found before linking");
    checkType(host.type(), expected, what, module, name, item.toString());
    CanonContext cx =
        item instanceof CoreItem.Lowered lowered
            ? context(lowered.options(), host.qualifiedName())
            : intrinsicContext(host);
    return host.lower(module, name, cx);
  }

  private static void checkType(
      FunctionType actual,
      FunctionType expected,
      String what,
      String module,
      String name,
      String item) {
    if (!actual.equals(expected)) {
      throw new ComponentLinkException(
          what
              + " imports "
              + module
              + "."
              + Component.originalImportName(module, name)
              + " with core type "
              + describe(expected)
              + ", but "
              + item
              + " has core type "
              + describe(actual));
    }
  }

  /** E.g. {@code (i32, i32) -> (i32)}. */
  static String describe(FunctionType type) {
    return "(" + valTypes(type.params()) + ") -> (" + valTypes(type.returns()) + ")";
  }

  private static String valTypes(List<ValType> types) {
    return types.stream()
        .map(t -> t.toString().toLowerCase(java.util.Locale.ROOT))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The context of a lift or lower with {@code options}, naming {@code function}. */
  CanonContext context(CanonOptions options, String function) {
    CanonContext.Builder b =
        CanonContext.builder(options.memory() == null ? noMemory() : memory(options.memory()))
            .encoding(options.encoding())
            .liftLimit(owner.liftLimit())
            .instanceState(owner.state())
            .function(function);
    if (options.realloc() != null) {
      if (options.realloc() instanceof CoreItem.Export e) {
        FunctionType type = instances.get(e.instantiation()).exportType(e.name());
        if (!type.equals(REALLOC_TYPE)) {
          throw new ComponentLinkException(
              "the realloc option of "
                  + function
                  + " names "
                  + e
                  + " of core type "
                  + describe(type)
                  + ", not "
                  + describe(REALLOC_TYPE));
        }
      }
      b.realloc(new CoreRealloc(callable(options.realloc())));
    }
    return b.build();
  }

  /** A callable for core function {@code item} (used for lifts, realloc, post-return, dtors). */
  ExportFunction callable(CoreItem item) {
    if (item instanceof CoreItem.Export e) {
      return instances.get(e.instantiation()).export(e.name());
    }
    HostImport host = host(item);
    if (host == null) {
      throw new ComponentLinkException(item + " has no host implementation");
    }
    CanonContext cx =
        item instanceof CoreItem.Lowered lowered
            ? context(lowered.options(), host.qualifiedName())
            : intrinsicContext(host);
    HostImport.Handler handler = host.handler();
    return args -> handler.call(cx, args);
  }

  /** The context of a resource intrinsic: it names the function and touches no memory. */
  private CanonContext intrinsicContext(HostImport host) {
    return CanonContext.builder(noMemory())
        .function(host.qualifiedName())
        .instanceState(owner.state())
        .build();
  }

  /** The memory of lowerings without a memory option: empty, so any access traps. */
  private static Memory noMemory() {
    return new ByteArrayMemory(new MemoryLimits(0, 0));
  }

  /** {@code cabi_realloc}-typed core function as the glue's allocator. */
  private record CoreRealloc(ExportFunction function) implements Realloc {
    @Override
    public int realloc(int oldPtr, int oldSize, int align, int newSize) {
      return (int) function.apply(oldPtr, oldSize, align, newSize)[0];
    }
  }
}
