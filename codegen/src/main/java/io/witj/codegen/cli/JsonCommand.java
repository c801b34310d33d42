package io.witj.codegen.cli;

import io.witj.codegen.GeneratorOptions;
import io.witj.parser.json.ResolveJson;
import io.witj.parser.model.Resolve;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** {@code witj json}: prints the resolved packages as JSON in the reference parser's schema. */
final class JsonCommand implements Command {

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String summary() {
    return "print the resolved WIT as JSON (wasm-tools wit-parser schema)";
  }

  @Override
  public String usage() {
    return "usage: witj json [--features A,B | --dialect D [--world W ...]] PATH\n"
        + "\n"
        + "Resolves PATH (a .wit file, or a package directory with its deps/) and prints the result\n"
        + "as JSON in the schema of wasm-tools' wit-parser: arenas of worlds, interfaces, types and\n"
        + "packages that refer to each other by index.\n"
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
    if (args.positional().size() != 1) {
      throw new UsageException("json needs exactly one PATH");
    }
    GeneratorOptions.Builder options = GeneratorOptions.builder();
    DialectOption.apply(args, options, false);
    Optional<Resolve> resolve = WitInput.load(args.positional().get(0), options.build(), console);
    if (resolve.isEmpty()) {
      return ExitCode.INVALID;
    }
    console.out().println(ResolveJson.toJson(resolve.get()));
    return ExitCode.OK;
  }
}
