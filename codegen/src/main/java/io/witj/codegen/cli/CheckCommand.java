package io.witj.codegen.cli;

import io.witj.codegen.CheckResult;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.WitjGeneration;
import io.witj.parser.WitSources;
import java.util.HashSet;
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
    return "usage: witj check [--features A,B | --dialect D [--world W ...]] PATH...\n"
        + "\n"
        + "Parses and resolves each PATH (a .wit file, or a package directory whose deps/ folder\n"
        + "holds its dependencies) and prints one summary line per path. Invalid WIT is reported\n"
        + "as path:line:col diagnostics; the exit code is 1 if any path fails.\n"
        + "\n"
        + "options:\n"
        + FeatureOption.help(19)
        + DialectOption.help(19)
        + "  --world NAME     wit-bindgen-0.2: the world made of --import and --export\n"
        + "  -h, --help       show this help\n";
  }

  @Override
  public Set<String> valueOptions() {
    Set<String> names = new HashSet<>(DialectOption.names());
    names.add(FeatureOption.NAME);
    names.add(DialectOption.WORLD);
    return Set.copyOf(names);
  }

  @Override
  public int run(Args args, Console console) throws UsageException {
    if (args.positional().isEmpty()) {
      throw new UsageException("check needs at least one PATH");
    }
    GeneratorOptions.Builder builder = GeneratorOptions.builder();
    DialectOption.apply(args, builder, false);
    GeneratorOptions options = builder.build();
    int exit = ExitCode.OK;
    for (String path : args.positional()) {
      long start = System.nanoTime();
      Optional<WitSources> sources = WitInput.read(path, options.dialect(), console);
      CheckResult result =
          sources.map(s -> WitjGeneration.builder(s).options(options).build().check()).orElse(null);
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (result != null && result.succeeded()) {
        console.out().println(path + ": ok, " + result.describe() + " (" + millis + " ms)");
      } else {
        if (result != null) {
          WitInput.report(result.diagnostics(), console);
        }
        exit = ExitCode.INVALID;
      }
    }
    return exit;
  }
}
