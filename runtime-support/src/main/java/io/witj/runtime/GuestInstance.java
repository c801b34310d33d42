package io.witj.runtime;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The per-instance state that generated bindings share: the Chicory {@link Instance} (bound once,
 * after instantiation, since the import glue must exist before the instance does), the guest's
 * {@link HandleTable}, the base {@link CanonContext} and the bound exports. A generated world's
 * {@code Abi} class extends it with resource types and lift/lower helpers.
 *
 * <p>Not thread-safe: one instance serves one thread at a time.
 */
public class GuestInstance {
  private final StringEncoding encoding;
  private final long liftLimit;
  private final HandleTable handles = new HandleTable();
  private final Map<String, ExportFunction> destructors = new HashMap<>();
  private @Nullable Bound bound;
  private boolean closed;

  /**
   * State for a guest whose strings use {@code encoding} and whose calls may lift values of about
   * {@code liftLimit} bytes of Java heap ({@link CanonContext.Builder#liftLimit}); call {@link
   * #bind} once instantiated.
   *
   * @throws IllegalArgumentException if {@code liftLimit} is not positive
   */
  protected GuestInstance(StringEncoding encoding, long liftLimit) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    if (liftLimit <= 0) {
      throw new IllegalArgumentException("lift limit must be positive, got " + liftLimit);
    }
    this.liftLimit = liftLimit;
  }

  /**
   * Binds the instantiated guest and checks that it exports every function in {@code
   * requiredExports}.
   *
   * @throws IllegalStateException if called twice
   * @throws WitTrapException naming every missing export
   */
  public final void bind(Instance instance, List<String> requiredExports) {
    if (bound != null) {
      throw new IllegalStateException("guest instance already bound");
    }
    List<String> missing = new ArrayList<>();
    for (String name : requiredExports) {
      if (!GuestExports.exportsFunction(instance, name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new WitTrapException(
          "instantiation", "the guest does not export " + String.join(", ", missing));
    }
    bound =
        new Bound(
            instance, CanonContext.of(instance, encoding, liftLimit), GuestExports.of(instance));
  }

  /** What {@link #bind} sets up once the guest is instantiated. */
  private record Bound(Instance instance, CanonContext context, GuestExports exports) {}

  /** The Chicory instance. */
  public final Instance instance() {
    return requireBound().instance();
  }

  /** The handle table shared by every resource type of this instance. */
  public final HandleTable handles() {
    return handles;
  }

  /** The guest's exports. */
  public final GuestExports exports() {
    return requireBound().exports();
  }

  /** A lifting/lowering context naming {@code function} in trap messages. */
  public final CanonContext context(String function) {
    return requireBound().context().forFunction(function);
  }

  /** Binds the lifted export {@code coreName} with its post-return function. */
  public final GuestFunction function(String coreName) {
    return exports().function(coreName);
  }

  /**
   * Runs the guest destructor export {@code coreName} (e.g. {@code ns:pkg/i#[dtor]r}) on {@code
   * rep}, if the guest exports one.
   */
  protected final void destroy(String coreName, int rep) {
    Instance guest = requireBound().instance();
    ExportFunction dtor =
        destructors.computeIfAbsent(
            coreName,
            name -> GuestExports.exportsFunction(guest, name) ? guest.export(name) : null);
    if (dtor != null) {
      GuestFunction.call(coreName, dtor, rep);
    }
  }

  /**
   * Ends this instance's use: later calls through the bindings fail with {@link
   * IllegalStateException}. Every handle is removed from the table, and the host objects the guest
   * still owns ({@link ResourceType#hostObjects()}) are closed; guest destructors do not run.
   * Closing twice does nothing.
   */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    handles.clear(ResourceType::hostObjects);
  }

  private Bound requireBound() {
    if (closed) {
      throw new IllegalStateException("guest instance is closed");
    }
    if (bound == null) {
      throw new IllegalStateException("guest instance not bound yet");
    }
    return bound;
  }
}
