package io.witj.codegen.cli;

import java.util.Set;

/**
 * One {@code witj} subcommand. {@link WitjMain} dispatches on {@link #name()}, parses the arguments
 * with the options the command declares, answers {@code --help} with {@link #usage()}, and turns a
 * {@link UsageException} into exit code 2.
 */
interface Command {
  /** The word that selects this command on the command line. */
  String name();

  /** One line for the tool's command list. */
  String summary();

  /** The full help text: synopsis, description and options. */
  String usage();

  /** Options that take a value, with their dashes (for example {@code --features}). */
  default Set<String> valueOptions() {
    return Set.of();
  }

  /** Options without a value, with their dashes ({@code --help} is always accepted). */
  default Set<String> flags() {
    return Set.of();
  }

  /** Runs the command and returns the process exit code (see {@link ExitCode}). */
  int run(Args args, Console console) throws UsageException;
}
