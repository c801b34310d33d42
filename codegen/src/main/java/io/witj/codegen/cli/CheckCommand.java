package io.witj.codegen.cli;

import io.witj.parser.model.Resolve;
import java.util.Optional;
import java.util.Set;

/** {@code witj check}: resolves each path and prints a one-line summary of what it holds. */
final class CheckCommand implements Command {

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String summary() {
    return "validate WIT packages and summarize them";
  }

  @Override
  public String usage() {
    return "usage: witj check [--features A,B] PATH...\n"
        + "\n"
        + "Parses and resolves each PATH (a .wit file, or a package directory whose deps/ folder\n"
        + "holds its dependencies) and prints one summary line per path. Invalid WIT is reported\n"
        + "as path:line:col diagnostics; the exit code is 1 if any path fails.\n"
        + "\n"
        + "options:\n"
        + FeatureOption.help(19)
        + "  -h, --help       show this help\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of(FeatureOption.NAME);
  }

  @Override
  public int run(Args args, Console console) throws UsageException {
    if (args.positional().isEmpty()) {
      throw new UsageException("check needs at least one PATH");
    }
    Set<String> features = FeatureOption.enabled(args);
    int exit = ExitCode.OK;
    for (String path : args.positional()) {
      long start = System.nanoTime();
      Optional<Resolve> resolve = WitInput.load(path, features, console);
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (resolve.isPresent()) {
        console.out().println(path + ": ok, " + summary(resolve.get()) + " (" + millis + " ms)");
      } else {
        exit = ExitCode.INVALID;
      }
    }
    return exit;
  }

  private static String summary(Resolve r) {
    return count(r.packages().size(), "package")
        + ", "
        + count(r.interfaces().size(), "interface")
        + ", "
        + count(r.worlds().size(), "world")
        + ", "
        + count(r.types().size(), "type");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
