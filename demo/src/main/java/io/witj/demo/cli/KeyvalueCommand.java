package io.witj.demo.cli;

import io.witj.demo.guest.Engine;
import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestFlavours;
import io.witj.demo.guest.GuestRun;
import io.witj.demo.guest.KeyvalueGuest;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.kv.KeyValueBackends;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code keyvalue [--kv URL] [--compiler] [GUEST]}: runs a keyvalue guest once. */
public final class KeyvalueCommand {
  public static final String USAGE = "keyvalue [--kv URL] [--compiler] [GUEST]";

  public static final String HELP =
      "usage: witj-demo "
          + USAGE
          + "\n"
          + "Runs the keyvalue demo guest once and prints its output; exits with 0 when the guest\n"
          + "reports success, 1 when it reports a failure, traps or cannot be loaded, 2 for bad\n"
          + "options.\n"
          + "  --kv URL     "
          + Backends.HELP
          + "\n"
          + "  --compiler   run the guest with Chicory's compiler instead of its interpreter\n"
          + "  GUEST        a guest component or core module (default: the embedded C guest), or a\n"
          + "               Spiderlightning keyvalue guest of 2023 (wit-bindgen 0.2)\n";

  private KeyvalueCommand() {}

  /** Runs the command; returns the exit status. */
  public static int run(List<String> args, PrintStream out)
      throws UsageException, FailureException {
    Arguments arguments = new Arguments("keyvalue", args);
    String url = arguments.option("--kv").orElse(KeyValueBackends.DEFAULT_URL);
    Engine engine = arguments.flag("--compiler") ? Engine.COMPILER : Engine.INTERPRETER;
    Optional<String> file = arguments.operand();
    KeyValueBackend backend = Backends.open("keyvalue", url);
    try (backend) {
      GuestCode code = Guests.load(file, Guests.KEYVALUE_DEFAULT, engine);
      KeyvalueGuest guest;
      try {
        guest = GuestFlavours.keyvalueGuest(code);
      } catch (IllegalArgumentException e) {
        throw new FailureException(String.valueOf(e.getMessage()));
      }
      GuestRun run;
      try {
        run = guest.run(backend, List.of());
      } catch (RuntimeException e) {
        throw new FailureException("the guest trapped: " + e.getMessage());
      }
      if (!run.success()) {
        throw new FailureException("the guest reports a failure: " + run.output());
      }
      out.print(run.output());
      out.flush();
      return 0;
    }
  }
}
