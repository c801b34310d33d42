package io.witj.wasi;

import io.witj.runtime.component.Component;
import io.witj.runtime.component.HostInterfaces;
import io.witj.runtime.internal.HandleTable;
import io.witj.runtime.internal.HostImport;
import io.witj.wasi.bindings.cli.Command;
import io.witj.wasi.cli.EnvironmentImpl;
import io.witj.wasi.cli.ExitImpl;
import io.witj.wasi.cli.StdioImpl;
import io.witj.wasi.cli.Terminals;
import io.witj.wasi.clocks.MonotonicClockImpl;
import io.witj.wasi.clocks.WallClockImpl;
import io.witj.wasi.filesystem.FilesystemInterfaces;
import io.witj.wasi.io.IoInterfaces;
import io.witj.wasi.io.PollImpl;
import io.witj.wasi.random.RandomImpl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * WASI 0.2 for components run on Chicory: {@code wasi:io} (error, streams, poll), {@code wasi:cli}
 * (environment, exit, stdin/stdout/stderr on Java streams, terminals: none), {@code wasi:clocks}
 * (monotonic, wall), {@code wasi:random} (random, insecure, insecure-seed) and {@code
 * wasi:filesystem} (types, preopens) over the directories the host grants, as a capability system:
 * nothing outside a granted directory can be named, read or written (see the module's docs for the
 * rules). {@code wasi:sockets} and {@code wasi:http} are not implemented; a component importing
 * them fails to link with a message saying so.
 *
 * <p>Its bindings are witj's own, generated from the WASI 0.2.12 WIT; components asking for any
 * 0.2.x version are served (semver-compatible matching). Give it to a world builder:
 *
 * <pre>{@code
 * WasiHost wasi = WasiHost.builder().args("app", "--verbose").inheritStdio()
 *     .preopen(Path.of("data"), "/data").build();
 * try (App app = App.builder(Component.fromPath(path)).hostInterfaces(wasi).build()) { ... }
 * int status = wasi.run(Component.fromPath(command));   // a wasi:cli/command component
 * }</pre>
 *
 * A host is configuration: each component instance it serves gets its own streams, descriptors and
 * clocks. Not thread-safe while instances are being linked.
 */
public final class WasiHost implements HostInterfaces {
  private final List<String> args;
  private final Map<String, String> environment;
  private final InputStream stdin;
  private final OutputStream stdout;
  private final OutputStream stderr;
  private final List<FilesystemInterfaces.Grant> grants;
  private final Clock wallClock;
  private final SecureRandom random;

  private WasiHost(Builder b) {
    this.args = List.copyOf(b.args);
    this.environment = Map.copyOf(b.environment);
    this.stdin = b.stdin;
    this.stdout = b.stdout;
    this.stderr = b.stderr;
    this.grants = List.copyOf(b.grants);
    this.wallClock = b.wallClock;
    this.random = b.random;
  }

  /** Starts a host: no arguments or variables, empty stdin, output discarded, no directories. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<HostImport> bind(HandleTable handles) {
    FilesystemInterfaces filesystem;
    try {
      filesystem = new FilesystemInterfaces(grants, random.nextLong());
    } catch (IOException e) {
      throw new UncheckedIOException("a granted directory is gone: " + e.getMessage(), e);
    }
    IoInterfaces io = new IoInterfaces();
    StdioImpl stdio = new StdioImpl(stdin, stdout, stderr);
    Terminals terminals = new Terminals();
    RandomImpl randomness = new RandomImpl(random);
    return Command.host()
        .environment(new EnvironmentImpl(args, new LinkedHashMap<>(environment)))
        .exit(new ExitImpl())
        .error(io)
        .streams(io)
        .poll(new PollImpl())
        .stdin(stdio)
        .stdout(stdio)
        .stderr(stdio)
        .terminalInput(terminals)
        .terminalOutput(terminals)
        .terminalStdin(terminals)
        .terminalStdout(terminals)
        .terminalStderr(terminals)
        .monotonicClock(new MonotonicClockImpl())
        .wallClock(new WallClockImpl(wallClock))
        .types(filesystem)
        .preopens(filesystem)
        .random(randomness)
        .insecure(randomness)
        .insecureSeed(randomness)
        .toHostInterfaces()
        .bind(handles);
  }

  @Override
  public @Nullable String missingHint(String module) {
    if (module.startsWith("wasi:sockets/") || module.startsWith("wasi:http/")) {
      return module + ": witj's WASI 0.2 host does not implement wasi:sockets and wasi:http yet";
    }
    if (module.startsWith("wasi:")) {
      return module + ": witj's WASI 0.2 host implements no such interface";
    }
    return null;
  }

  /**
   * Runs a {@code wasi:cli/command} component: links it over this host, calls its {@code
   * wasi:cli/run} export and returns its exit status (0 for {@code run} returning {@code ok} or
   * {@code exit(ok)}, 1 for an error, the code of {@code exit-with-code}).
   *
   * @throws io.witj.runtime.WitTrapException if the guest traps
   */
  public int run(Component component) {
    try (Command command = Command.builder(component).hostInterfaces(this).build()) {
      return command.run().run().isOk() ? 0 : 1;
    } catch (WasiExit exit) {
      return exit.status();
    }
  }

  /** Configures a {@link WasiHost}. */
  public static final class Builder {
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private OutputStream stdout = OutputStream.nullOutputStream();
    private OutputStream stderr = OutputStream.nullOutputStream();
    private final List<FilesystemInterfaces.Grant> grants = new ArrayList<>();
    private Clock wallClock = Clock.systemUTC();
    private SecureRandom random = new SecureRandom();

    private Builder() {}

    /** The program's arguments, in order (by convention the first is the program's name). */
    public Builder args(String... args) {
      this.args.addAll(List.of(args));
      return this;
    }

    /** Adds environment variable {@code name=value}. */
    public Builder env(String name, String value) {
      environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds every variable of the host process's environment. */
    public Builder inheritEnv() {
      environment.putAll(System.getenv());
      return this;
    }

    /** The guest's stdin (default: empty). */
    public Builder stdin(InputStream stdin) {
      this.stdin = Objects.requireNonNull(stdin, "stdin");
      return this;
    }

    /** Where the guest's stdout goes (default: discarded). */
    public Builder stdout(OutputStream stdout) {
      this.stdout = Objects.requireNonNull(stdout, "stdout");
      return this;
    }

    /** Where the guest's stderr goes (default: discarded). */
    public Builder stderr(OutputStream stderr) {
      this.stderr = Objects.requireNonNull(stderr, "stderr");
      return this;
    }

    /** The JVM's {@code System.in}, {@code System.out} and {@code System.err}. */
    public Builder inheritStdio() {
      return stdin(System.in).stdout(System.out).stderr(System.err);
    }

    /**
     * Grants directory {@code directory} read-write, visible to the guest as {@code guestPath}
     * (e.g. {@code /data}): the guest may read, create, change and delete what is below it, and
     * nothing outside it.
     */
    public Builder preopen(Path directory, String guestPath) {
      return grant(directory, guestPath, true);
    }

    /** Grants directory {@code directory} read-only, visible to the guest as {@code guestPath}. */
    public Builder preopenReadOnly(Path directory, String guestPath) {
      return grant(directory, guestPath, false);
    }

    private Builder grant(Path directory, String guestPath, boolean writable) {
      if (!Files.isDirectory(directory)) {
        throw new IllegalArgumentException(
            "cannot grant " + directory + ": it is not an existing directory");
      }
      grants.add(
          new FilesystemInterfaces.Grant(
              directory, Objects.requireNonNull(guestPath, "guestPath"), writable));
      return this;
    }

    /** The clock of {@code wasi:clocks/wall-clock} (default: the system's, UTC). */
    public Builder wallClock(Clock wallClock) {
      this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
      return this;
    }

    /** The source of {@code wasi:random} (default: a new {@link SecureRandom}). */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The host. */
    public WasiHost build() {
      return new WasiHost(this);
    }
  }
}
