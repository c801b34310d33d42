package io.witj.codegen.cli;

import io.witj.codegen.GeneratedSources;
import io.witj.codegen.GenerationException;
import io.witj.codegen.Generator;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.parser.model.Resolve;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/** {@code witj generate}: writes the Java bindings of one world and reports what it wrote. */
final class GenerateCommand implements Command {

  private static final String WORLD = "--world";
  private static final String OUT = "--out";
  private static final String PACKAGE = "--package";
  private static final String PACKAGE_MAP = "--package-map";
  private static final String STRING_ENCODING = "--string-encoding";
  private static final String SKIP_UNSUPPORTED = "--skip-unsupported";

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
        + "not supported yet (unless --skip-unsupported).\n"
        + "\n"
        + "options:\n"
        + "  --world NAME               world name or ns:pkg/name (default: the only world)\n"
        + "  --out DIR                  output source directory (required)\n"
        + "  --package BASE             base Java package of everything generated\n"
        + "  --package-map NS:PKG=JAVA  Java package for a WIT package (repeatable; NS:PKG@VER too)\n"
        + FeatureOption.help(29)
        + "  --string-encoding ENC      utf8 (default), utf16 or latin1+utf16\n"
        + "  --skip-unsupported         leave out async functions, future, stream, error-context\n"
        + "  -h, --help                 show this help\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of(WORLD, OUT, PACKAGE, PACKAGE_MAP, FeatureOption.NAME, STRING_ENCODING);
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
    long start = System.nanoTime();
    Optional<Resolve> resolve =
        WitInput.load(args.positional().get(0), options.features(), console);
    if (resolve.isEmpty()) {
      return ExitCode.INVALID;
    }
    GeneratedSources sources;
    List<Path> written;
    try {
      sources = Generator.generate(resolve.get(), options);
      written = sources.writeTo(out);
    } catch (GenerationException e) {
      console.err().println("witj generate: " + e.getMessage());
      return ExitCode.INVALID;
    } catch (UncheckedIOException e) {
      console.err().println("witj generate: " + e.getMessage() + ": " + e.getCause().getMessage());
      return ExitCode.INVALID;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    written.forEach(p -> console.out().println(p));
    sources.skipped().forEach(s -> console.out().println("left out (not supported yet): " + s));
    console.out().println(summary(sources.world(), written.size(), millis, out));
    return ExitCode.OK;
  }

  private static GeneratorOptions options(Args args) throws UsageException {
    GeneratorOptions.Builder options =
        GeneratorOptions.builder()
            .world(single(args, WORLD).orElse(null))
            .features(FeatureOption.enabled(args))
            .skipUnsupported(args.has(SKIP_UNSUPPORTED));
    String base = single(args, PACKAGE).orElse("");
    if (!base.isEmpty() && !SourceVersion.isName(base)) {
      throw new UsageException("--package " + base + " is not a Java package name");
    }
    options.basePackage(base);
    for (String entry : args.values(PACKAGE_MAP)) {
      int eq = entry.indexOf('=');
      String wit = eq < 0 ? "" : entry.substring(0, eq);
      String java = eq < 0 ? "" : entry.substring(eq + 1);
      if (!wit.matches("[^:=@/]+:[^:=@/]+(@[^=/]+)?") || !SourceVersion.isName(java)) {
        throw new UsageException("--package-map wants NS:PKG=java.package, got '" + entry + "'");
      }
      options.mapPackage(wit, java);
    }
    Optional<String> encoding = single(args, STRING_ENCODING);
    if (encoding.isPresent()) {
      try {
        options.stringEncoding(GeneratorOptions.StringEncoding.fromWitName(encoding.get()));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return options.build();
  }

  private static Optional<String> single(Args args, String option) throws UsageException {
    List<String> values = args.values(option);
    if (values.size() > 1) {
      throw new UsageException(option + " given more than once");
    }
    return values.stream().findFirst();
  }

  private static String summary(WorldModel world, int files, long millis, Path out) {
    List<InterfaceModel> all =
        Stream.of(world.imports(), world.exports(), world.worldImports().stream().toList())
            .flatMap(List::stream)
            .toList();
    int types = all.stream().mapToInt(m -> m.types().size()).sum();
    int functions =
        world.exportedFunctions().size()
            + all.stream()
                .mapToInt(
                    m ->
                        m.functions().size()
                            + m.resourceMethods().values().stream().mapToInt(List::size).sum())
                .sum();
    return "generated "
        + world.witName()
        + ": "
        + files
        + " files, "
        + world.imports().size()
        + " imported and "
        + world.exports().size()
        + " exported interfaces, "
        + types
        + " types, "
        + functions
        + " functions into "
        + out
        + " ("
        + millis
        + " ms)";
  }
}
