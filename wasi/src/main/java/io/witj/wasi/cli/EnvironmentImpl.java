package io.witj.wasi.cli;

import io.witj.runtime.Tuple2;
import io.witj.wasi.bindings.cli.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code wasi:cli/environment}: the arguments and variables the host configured, no cwd. */
public final class EnvironmentImpl implements Environment {
  private final List<String> arguments;
  private final List<Tuple2<String, String>> environment;

  /**
   * @param arguments the program's arguments (the first is conventionally its name)
   * @param environment the variables, in order
   */
  public EnvironmentImpl(List<String> arguments, Map<String, String> environment) {
    this.arguments = List.copyOf(arguments);
    List<Tuple2<String, String>> vars = new ArrayList<>();
    environment.forEach((k, v) -> vars.add(new Tuple2<>(k, v)));
    this.environment = List.copyOf(vars);
  }

  @Override
  public List<Tuple2<String, String>> getEnvironment() {
    return environment;
  }

  @Override
  public List<String> getArguments() {
    return arguments;
  }

  @Override
  public Optional<String> initialCwd() {
    return Optional.empty();
  }
}
