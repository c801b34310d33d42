package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.WitTrapException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The per-instance state that generated bindings share: the {@link Guest} (bound once, after
 * instantiation, since the import glue must exist before the guest does), the handle table every
 * resource type of the instance uses (laid out as its {@link GuestAbi} numbers handles), and
 * whether the instance can still be called ({@link InstanceState}: dead after a trap, refusing
 * calls once closed, not re-entrant). A generated world's {@code Abi} class extends it with
 * resource types and lift/lower helpers.
 *
 * <p>A component's handle table is shared by every lowering of the component instance: host
 * bindings that serve it from outside the world (e.g. WASI 0.2) get {@link #handles()} and use it
 * through an {@code Abi} made with {@link #GuestInstance(StringEncoding, long, HandleTable)}; their
 * traps kill the component instance, whose state the table carries.
 *
 * <p>Not thread-safe: one instance serves one thread at a time.
 */
public class GuestInstance {
  private final StringEncoding encoding;
  private final long liftLimit;
  private final InstanceState state;
  private final GuestAbi abi;
  private final HandleTable handles;
  private @Nullable Guest guest;
  private @Nullable GuestFree free;

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
    this(encoding, liftLimit, abi, new InstanceState(), null);
  }

  /**
   * State whose handles live in {@code handles}, the table of another world's component instance
   * (whose state it carries).
   *
   * @throws IllegalArgumentException if {@code liftLimit} is not positive
   */
  protected GuestInstance(StringEncoding encoding, long liftLimit, HandleTable handles) {
    this(encoding, liftLimit, GuestAbi.COMPONENT_MODEL, handles.state(), handles);
  }

  private GuestInstance(
      StringEncoding encoding,
      long liftLimit,
      GuestAbi abi,
      InstanceState state,
      @Nullable HandleTable handles) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    if (liftLimit <= 0) {
      throw new IllegalArgumentException("lift limit must be positive, got " + liftLimit);
    }
    this.liftLimit = liftLimit;
    this.abi = Objects.requireNonNull(abi, "abi");
    this.state = state;
    this.handles = handles != null ? handles : abi.newHandleTable(state);
  }

  /**
   * Binds the instantiated guest and checks that it exports every function in {@code
   * requiredExports}.
   *
   * @throws IllegalStateException if called twice
   * @throws GuestLoadException naming every missing export
   */
  public final void bind(Guest guest, List<String> requiredExports) {
    if (this.guest != null) {
      throw new IllegalStateException("guest instance already bound");
    }
    List<String> missing = new ArrayList<>();
    for (String name : requiredExports) {
      if (!guest.exportsFunction(name)) {
        missing.add(name);
      }
    }
    if (abi.freeExport() != null) {
      for (String name : List.of(abi.reallocExport(), abi.freeExport())) {
        if (!guest.exportsFunction(name)) {
          missing.add(name);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new GuestLoadException(
          "the guest does not export what the world needs: " + String.join(", ", missing));
    }
    this.guest = guest;
    String freeExport = abi.freeExport();
    this.free = freeExport == null ? null : GuestFree.of(guest.instance(), freeExport, state);
  }

  /** Binds a single core module instance with this state's encoding and lift limit. */
  public final void bind(Instance instance, List<String> requiredExports) {
    bind(ModuleGuest.of(instance, this), requiredExports);
  }

  /**
   * The ABI flavour of the guest: how its core exports are named, handles numbered, results freed.
   */
  public final GuestAbi abi() {
    return abi;
  }

  /** The string encoding the world was generated for. */
  public final StringEncoding encoding() {
    return encoding;
  }

  /** The Java heap one call's lifted values may take ({@link CanonContext.Builder#liftLimit}). */
  public final long liftLimit() {
    return liftLimit;
  }

  /** Whether the instance can be called; what contexts and guest calls report traps to. */
  public final InstanceState state() {
    return state;
  }

  /** The Chicory instance of the guest's own code. */
  public final Instance instance() {
    return requireBound().instance();
  }

  /** The handle table shared by every resource type of this instance. */
  public final HandleTable handles() {
    return handles;
  }

  /** Runs the guest's initialization ({@code _initialize}) once, if it has one. */
  public final void initialize() {
    requireBound().initialize();
  }

  /** A lifting/lowering context of export {@code function}, naming it in trap messages. */
  public final CanonContext context(String function) {
    return requireBound().context(function);
  }

  /** Binds the lifted export {@code coreName} with its post-return function. */
  public final GuestFunction function(String coreName) {
    return requireBound().function(coreName);
  }

  /**
   * Binds the lifted export {@code coreName}, of core type {@code type}, with its post-return
   * function.
   *
   * @throws GuestLoadException if the guest exports it with another type
   */
  public final GuestFunction function(String coreName, FunctionType type) {
    return requireBound().function(coreName, type);
  }

  /**
   * Runs the guest program's entry point {@code main(0, 0)} (no arguments, as wit-bindgen 0.2 hosts
   * called it) and returns its exit code: 0 for success.
   *
   * @throws GuestLoadException if the guest has no {@code main} of core type {@code (param i32 i32)
   *     (result i32)}
   * @throws WitTrapException if the guest traps (a Rust panic is a trap)
   */
  public final int main() {
    FunctionType type = FunctionType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));
    return (int) function(GuestExports.MAIN, type).call(0, 0)[0];
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
    ExportFunction dtor = requireBound().destructor(coreName);
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

  private Guest requireBound() {
    if (state.isClosed()) {
      throw new IllegalStateException("the guest instance is closed");
    }
    if (guest == null) {
      throw new IllegalStateException("guest instance not bound yet");
    }
    return guest;
  }
}
