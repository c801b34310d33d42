package io.witj.runtime;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The per-instance state that generated bindings share: the Chicory {@link Instance} (bound once,
 * after instantiation, since the import glue must exist before the instance does), the guest's
 * {@link HandleTable} (laid out as its {@link GuestAbi} numbers handles), the base {@link
 * CanonContext}, the bound exports and whether the instance can still be called ({@link
 * InstanceState}: dead after a trap, refusing calls once closed, not re-entrant). A generated
 * world's {@code Abi} class extends it with resource types and lift/lower helpers.
 *
 * <p>Not thread-safe: one instance serves one thread at a time.
 */
public class GuestInstance {
  private final StringEncoding encoding;
  private final long liftLimit;
  private final InstanceState state = new InstanceState();
  private final GuestAbi abi;
  private final HandleTable handles;
  private final Map<String, ExportFunction> destructors = new HashMap<>();
  private Instance instance;
  private CanonContext context;
  private GuestExports exports;
  private GuestFree free;

  /**
   * State for a guest whose strings use {@code encoding} and whose calls may lift values of about
   * {@code liftLimit} bytes of Java heap ({@link CanonContext.Builder#liftLimit}); call {@link
   * #bind} once instantiated.
   *
   * @throws IllegalArgumentException if {@code liftLimit} is not positive
   */
  protected GuestInstance(StringEncoding encoding, long liftLimit) {
    this(encoding, liftLimit, GuestAbi.COMPONENT_MODEL);
  }

  /**
   * State as {@link #GuestInstance(StringEncoding, long)} for a guest of ABI flavour {@code abi}.
   *
   * @throws IllegalArgumentException if {@code liftLimit} is not positive
   */
  protected GuestInstance(StringEncoding encoding, long liftLimit, GuestAbi abi) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    if (liftLimit <= 0) {
      throw new IllegalArgumentException("lift limit must be positive, got " + liftLimit);
    }
    this.liftLimit = liftLimit;
    this.abi = Objects.requireNonNull(abi, "abi");
    this.handles = abi.newHandleTable(state);
  }

  /**
   * Instantiates the guest and checks that it exports every function in {@code requiredExports}.
   *
   * @throws IllegalStateException if called twice
   * @throws GuestLoadException if Chicory cannot instantiate the module (an import of the wrong
   *     type, a data or element segment out of bounds, ...; its exception is the cause), or naming
   *     every missing export
   */
  public final void bind(Instance.Builder builder, List<String> requiredExports) {
    Instance built;
    try {
      built = builder.build();
    } catch (RuntimeException e) {
      throw new GuestLoadException("the guest cannot be instantiated: " + e.getMessage(), e);
    }
    bind(built, requiredExports);
  }

  /**
   * Binds the instantiated guest and checks that it exports every function in {@code
   * requiredExports}.
   *
   * @throws IllegalStateException if called twice
   * @throws GuestLoadException naming every missing export
   */
  public final void bind(Instance instance, List<String> requiredExports) {
    if (this.instance != null) {
      throw new IllegalStateException("guest instance already bound");
    }
    List<String> missing = new ArrayList<>();
    for (String name : requiredExports) {
      if (!GuestExports.exportsFunction(instance, name)) {
        missing.add(name);
      }
    }
    if (abi.freeExport() != null) {
      for (String name : List.of(abi.reallocExport(), abi.freeExport())) {
        if (!GuestExports.exportsFunction(instance, name)) {
          missing.add(name);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new GuestLoadException(
          "the guest does not export what the world needs: " + String.join(", ", missing));
    }
    this.instance = instance;
    this.context = CanonContext.of(instance, encoding, liftLimit, state, abi.reallocExport());
    this.exports = GuestExports.of(instance, state, abi);
    this.free = abi.freeExport() == null ? null : GuestFree.of(instance, abi.freeExport(), state);
  }

  /** The Chicory instance. */
  public final Instance instance() {
    return requireBound();
  }

  /** The handle table shared by every resource type of this instance. */
  public final HandleTable handles() {
    return handles;
  }

  /** The guest's exports. */
  public final GuestExports exports() {
    requireBound();
    return exports;
  }

  /** A lifting/lowering context naming {@code function} in trap messages. */
  public final CanonContext context(String function) {
    requireBound();
    return context.forFunction(function);
  }

  /** Binds the lifted export {@code coreName} with its post-return function. */
  public final GuestFunction function(String coreName) {
    return exports().function(coreName);
  }

  /**
   * Binds the lifted export {@code coreName}, of core type {@code type}, with its post-return
   * function.
   *
   * @throws GuestLoadException if the guest exports it with another type
   */
  public final GuestFunction function(String coreName, FunctionType type) {
    return exports().function(coreName, type);
  }

  /**
   * Gives back to a {@link GuestAbi#WIT_BINDGEN_0_2} guest a block an export returned (a string's
   * bytes or a list's elements), once the host has copied it: {@code canonical_abi_free(ptr, size,
   * align)}.
   *
   * @throws IllegalStateException in a flavour whose guests free their results themselves
   */
  public final void free(int ptr, long size, int align) {
    requireBound();
    if (free == null) {
      throw new IllegalStateException(abi + " guests free their results themselves");
    }
    free.free(ptr, size, align);
  }

  /** {@link #free(int, long, int)} of every block, in the order they were added. */
  public final void free(GuestBlocks blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      free(blocks.ptr(i), blocks.byteSize(i), blocks.align(i));
    }
  }

  /**
   * Runs the guest destructor export {@code coreName} (e.g. {@code ns:pkg/i#[dtor]r}) on {@code
   * rep}, if the guest exports one. Nothing runs once the instance is closed or trapped: its
   * resources went with it.
   */
  protected final void destroy(String coreName, int rep) {
    if (!state.isUsable()) {
      return;
    }
    Instance bound = requireBound();
    ExportFunction dtor =
        destructors.computeIfAbsent(
            coreName,
            name -> GuestExports.exportsFunction(bound, name) ? bound.export(name) : null);
    if (dtor == null) {
      return;
    }
    if (state.inGuestDrop()) {
      GuestFunction.run(state, coreName, dtor, rep); // the guest dropped its own resource
    } else {
      GuestFunction.call(state, coreName, dtor, rep);
    }
  }

  /**
   * Ends this instance's use: later calls through the bindings throw {@link IllegalStateException}.
   * Every handle is removed from the table, and the host objects the guest still owns ({@link
   * ResourceType#hostObjects()}) are closed; guest destructors do not run. Closing twice does
   * nothing.
   */
  public void close() {
    if (state.isClosed()) {
      return;
    }
    state.close();
    handles.clear(ResourceType::hostObjects);
  }

  private Instance requireBound() {
    if (state.isClosed()) {
      throw new IllegalStateException("the guest instance is closed");
    }
    if (instance == null) {
      throw new IllegalStateException("guest instance not bound yet");
    }
    return instance;
  }
}
