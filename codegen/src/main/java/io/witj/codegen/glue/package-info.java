/**
 * Glue emitters: the world class, its builder and the code that lifts and lowers values between
 * Java and a guest's linear memory (Canonical ABI). The declarations they connect come from {@link
 * io.witj.codegen.declarations}.
 */
package io.witj.codegen.glue;
