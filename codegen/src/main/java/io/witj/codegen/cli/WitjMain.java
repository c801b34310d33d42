package io.witj.codegen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entry point of the standalone {@code witj} tool: {@code witj <command> [options] [args]}. Exit
 * codes: 0 success, 1 invalid WIT or unreadable input, 2 usage error, 3 internal error (a defect in
 * witj, reported in one line). To add a subcommand, implement {@link Command} and list it in {@link
 * #COMMANDS}.
 */
public final class WitjMain {
  private static final List<Command> COMMANDS =
      List.of(new CheckCommand(), new JsonCommand(), new GenerateCommand());
  private static final Set<String> HELP = Set.of("-h", "--help");

  private WitjMain() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int exit = run(Arrays.asList(args), new Console(out, err));
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /**
   * Runs the tool on {@code args} and returns its exit code; nothing here calls {@code
   * System.exit}.
   */
  static int run(List<String> args, Console console) {
    return run(args, console, COMMANDS);
  }

  /** {@link #run(List, Console)} with the given command table. */
  static int run(List<String> args, Console console, List<Command> commands) {
    if (args.isEmpty()) {
      console.err().print(usage(commands));
      return ExitCode.USAGE;
    }
    String name = args.get(0);
    if (HELP.contains(name)) {
      console.out().print(usage(commands));
      return ExitCode.OK;
    }
    Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    if (command == null) {
      console.err().println("witj: unknown command '" + name + "'");
      console.err().print(usage(commands));
      return ExitCode.USAGE;
    }
    try {
      Set<String> flags = new HashSet<>(command.flags());
      flags.addAll(HELP);
      Args parsed = Args.parse(args.subList(1, args.size()), command.valueOptions(), flags);
      if (HELP.stream().anyMatch(parsed::has)) {
        console.out().print(command.usage());
        return ExitCode.OK;
      }
      return command.run(parsed, console);
    } catch (UsageException e) {
      console.err().println("witj " + command.name() + ": " + e.getMessage());
      console.err().print(command.usage());
      return ExitCode.USAGE;
    } catch (RuntimeException | StackOverflowError e) {
      StackTraceElement[] frames = e.getStackTrace();
      console
          .err()
          .println(
              "witj "
                  + command.name()
                  + ": internal error: "
                  + e
                  + (frames.length > 0 ? " at " + frames[0] : ""));
      console
          .err()
          .println("This is a defect in witj, not in your input; please report it with the input.");
      return ExitCode.INTERNAL;
    }
  }

  private static String usage(List<Command> commands) {
    StringBuilder s = new StringBuilder("usage: witj <command> [options] [args]\n\ncommands:\n");
    for (Command c : commands) {
      s.append(String.format("  %-10s %s\n", c.name(), c.summary()));
    }
    s.append("\nRun 'witj <command> --help' for the options of a command.\n");
    s.append(
        "Exit codes: 0 ok, 1 invalid WIT or unreadable input, 2 usage error, 3 internal error.\n");
    return s.toString();
  }
}
