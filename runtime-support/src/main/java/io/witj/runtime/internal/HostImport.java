package io.witj.runtime.internal;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import java.util.Objects;

/**
 * The host side of one function a guest imports (generated import glue), not yet tied to a guest
 * memory: each use lowers it with the canonical options of that use — the memory, allocator and
 * string encoding of a {@link CanonContext}. A single-module guest lowers every import with the
 * module's own memory and {@code cabi_realloc}; a component lowers each {@code canon lower} with
 * the options it names, so one set of host bindings serves every core module of a component.
 *
 * @param module the core import module name in wit-component's naming (e.g. {@code
 *     wasi:io/streams@0.2.12}, {@code $root}, {@code [export]ns:pkg/iface})
 * @param name the core import field name (e.g. {@code [method]output-stream.write})
 * @param type the core function type of the lowered function
 * @param handler lifts the core arguments with the context, calls the host, lowers the results
 */
public record HostImport(String module, String name, FunctionType type, Handler handler) {
  /** Generated import glue: one call with the lowering's context and the flat core arguments. */
  @FunctionalInterface
  public interface Handler {
    /** One call: the flat core results, or null for none. */
    long[] call(CanonContext cx, long[] args);
  }

  /** Checks the fields. */
  public HostImport {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(handler, "handler");
  }

  /** {@code module#name}, as trap messages name the function. */
  public String qualifiedName() {
    return module + "#" + name;
  }

  /**
   * A Chicory host function satisfying core import {@code importModule}/{@code importName} that
   * calls the handler with {@code cx}.
   */
  public HostFunction lower(String importModule, String importName, CanonContext cx) {
    Objects.requireNonNull(cx, "cx");
    return new HostFunction(
        importModule, importName, type, (instance, args) -> handler.call(cx, args));
  }
}
