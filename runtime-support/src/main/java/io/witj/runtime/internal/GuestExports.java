package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.WitTrapException;
import java.util.Objects;

/**
 * The exports of one guest instance as generated code calls them: {@code _initialize} run once, and
 * each lifted function bound with its optional {@code cabi_post_<name>} (only in {@link
 * GuestAbi#COMPONENT_MODEL}) as a {@link GuestFunction}; the entry point {@code main} of guest
 * programs.
 */
public final class GuestExports {
  /** The reactor initialization export, called once before any other export. */
  public static final String INITIALIZE = "_initialize";

  /** The prefix of post-return exports: {@code cabi_post_<core export name>}. */
  public static final String POST_RETURN_PREFIX = "cabi_post_";

  /** The entry point of a guest program ({@link GuestAbi#WIT_BINDGEN_0_2}): C's {@code main}. */
  public static final String MAIN = "main";

  private final Instance instance;
  private final InstanceState state;
  private final GuestAbi abi;
  private boolean initialized;

  private GuestExports(Instance instance, InstanceState state, GuestAbi abi) {
    this.instance = Objects.requireNonNull(instance, "instance");
    this.state = state;
    this.abi = Objects.requireNonNull(abi, "abi");
  }

  /** The exports of {@code instance}, which has no other state (no earlier trap, not closed). */
  public static GuestExports of(Instance instance) {
    return new GuestExports(instance, new InstanceState(), GuestAbi.COMPONENT_MODEL);
  }

  /** The exports of {@code instance}, a guest of ABI flavour {@code abi}, through {@code state}. */
  static GuestExports of(Instance instance, InstanceState state, GuestAbi abi) {
    return new GuestExports(instance, state, abi);
  }

  /** Whether the module of {@code instance} exports a function called {@code name}. */
  public static boolean exportsFunction(Instance instance, String name) {
    ExportSection exports = instance.module().exportSection();
    for (int i = 0; i < exports.exportCount(); i++) {
      var export = exports.getExport(i);
      if (export.exportType() == ExternalType.FUNCTION && export.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The instance. */
  public Instance instance() {
    return instance;
  }

  /**
   * Calls {@code _initialize} if the guest exports it, the first time only; later calls do nothing.
   *
   * @throws WitTrapException if the guest traps during initialization
   */
  public void initialize() {
    if (initialized) {
      return;
    }
    initialized = true;
    if (exportsFunction(instance, INITIALIZE)) {
      GuestFunction.call(state, INITIALIZE, instance.export(INITIALIZE));
    }
  }

  /**
   * Binds the core export {@code coreName} (e.g. {@code demo:kv/store#get}) and its post-return
   * function when the guest exports one.
   *
   * @throws GuestLoadException if the guest does not export {@code coreName}
   */
  public GuestFunction function(String coreName) {
    if (!exportsFunction(instance, coreName)) {
      throw new GuestLoadException("the guest does not export " + coreName);
    }
    String postName = POST_RETURN_PREFIX + coreName;
    boolean postReturn = abi.postReturn() && exportsFunction(instance, postName);
    return new GuestFunction(
        coreName, instance.export(coreName), postReturn ? instance.export(postName) : null, state);
  }

  /**
   * {@link #function(String)}, checking that the export has the core type {@code type} (the
   * Canonical ABI's {@code flatten_functype} of the WIT function).
   *
   * @throws GuestLoadException if the guest does not export {@code coreName} or exports it with
   *     another type
   */
  public GuestFunction function(String coreName, FunctionType type) {
    GuestFunction f = function(coreName);
    FunctionType actual = instance.exportType(coreName);
    if (!actual.params().equals(type.params()) || !actual.returns().equals(type.returns())) {
      throw new GuestLoadException(
          "the guest exports "
              + coreName
              + " with core type "
              + describe(actual)
              + ", the world needs "
              + describe(type));
    }
    return f;
  }

  /** A core function type as WAT spells it: {@code (param i32 i32) (result i64)}. */
  static String describe(FunctionType type) {
    StringBuilder out = new StringBuilder("(param");
    type.params().forEach(t -> out.append(' ').append(t.name().toLowerCase(java.util.Locale.ROOT)));
    out.append(") (result");
    type.returns()
        .forEach(t -> out.append(' ').append(t.name().toLowerCase(java.util.Locale.ROOT)));
    return out.append(')').toString();
  }
}
