package io.witj.codegen.cli;

import io.witj.codegen.GenerationResult;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.OutputDirectory;
import io.witj.codegen.WitjGeneration;
import io.witj.codegen.WorldStats;
import io.witj.parser.InputPaths;
import io.witj.parser.WitSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code witj generate}: writes the Java bindings of one world and reports what it wrote. */
final class GenerateCommand implements Command {

  private static final String WORLD = "--world";
  private static final String OUT = "--out";
  private static final String PACKAGE = "--package";
  private static final String PACKAGE_MAP = "--package-map";
  private static final String STRING_ENCODING = "--string-encoding";
  private static final String SKIP_UNSUPPORTED = "--skip-unsupported";
  private static final String BIND_AT_RUN_TIME = "--bind-at-run-time";

  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String summary() {
    return "generate Java bindings for a world";
  }

  @Override
  public String usage() {
    return "usage: witj generate [--world NAME] --out DIR [options] WIT_PATH\n"
        + "\n"
        + "Generates the Java sources for one world of WIT_PATH (a .wit file, or a package\n"
        + "directory whose deps/ folder holds its dependencies) below DIR and lists them.\n"
        + "The exit code is 1 for invalid WIT, an unknown or ambiguous world, or items that are\n"
        + "not supported yet (unless --skip-unsupported). Nothing is written through a symbolic\n"
        + "link that leads outside DIR; overwriting a file witj did not generate is a warning.\n"
        + "\n"
        + "options:\n"
        + "  --world NAME               world name or ns:pkg/name (default: the only world)\n"
        + "  --out DIR                  output source directory (required)\n"
        + "  --package BASE             base Java package of everything generated\n"
        + "  --package-map NS:PKG=JAVA  Java package for a WIT package (repeatable; NS:PKG@VER too)\n"
        + FeatureOption.help(29)
        + "  --string-encoding ENC      utf8 (default), utf16 or latin1+utf16\n"
        + "  --skip-unsupported         leave out async functions, future, stream, error-context\n"
        + "  --bind-at-run-time I,J     exported interfaces the guest exports under core names\n"
        + "                             chosen at run time (bound on request, checked then)\n"
        + DialectOption.help(29)
        + "                             (wit-bindgen-0.2 also selects that ABI; --world NAME\n"
        + "                             then names the world made of --import and --export)\n"
        + "  -h, --help                 show this help\n";
  }

  @Override
  public Set<String> valueOptions() {
    Set<String> names =
        new HashSet<>(
            Set.of(
                WORLD,
                OUT,
                PACKAGE,
                PACKAGE_MAP,
                FeatureOption.NAME,
                STRING_ENCODING,
                BIND_AT_RUN_TIME));
    names.addAll(DialectOption.names());
    return Set.copyOf(names);
  }

  @Override
  public Set<String> flags() {
    return Set.of(SKIP_UNSUPPORTED);
  }

  @Override
  public int run(Args args, Console console) throws UsageException {
    if (args.positional().size() != 1) {
      throw new UsageException("generate needs exactly one WIT_PATH");
    }
    Path out =
        Path.of(single(args, OUT).orElseThrow(() -> new UsageException("--out DIR is required")));
    GeneratorOptions options = options(args);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      console.err().println("witj generate: --out " + out + ": not a directory");
      return ExitCode.INVALID;
    }
    long start = System.nanoTime();
    Optional<WitSources> sources =
        WitInput.read(args.positional().get(0), options.dialect(), console);
    if (sources.isEmpty()) {
      return ExitCode.INVALID;
    }
    GenerationResult result =
        WitjGeneration.builder(sources.get()).options(options).build().generate();
    if (!result.succeeded()) {
      WitInput.report(result.diagnostics(), console);
      return ExitCode.INVALID;
    }
    List<Path> written;
    try {
      written =
          new OutputDirectory(out)
              .write(
                  result.files(),
                  warning -> console.err().println("witj generate: warning: " + warning));
    } catch (IOException e) {
      console.err().println("witj generate: not written: " + InputPaths.describe(e));
      return ExitCode.INVALID;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    written.forEach(p -> console.out().println(p));
    result.skipped().forEach(s -> console.out().println("left out (not supported yet): " + s));
    WorldStats stats = result.stats().orElseThrow();
    console
        .out()
        .println(
            "generated "
                + stats.world()
                + ": "
                + written.size()
                + " files, "
                + stats.describe()
                + " into "
                + out
                + " ("
                + millis
                + " ms)");
    return ExitCode.OK;
  }

  private static GeneratorOptions options(Args args) throws UsageException {
    GeneratorOptions.Builder options =
        GeneratorOptions.builder()
            .world(single(args, WORLD).orElse(null))
            .skipUnsupported(args.has(SKIP_UNSUPPORTED));
    DialectOption.apply(args, options, true);
    for (String value : args.values(BIND_AT_RUN_TIME)) {
      for (String name : value.split(",", -1)) {
        if (name.isBlank()) {
          throw new UsageException("empty interface name in " + BIND_AT_RUN_TIME + " " + value);
        }
        options.bindAtRunTime(name.strip());
      }
    }
    String base = single(args, PACKAGE).orElse("");
    try {
      options.basePackage(base);
    } catch (IllegalArgumentException e) {
      throw new UsageException(PACKAGE + " " + base + ": " + e.getMessage());
    }
    for (String entry : args.values(PACKAGE_MAP)) {
      try {
        options.mapPackage(entry);
      } catch (IllegalArgumentException e) {
        throw new UsageException(PACKAGE_MAP + ": " + e.getMessage());
      }
    }
    Optional<String> encoding = single(args, STRING_ENCODING);
    if (encoding.isPresent()) {
      try {
        options.stringEncoding(GeneratorOptions.StringEncoding.fromWitName(encoding.get()));
      } catch (IllegalArgumentException e) {
        throw new UsageException(String.valueOf(e.getMessage()));
      }
    }
    return options.build();
  }

  private static Optional<String> single(Args args, String option) throws UsageException {
    return DialectOption.single(args, option);
  }
}
