package io.witj.codegen.javamodel;

import com.palantir.javapoet.ClassName;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.World;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Everything the emitters (declarations and glue) need to know about one world in Java terms: which
 * Java types exist, what they and their members are called, what was left out. Built by {@link
 * WorldModelBuilder}; read-only.
 */
public final class WorldModel {

  private final Resolve resolve;
  private final int worldId;
  private final String witName;
  private final ClassName worldClass;
  private final @Nullable InterfaceModel worldImports;
  private final List<InterfaceModel> imports;
  private final List<InterfaceModel> exports;
  private final List<FunctionModel> exportedFunctions;
  private final Map<Integer, DeclaredType> declaredTypes;
  private final List<String> skipped;
  private final Function<String, Set<String>> topLevelNames;
  private final Map<Integer, InterfaceModel> importsById = new LinkedHashMap<>();
  private final Map<Integer, InterfaceModel> exportsById = new LinkedHashMap<>();
  private final Map<String, Set<String>> topLevelNamesByPackage = new HashMap<>();
  private final boolean hasDeprecated;

  WorldModel(
      Resolve resolve,
      int worldId,
      String witName,
      ClassName worldClass,
      @Nullable InterfaceModel worldImports,
      List<InterfaceModel> imports,
      List<InterfaceModel> exports,
      List<FunctionModel> exportedFunctions,
      Map<Integer, DeclaredType> declaredTypes,
      List<String> skipped,
      Function<String, Set<String>> topLevelNames) {
    this.resolve = resolve;
    this.worldId = worldId;
    this.witName = witName;
    this.worldClass = worldClass;
    this.worldImports = worldImports;
    this.imports = List.copyOf(imports);
    this.exports = List.copyOf(exports);
    this.exportedFunctions = List.copyOf(exportedFunctions);
    this.declaredTypes = Map.copyOf(declaredTypes);
    this.skipped = List.copyOf(skipped);
    this.topLevelNames = topLevelNames;
    imports.forEach(i -> importsById.put(i.interfaceId(), i));
    exports.forEach(e -> exportsById.put(e.interfaceId(), e));
    this.hasDeprecated =
        Stream.of(this.imports, this.exports, Optional.ofNullable(worldImports).stream().toList())
                .flatMap(List::stream)
                .anyMatch(WorldModel::hasDeprecated)
            || this.exportedFunctions.stream()
                .anyMatch(f -> isDeprecated(f.function().stability()));
  }

  public Resolve resolve() {
    return resolve;
  }

  public World world() {
    return resolve.world(worldId);
  }

  public int worldId() {
    return worldId;
  }

  /** {@code ns:pkg/w}. */
  public String witName() {
    return witName;
  }

  /** {@code <pkg>.<W>}: the world class with its builder, written by the glue. */
  public ClassName worldClass() {
    return worldClass;
  }

  /**
   * {@code <pkg>.internal.<W>Abi}: the glue's per-instance state and lift/lower helpers, beside the
   * world class but in a package of its own, so that none of them shows where a host author looks.
   */
  public ClassName abiClass() {
    return ClassName.get(worldClass.packageName() + ".internal", worldClass.simpleName() + "Abi");
  }

  /** {@code <pkg>.<W>Imports}: world-level imported functions and types, if the world has any. */
  public Optional<InterfaceModel> worldImports() {
    return Optional.ofNullable(worldImports);
  }

  /** Imported interfaces in world order. */
  public List<InterfaceModel> imports() {
    return imports;
  }

  /** Exported interfaces in world order. */
  public List<InterfaceModel> exports() {
    return exports;
  }

  /** World-level exported functions, named as methods of {@link #worldClass()}. */
  public List<FunctionModel> exportedFunctions() {
    return exportedFunctions;
  }

  /** Every item left out under skip-unsupported, one line each. */
  public List<String> skipped() {
    return skipped;
  }

  /**
   * Simple names of the top-level types the naming rules give out in {@code javaPackage} (whether
   * or not this world generates them): a file of that package must qualify {@code java.lang} types
   * of those names.
   */
  public Set<String> topLevelNames(String javaPackage) {
    return topLevelNamesByPackage.computeIfAbsent(
        javaPackage, p -> Set.copyOf(topLevelNames.apply(p)));
  }

  /**
   * Whether the world has deprecated items (types, interfaces or functions): generated code then
   * mentions them across top-level types, so each generated file suppresses deprecation warnings.
   */
  public boolean hasDeprecated() {
    return hasDeprecated;
  }

  private static boolean hasDeprecated(InterfaceModel model) {
    return isDeprecated(model.stability())
        || model.types().stream().anyMatch(t -> isDeprecated(t.def().stability()))
        || model.functions().stream().anyMatch(f -> isDeprecated(f.function().stability()))
        || model.resourceMethods().values().stream()
            .flatMap(List::stream)
            .anyMatch(f -> isDeprecated(f.function().stability()));
  }

  /** Whether {@code stability} marks an item deprecated. */
  public static boolean isDeprecated(Stability stability) {
    return (stability instanceof Stability.Stable s && s.deprecated() != null)
        || (stability instanceof Stability.Unstable u && u.deprecated() != null);
  }

  /** The Java names of a record, variant, enum, flags or resource definition. */
  public DeclaredType declaredType(int typeId) {
    DeclaredType declared = declaredTypes.get(typeId);
    if (declared == null) {
      throw new IllegalArgumentException(
          "type " + typeId + " has no Java declaration in " + witName);
    }
    return declared;
  }

  /**
   * Whether {@code typeId} is a record, variant, enum, flags or resource with a Java declaration.
   */
  public boolean isDeclared(int typeId) {
    return declaredTypes.containsKey(typeId);
  }

  /**
   * The Java class of declared type {@code typeId} as seen from code on {@code side}: a type of an
   * interface the world exports is the export-side class when seen from the export side, the
   * import-side class otherwise (world-level exports see the import side, as WIT's world {@code
   * use} does).
   */
  public ClassName className(int typeId, Side side) {
    DeclaredType declared = declaredType(typeId);
    return ownerModel(declared.def(), side).className().nestedClass(declared.simpleName());
  }

  /** The import-side model of interface {@code interfaceId}, if the world imports it. */
  public Optional<InterfaceModel> importOf(int interfaceId) {
    return Optional.ofNullable(importsById.get(interfaceId));
  }

  /** The export-side model of interface {@code interfaceId}, if the world exports it. */
  public Optional<InterfaceModel> exportOf(int interfaceId) {
    return Optional.ofNullable(exportsById.get(interfaceId));
  }

  private InterfaceModel ownerModel(TypeDef def, Side side) {
    if (def.owner() instanceof TypeOwner.OfInterface owner) {
      InterfaceModel exported = side == Side.EXPORT ? exportsById.get(owner.interfaceId()) : null;
      InterfaceModel model = exported != null ? exported : importsById.get(owner.interfaceId());
      if (model == null) {
        throw new IllegalStateException(
            "type "
                + def.name()
                + " belongs to an interface that "
                + witName
                + " neither imports nor exports");
      }
      return model;
    }
    // types of the world itself are declared in <W>Imports, which exists when there are any
    return Objects.requireNonNull(worldImports, "a world-level type without <W>Imports");
  }
}
