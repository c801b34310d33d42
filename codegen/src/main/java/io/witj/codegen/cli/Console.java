package io.witj.codegen.cli;

import java.io.PrintStream;

/**
 * Where a command writes: {@code out} for results, {@code err} for diagnostics and usage errors.
 */
record Console(PrintStream out, PrintStream err) {}
