package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.wasm.ChicoryException;
import io.witj.runtime.WitTrapException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One lifted guest export: calls it, turns a guest trap into a {@link WitTrapException} naming the
 * function, and runs the spec's post-return protocol: after the results have been lifted (read out
 * of guest memory), {@code cabi_post_<name>} is called with the same core results so the guest can
 * free them. Obtain instances from {@link GuestExports#function}.
 *
 * <p>Every call goes through the instance's {@link InstanceState}: a closed or trapped instance
 * refuses it, a call from inside one of the guest's own imports traps (re-entrance), and a call
 * that traps, or that a host exception unwinds, kills the instance.
 */
public final class GuestFunction {
  private final String name;
  private final ExportFunction function;
  private final @Nullable ExportFunction postReturn;
  private final String postReturnName;
  private final InstanceState state;

  GuestFunction(
      String name,
      ExportFunction function,
      @Nullable ExportFunction postReturn,
      InstanceState state) {
    this.name = name;
    this.function = function;
    this.postReturn = postReturn;
    this.postReturnName = GuestExports.POST_RETURN_PREFIX + name;
    this.state = state;
  }

  /**
   * A lifted export {@code name} calling {@code function}, with {@code postReturn} (or null) as its
   * post-return function; its calls go through {@code state}.
   */
  public static GuestFunction of(
      String name,
      ExportFunction function,
      @Nullable ExportFunction postReturn,
      InstanceState state) {
    return new GuestFunction(
        java.util.Objects.requireNonNull(name, "name"),
        java.util.Objects.requireNonNull(function, "function"),
        postReturn,
        java.util.Objects.requireNonNull(state, "state"));
  }

  /** The core export name. */
  public String name() {
    return name;
  }

  /** Whether the guest exports a post-return function for this export. */
  public boolean hasPostReturn() {
    return postReturn != null;
  }

  /**
   * Calls the export with flat core arguments and returns its flat results, without post-return
   * (for functions whose results need no lifting from memory, or when the caller runs {@link
   * #postReturn} itself).
   *
   * @throws IllegalStateException if the instance is closed
   * @throws WitTrapException if the guest traps, the instance trapped earlier, or the guest is
   *     already running (a host import called back into it)
   */
  public long[] call(long... args) {
    return call(state, name, function, args);
  }

  /**
   * Calls the export, lifts its results with {@code lift}, then calls post-return with the same
   * core results. If lifting traps, post-return is not called (the instance is dead after a trap).
   */
  public <R> R callAndLift(Function<long[], R> lift, long... args) {
    long[] results = call(args);
    R value = lift.apply(results);
    postReturn(results);
    return value;
  }

  /** Calls post-return with the export's core results, if the guest has one. */
  public void postReturn(long[] results) {
    if (postReturn != null) {
      call(state, postReturnName, postReturn, results == null ? new long[0] : results);
    }
  }

  /**
   * Runs guest code for {@code name} called from the host: enters the instance ({@link
   * InstanceState#enter}), then {@link #run}.
   */
  static long[] call(InstanceState state, String name, ExportFunction function, long... args) {
    state.enter(name);
    try {
      return run(state, name, function, args);
    } finally {
      state.leave();
    }
  }

  /**
   * Runs guest code for {@code name} in an instance already entered or allowed to be re-entered (a
   * destructor run by the guest's own {@code [resource-drop]}): kills the instance if the call
   * traps or a host exception unwinds the guest; a trap that the host caught during the call (e.g.
   * inside an import) ends the call too.
   */
  static long[] run(InstanceState state, String name, ExportFunction function, long... args) {
    try {
      long[] results = function.apply(args);
      WitTrapException trap = state.trap();
      if (trap != null) {
        throw trap;
      }
      return results;
    } catch (WitTrapException e) {
      throw state.poison(e);
    } catch (ChicoryException e) {
      if (e.getCause() instanceof WitTrapException) {
        throw state.poison((WitTrapException) e.getCause());
      }
      throw state.poison(new WitTrapException(name, "guest trapped: " + e.getMessage(), e));
    } catch (StackOverflowError e) {
      throw state.poison(
          new WitTrapException(name, "the guest's calls overflowed the JVM's stack", e));
    } catch (RuntimeException e) {
      // an import's host implementation threw through the guest: it never finished its call
      state.poison(
          new WitTrapException(name, "the guest call was unwound by a host exception: " + e, e));
      throw e;
    }
  }
}
