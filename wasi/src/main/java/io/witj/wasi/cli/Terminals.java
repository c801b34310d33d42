package io.witj.wasi.cli;

import io.witj.wasi.bindings.cli.TerminalInput;
import io.witj.wasi.bindings.cli.TerminalOutput;
import io.witj.wasi.bindings.cli.TerminalStderr;
import io.witj.wasi.bindings.cli.TerminalStdin;
import io.witj.wasi.bindings.cli.TerminalStdout;
import java.util.Optional;

/** {@code wasi:cli/terminal-*}: the standard streams are never terminals for the guest. */
public final class Terminals
    implements TerminalInput, TerminalOutput, TerminalStdin, TerminalStdout, TerminalStderr {
  @Override
  public Optional<TerminalInput.TerminalInput_2> getTerminalStdin() {
    return Optional.empty();
  }

  @Override
  public Optional<TerminalOutput.TerminalOutput_2> getTerminalStdout() {
    return Optional.empty();
  }

  @Override
  public Optional<TerminalOutput.TerminalOutput_2> getTerminalStderr() {
    return Optional.empty();
  }
}
