package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.witj.runtime.GuestLoadException;
import org.jspecify.annotations.Nullable;

/**
 * What a world instance runs: a single core module ({@link ModuleGuest}) or a component linked as
 * its instantiation graph ({@code io.witj.runtime.internal.link.LinkedComponent}). Generated
 * bindings reach the guest's exports by their core names in wit-component's naming ({@code
 * ns:pkg/iface@ver#f}, {@code f} for world-level functions, {@code ns:pkg/iface#[dtor]r}); each
 * comes with the canonical options to lift and lower its values with.
 *
 * <p>Core instances are built with {@code withStart(false)}: Chicory would otherwise run an
 * exported {@code _start} while instantiating (a command's {@code main}, before the host called
 * anything). Start functions of the start section still run.
 */
public interface Guest {
  /** The core instance of the guest's own code (for a component: the one lifted exports use). */
  Instance instance();

  /** Whether the guest exports a function under {@code coreName}. */
  boolean exportsFunction(String coreName);

  /**
   * The export {@code coreName} with its post-return function.
   *
   * @throws GuestLoadException if the guest does not export it
   */
  GuestFunction function(String coreName);

  /**
   * {@link #function(String)}, checking that the export's core function has type {@code type}.
   *
   * @throws GuestLoadException if the guest does not export it, or with another type
   */
  GuestFunction function(String coreName, FunctionType type);

  /**
   * The lifting/lowering context of export {@code coreName} (its memory, allocator and string
   * encoding), naming {@code coreName} in traps.
   */
  CanonContext context(String coreName);

  /** Runs the guest's initialization once, if it has one that has not run. */
  void initialize();

  /**
   * The destructor the guest exports as {@code coreName} (e.g. {@code ns:pkg/i#[dtor]r}), or null
   * if it has none.
   */
  @Nullable ExportFunction destructor(String coreName);
}
