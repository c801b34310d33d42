package io.witj.codegen.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one subcommand, split into options and positional arguments. Options are {@code
 * --name value}, {@code --name=value}, or flags without a value; which is which comes from the
 * subcommand. A value option given twice keeps every value in order; {@code --} ends options.
 */
final class Args {
  private final Map<String, List<String>> options;
  private final List<String> positional;

  private Args(Map<String, List<String>> options, List<String> positional) {
    this.options = options;
    this.positional = positional;
  }

  /**
   * Parses {@code args}; {@code valueOptions} and {@code flags} are the option names (with their
   * dashes) the subcommand accepts.
   */
  static Args parse(List<String> args, Set<String> valueOptions, Set<String> flags)
      throws UsageException {
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        positional.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        positional.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (flags.contains(name)) {
        if (eq >= 0) {
          throw new UsageException("option " + name + " takes no value");
        }
        options.computeIfAbsent(name, k -> new ArrayList<>());
      } else if (valueOptions.contains(name)) {
        String value;
        if (eq >= 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("option " + name + " needs a value");
        }
        options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        throw new UsageException("unknown option " + name);
      }
    }
    return new Args(options, positional);
  }

  boolean has(String option) {
    return options.containsKey(option);
  }

  /** Every value given for {@code option}, in order (empty when absent). */
  List<String> values(String option) {
    return options.getOrDefault(option, List.of());
  }

  List<String> positional() {
    return positional;
  }
}
