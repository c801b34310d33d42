/**
 * Declaration emitters: the Java types a host author reads and implements — records, enums, sealed
 * variants, host interfaces for imports, export classes and resource wrappers. They say what a WIT
 * item looks like in Java; how values cross the Canonical ABI is {@link io.witj.codegen.glue}'s
 * job.
 */
package io.witj.codegen.declarations;
