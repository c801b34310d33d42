package io.witj.runtime;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import java.util.Objects;

/**
 * The exports of one guest instance as generated code calls them: {@code _initialize} run once, and
 * each lifted function bound with its optional {@code cabi_post_<name>} as a {@link GuestFunction}.
 */
public final class GuestExports {
  /** The reactor initialization export, called once before any other export. */
  public static final String INITIALIZE = "_initialize";

  /** The prefix of post-return exports: {@code cabi_post_<core export name>}. */
  public static final String POST_RETURN_PREFIX = "cabi_post_";

  private final Instance instance;
  private boolean initialized;

  private GuestExports(Instance instance) {
    this.instance = Objects.requireNonNull(instance, "instance");
  }

  /** The exports of {@code instance}. */
  public static GuestExports of(Instance instance) {
    return new GuestExports(instance);
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
      GuestFunction.call(INITIALIZE, instance.export(INITIALIZE));
    }
  }

  /**
   * Binds the core export {@code coreName} (e.g. {@code demo:kv/store#get}) and its post-return
   * function when the guest exports one.
   *
   * @throws WitTrapException if the guest does not export {@code coreName}
   */
  public GuestFunction function(String coreName) {
    if (!exportsFunction(instance, coreName)) {
      throw new WitTrapException(coreName, "the guest does not export " + coreName);
    }
    String postName = POST_RETURN_PREFIX + coreName;
    return new GuestFunction(
        coreName,
        instance.export(coreName),
        exportsFunction(instance, postName) ? instance.export(postName) : null);
  }
}
