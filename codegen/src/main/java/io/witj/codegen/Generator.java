package io.witj.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.declarations.ExportInterfaceEmitter;
import io.witj.codegen.declarations.FileHeader;
import io.witj.codegen.declarations.ImportInterfaceEmitter;
import io.witj.codegen.declarations.JavaFiles;
import io.witj.codegen.glue.GlueGenerator;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.JavaLimits;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.codegen.javamodel.WorldModelBuilder;
import io.witj.codegen.names.JavaNames;
import io.witj.parser.SourceLocations;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.model.Package;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates the Java sources for one world of a {@link Resolve}: a host interface per imported
 * interface, {@code <W>Imports} for world-level imports, a class per exported interface, and the
 * lift/lower glue of {@link GlueGenerator} (the world class).
 */
public final class Generator {
  private Generator() {}

  /**
   * Generates declarations, host interfaces and the Canonical ABI glue (world class and builder) of
   * the world chosen by {@code options.world()}.
   *
   * @throws GenerationException if the world is missing or ambiguous, or it uses unsupported items
   *     and {@code options.skipUnsupported()} is false
   */
  public static GeneratedSources generate(Resolve resolve, GeneratorOptions options) {
    return generate(resolve, WorldSelector.select(resolve, options.world(), "--world"), options);
  }

  /**
   * {@link #generate(Resolve, GeneratorOptions)} of the world with id {@code worldId}.
   *
   * @throws GenerationException if the world uses unsupported items and {@code
   *     options.skipUnsupported()} is false
   */
  public static GeneratedSources generate(Resolve resolve, int worldId, GeneratorOptions options) {
    return generate(resolve, worldId, options, SourceLocations.NONE);
  }

  /**
   * {@link #generate(Resolve, int, GeneratorOptions)}, reporting what Java cannot express at its
   * place in {@code locations}.
   *
   * @throws GenerationException also if an item is beyond Java's limits ({@link JavaLimits})
   */
  public static GeneratedSources generate(
      Resolve resolve, int worldId, GeneratorOptions options, SourceLocations locations) {
    checkPackageMapKeys(resolve, options.packageMap().keySet());
    WorldModel world =
        WorldModelBuilder.build(resolve, worldId, options.basePackage(), options.packageMap());
    if (!world.skipped().isEmpty() && !options.skipUnsupported()) {
      throw new GenerationException(
          world.witName()
              + " uses items that are not supported yet (use skip-unsupported to leave them out):",
          world.skipped());
    }
    JavaTypes types = new JavaTypes(world);
    List<Diagnostic> beyondJava = JavaLimits.check(world, types, locations);
    if (!beyondJava.isEmpty()) {
      throw new GenerationException(beyondJava);
    }
    checkClassNames(world);
    GlueGenerator glue = new GlueGenerator(world, types, options);
    ImportInterfaceEmitter imports = new ImportInterfaceEmitter(world, types);
    ExportInterfaceEmitter exports = new ExportInterfaceEmitter(world, types, glue);
    FileHeader header = new FileHeader(world, locations);
    List<JavaFile> files = new ArrayList<>();
    for (InterfaceModel model : world.imports()) {
      files.add(file(model, imports.emit(model), header, world));
    }
    world
        .worldImports()
        .ifPresent(model -> files.add(file(model, imports.emit(model), header, world)));
    for (InterfaceModel model : world.exports()) {
      files.add(file(model, exports.emit(model), header, world));
    }
    files.addAll(glue.worldFiles(header));
    return new GeneratedSources(world, files, world.skipped());
  }

  /**
   * Fails if two WIT items would be generated as one Java class (e.g. when a package map puts one
   * WIT package into another's {@code exports} subpackage), or one into the JDK's {@code java.*} or
   * {@code javax.*} packages (a WIT package {@code java:util} without {@code --package}).
   */
  private static void checkClassNames(WorldModel world) {
    List<InterfaceModel> models = new ArrayList<>(world.imports());
    world.worldImports().ifPresent(models::add);
    models.addAll(world.exports());
    Map<ClassName, String> owners = new LinkedHashMap<>();
    owners.put(world.worldClass(), "world " + world.witName());
    owners.put(world.abiClass(), "the glue of world " + world.witName());
    List<String> problems = new ArrayList<>();
    for (InterfaceModel model : models) {
      String what = (model.side() == Side.IMPORT ? "import " : "export ") + model.witName();
      String earlier = owners.putIfAbsent(model.className(), what);
      // one interface imported under several names (implements) is one class
      if (earlier != null && !earlier.equals(what)) {
        problems.add(
            earlier
                + " and "
                + what
                + " would both be generated as "
                + model.className()
                + "; give their WIT packages Java packages apart (--package-map), neither inside"
                + " the other's exports subpackage");
      }
    }
    owners.forEach(
        (className, what) -> {
          String pkg = className.packageName();
          if (JavaNames.isJdkPackage(pkg)) {
            problems.add(
                what
                    + " would be generated into the JDK's package "
                    + pkg
                    + "; choose a package of your own (--package or --package-map)");
          }
        });
    if (!problems.isEmpty()) {
      throw new GenerationException(world.witName() + " cannot be generated:", problems);
    }
  }

  /**
   * Fails if a package-map key names no WIT package of the input ({@code ns:pkg} matches every
   * version, {@code ns:pkg@version} one): a misspelt key would otherwise be ignored silently.
   */
  private static void checkPackageMapKeys(Resolve resolve, Set<String> keys) {
    Set<String> known = new TreeSet<>();
    for (Package pkg : resolve.packages()) {
      PackageName name = pkg.name();
      known.add(name.namespace() + ":" + name.name());
      if (name.version() != null) {
        known.add(name.namespace() + ":" + name.name() + "@" + name.version());
      }
    }
    List<String> unknown = keys.stream().filter(k -> !known.contains(k)).sorted().toList();
    if (!unknown.isEmpty()) {
      List<String> packages =
          resolve.packages().stream().map(p -> p.name().toString()).sorted().toList();
      throw new GenerationException(
          "the package map names WIT packages the input does not have: "
              + String.join(", ", unknown)
              + " (its packages: "
              + String.join(", ", packages)
              + ")",
          List.of());
    }
  }

  private static JavaFile file(
      InterfaceModel model, TypeSpec type, FileHeader header, WorldModel world) {
    return JavaFiles.of(model.className(), type, header.forInterface(model), world);
  }
}
