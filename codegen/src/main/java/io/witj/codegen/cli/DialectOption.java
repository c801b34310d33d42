package io.witj.codegen.cli;

import io.witj.codegen.GeneratorOptions;
import io.witj.parser.Dialect;
import io.witj.parser.wit2022.WorldDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The options that choose how WIT is read: {@code --dialect} and, for the 2022 dialect of
 * wit-bindgen 0.2 (which has no worlds), the world {@code --world NAME} made of the interfaces
 * given with {@code --import} and {@code --export} (each a comma-separated list of file stems,
 * repeatable).
 */
final class DialectOption {
  static final String DIALECT = "--dialect";
  static final String WORLD = "--world";
  static final String IMPORT = "--import";
  static final String EXPORT = "--export";

  private DialectOption() {}

  /** The option names this class reads besides {@code --world} and {@code --features}. */
  static Set<String> names() {
    return Set.of(DIALECT, IMPORT, EXPORT);
  }

  /** Help lines, descriptions starting at {@code column}. */
  static String help(int column) {
    return line("--dialect D", column, "component-model (default) or wit-bindgen-0.2 (2022 WIT)")
        + line("--import I,J", column, "wit-bindgen-0.2: the world --world imports these files")
        + line("--export I,J", column, "wit-bindgen-0.2: the world --world exports these files");
  }

  private static String line(String option, int column, String text) {
    String start = "  " + option;
    return start + " ".repeat(Math.max(1, column - start.length())) + text + "\n";
  }

  /**
   * Sets how WIT is read on {@code options}: the features of today's WIT, or the dialect and the
   * world the 2022 dialect's interfaces are put in.
   *
   * @param worldRequired whether the 2022 dialect needs a world here ({@code generate})
   */
  static void apply(Args args, GeneratorOptions.Builder options, boolean worldRequired)
      throws UsageException {
    Dialect dialect = dialect(args);
    List<String> imports = list(args, IMPORT);
    List<String> exports = list(args, EXPORT);
    if (dialect == Dialect.COMPONENT_MODEL) {
      if (!imports.isEmpty() || !exports.isEmpty()) {
        throw new UsageException(
            IMPORT + " and " + EXPORT + " describe worlds of --dialect wit-bindgen-0.2 only");
      }
      options.features(FeatureOption.enabled(args));
      return;
    }
    if (args.has(FeatureOption.NAME)) {
      throw new UsageException(
          FeatureOption.NAME + " has no meaning for --dialect wit-bindgen-0.2");
    }
    Optional<String> world = single(args, WORLD);
    if (world.isEmpty() && (worldRequired || !imports.isEmpty() || !exports.isEmpty())) {
      throw new UsageException(
          "--dialect wit-bindgen-0.2 has no worlds: describe one with --world NAME"
              + " --import IFACE,... --export IFACE,...");
    }
    if (world.isPresent() && imports.isEmpty() && exports.isEmpty()) {
      throw new UsageException(
          "the world " + world.get() + " needs interfaces: --import IFACE,... --export IFACE,...");
    }
    options.dialect(dialect);
    world.ifPresent(w -> options.describeWorld(new WorldDescriptor(w, imports, exports)));
  }

  static Dialect dialect(Args args) throws UsageException {
    Optional<String> name = single(args, DIALECT);
    if (name.isEmpty()) {
      return Dialect.COMPONENT_MODEL;
    }
    try {
      return Dialect.fromOptionName(name.get());
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  /** Every name in the comma-separated values of {@code option}. */
  private static List<String> list(Args args, String option) throws UsageException {
    List<String> names = new ArrayList<>();
    for (String value : args.values(option)) {
      for (String name : value.split(",", -1)) {
        if (name.isBlank()) {
          throw new UsageException("empty interface name in " + option + " " + value);
        }
        names.add(name.strip());
      }
    }
    return names;
  }

  static Optional<String> single(Args args, String option) throws UsageException {
    List<String> values = args.values(option);
    if (values.size() > 1) {
      throw new UsageException(option + " given more than once");
    }
    return values.stream().findFirst();
  }
}
