package io.witj.demo.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command's arguments: options ({@code --name value} or {@code --name=value}), flags and at most
 * one operand. Each option is taken out as the command reads it; {@link #operand} then refuses
 * anything left that looks like an option.
 */
final class Arguments {
  private final String command;
  private final List<String> args;

  Arguments(String command, List<String> args) {
    this.command = command;
    this.args = new ArrayList<>(args);
  }

  boolean flag(String name) {
    return args.remove(name);
  }

  Optional<String> option(String name) throws UsageException {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals(name)) {
        if (i + 1 == args.size()) {
          throw new UsageException(command + ": " + name + " needs a value");
        }
        String value = args.remove(i + 1);
        args.remove(i);
        return Optional.of(value);
      }
      if (arg.startsWith(name + "=")) {
        args.remove(i);
        return Optional.of(arg.substring(name.length() + 1));
      }
    }
    return Optional.empty();
  }

  Optional<Integer> intOption(String name, int min, int max) throws UsageException {
    Optional<String> value = option(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      int n = Integer.parseInt(value.get());
      if (n < min || n > max) {
        throw new UsageException(
            command + ": " + name + " must be from " + min + " to " + max + ", not " + n);
      }
      return Optional.of(n);
    } catch (NumberFormatException e) {
      throw new UsageException(
          command + ": " + name + " needs a number, not '" + value.get() + "'");
    }
  }

  /** The operand, if any, once every option has been taken. */
  Optional<String> operand() throws UsageException {
    for (String arg : args) {
      if (arg.startsWith("-") && !arg.equals("-")) {
        throw new UsageException(command + ": unknown option " + arg);
      }
    }
    if (args.size() > 1) {
      throw new UsageException(command + ": one GUEST at most, got " + String.join(" ", args));
    }
    return args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
  }
}
