/**
 * What host authors use beside their generated bindings: {@link io.witj.runtime.Result} and {@code
 * Tuple1}…{@code Tuple16} for WIT's {@code result} and {@code tuple}, {@link
 * io.witj.runtime.WitTrapException} for a trapping guest, {@link
 * io.witj.runtime.ResourceReleasedException} for a guest resource used after it was moved or
 * closed, {@link io.witj.runtime.GuestLoadException} for a guest that cannot be loaded or linked,
 * and {@link io.witj.runtime.StringEncoding}. What only generated code calls is in {@link
 * io.witj.runtime.internal}.
 */
package io.witj.runtime;
