package io.witj.runtime;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.wasm.ChicoryException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One lifted guest export: calls it, turns a guest trap into a {@link WitTrapException} naming the
 * function, and runs the spec's post-return protocol: after the results have been lifted (read out
 * of guest memory), {@code cabi_post_<name>} is called with the same core results so the guest can
 * free them. Obtain instances from {@link GuestExports#function}.
 */
public final class GuestFunction {
  private final String name;
  private final ExportFunction function;
  private final @Nullable ExportFunction postReturn;
  private final String postReturnName;

  GuestFunction(String name, ExportFunction function, @Nullable ExportFunction postReturn) {
    this.name = name;
    this.function = function;
    this.postReturn = postReturn;
    this.postReturnName = GuestExports.POST_RETURN_PREFIX + name;
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
   */
  public long[] call(long... args) {
    return call(name, function, args);
  }

  /**
   * Calls the export, lifts its results with {@code lift}, then calls post-return with the same
   * core results. If lifting traps, post-return is not called (the instance is unusable after a
   * trap).
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
      call(postReturnName, postReturn, results == null ? new long[0] : results);
    }
  }

  static long[] call(String name, ExportFunction function, long... args) {
    try {
      return function.apply(args);
    } catch (WitTrapException e) {
      throw e;
    } catch (ChicoryException e) {
      if (e.getCause() instanceof WitTrapException) {
        throw (WitTrapException) e.getCause();
      }
      throw new WitTrapException(name, "guest trapped: " + e.getMessage(), e);
    }
  }
}
