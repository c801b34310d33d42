package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.WitTrapException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A guest that is one core module: one Chicory instance whose imports are the generated host
 * functions, every one lowered with the instance's own memory, its allocator ({@code cabi_realloc},
 * or the one its {@link GuestAbi} names) and the world's string encoding, and whose exports are
 * found by their core names.
 */
public final class ModuleGuest implements Guest {
  private final Instance instance;
  private final CanonContext context;
  private final GuestExports exports;
  private final Map<String, ExportFunction> destructors = new HashMap<>();

  private ModuleGuest(Instance instance, CanonContext context, GuestExports exports) {
    this.instance = instance;
    this.context = context;
    this.exports = exports;
  }

  /**
   * A guest over an instance that already exists, with the encoding, lift limit and state of {@code
   * owner}.
   */
  public static ModuleGuest of(Instance instance, GuestInstance owner) {
    return new ModuleGuest(
        instance,
        CanonContext.of(
            instance,
            owner.encoding(),
            owner.liftLimit(),
            owner.state(),
            owner.abi().reallocExport()),
        GuestExports.of(instance, owner.state(), owner.abi()));
  }

  /**
   * Instantiates {@code module} for {@code owner} with {@code imports} (generated host functions)
   * and {@code extra} ready-made host functions (e.g. Chicory's {@code WasiPreview1}).
   *
   * @param hints import module name → how the host provides it, for the missing-import message
   * @throws GuestLoadException naming every import the host does not provide, or if Chicory cannot
   *     instantiate the module (its exception is the cause)
   */
  public static ModuleGuest instantiate(
      WasmModule module,
      List<HostImport> imports,
      HostFunction[] extra,
      Map<String, String> hints,
      GuestInstance owner,
      InstanceOptions options) {
    Objects.requireNonNull(module, "module");
    List<ImportFunction> functions = new ArrayList<>(imports.size());
    List<LateContext> late = new ArrayList<>(imports.size());
    for (HostImport imp : imports) {
      LateContext handle = new LateContext(imp);
      late.add(handle);
      functions.add(new HostFunction(imp.module(), imp.name(), imp.type(), handle));
    }
    if (extra != null) {
      functions.addAll(Arrays.asList(extra));
    }
    ModuleImports.check(module, functions, hints);
    Instance instance;
    try {
      instance =
          options
              .apply(
                  Instance.builder(module)
                      .withImportValues(ImportValues.builder().withFunctions(functions).build()))
              .build();
    } catch (WitTrapException e) {
      throw e;
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      // Chicory's validator fails on some invalid code with an NPE, an index out of bounds or an
      // assert
      throw new GuestLoadException(
          "the guest cannot be instantiated: " + GuestLoadException.reason(e), e);
    }
    ModuleGuest guest = of(instance, owner);
    for (LateContext handle : late) {
      handle.cx = guest.context.forFunction(handle.imp.qualifiedName());
    }
    return guest;
  }

  /** A host function whose context exists once the instance (its memory) does. */
  private static final class LateContext implements WasmFunctionHandle {
    private final HostImport imp;
    private @Nullable CanonContext cx;

    LateContext(HostImport imp) {
      this.imp = imp;
    }

    @Override
    public long[] apply(Instance instance, long... args) {
      if (cx == null) {
        throw new WitTrapException(
            imp.qualifiedName(), "called while the guest is being instantiated (start function)");
      }
      return imp.handler().call(cx, args);
    }
  }

  @Override
  public Instance instance() {
    return instance;
  }

  @Override
  public boolean exportsFunction(String coreName) {
    return GuestExports.exportsFunction(instance, coreName);
  }

  @Override
  public GuestFunction function(String coreName) {
    return exports.function(coreName);
  }

  @Override
  public GuestFunction function(String coreName, FunctionType type) {
    return exports.function(coreName, type);
  }

  @Override
  public CanonContext context(String coreName) {
    return context.forFunction(coreName);
  }

  @Override
  public void initialize() {
    exports.initialize();
  }

  @Override
  public @Nullable ExportFunction destructor(String coreName) {
    return destructors.computeIfAbsent(
        coreName, name -> exportsFunction(name) ? instance.export(name) : null);
  }
}
