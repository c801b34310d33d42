/**
 * What generated bindings call and host authors do not: the Canonical ABI engine (lifting and
 * lowering through {@link io.witj.runtime.internal.CanonContext}), handle tables, guest functions
 * and instance state. Public only because generated code lives in the host's packages; it is not
 * API and may change in any release of witj — generated code and this runtime are released
 * together. Host code uses {@link io.witj.runtime} ({@code Result}, {@code TupleN}, the exceptions,
 * {@code StringEncoding}), {@link io.witj.runtime.component.Component} and {@link
 * io.witj.runtime.memory.ArrayBackedMemory}.
 */
package io.witj.runtime.internal;
