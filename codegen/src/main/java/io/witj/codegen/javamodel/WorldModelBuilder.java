package io.witj.codegen.javamodel;

import com.palantir.javapoet.ClassName;
import io.witj.codegen.names.JavaNames;
import io.witj.codegen.names.NameScope;
import io.witj.parser.model.Function;
import io.witj.parser.model.Interface;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link WorldModel} of one world: Java packages and names for every generated type and
 * member, and the list of items left out because they are not supported yet (the caller decides
 * whether that is an error). Inline interfaces ({@code import x: interface {…}}) of world {@code w}
 * go to the sub-package {@code <pkg>.<w>} (export side {@code <exports pkg>.<w>}), named after
 * their key.
 */
public final class WorldModelBuilder {

  private final Resolve resolve;
  private final World world;
  private final int worldId;
  private final PackageName worldPackage;
  private final PackageMapping mapping;
  private final TopLevelNames topNames;
  private final UnsupportedCheck check;
  private final Map<Integer, DeclaredType> declared = new HashMap<>();
  private final Set<String> skipped = new LinkedHashSet<>();

  private WorldModelBuilder(
      Resolve resolve, int worldId, String basePackage, Map<String, String> packageMap) {
    this.resolve = resolve;
    this.worldId = worldId;
    this.world = resolve.world(worldId);
    this.worldPackage = resolve.pkg(world.packageId()).name();
    this.mapping = new PackageMapping(basePackage, packageMap, versionedPackages());
    this.topNames = new TopLevelNames(resolve, mapping);
    this.check = new UnsupportedCheck(resolve);
  }

  /**
   * The model of world {@code worldId}.
   *
   * @param basePackage prefix of every generated package, or empty
   * @param packageMap WIT package ({@code ns:pkg} or {@code ns:pkg@version}) → Java package
   */
  public static WorldModel build(
      Resolve resolve, int worldId, String basePackage, Map<String, String> packageMap) {
    return new WorldModelBuilder(resolve, worldId, basePackage, packageMap).build();
  }

  private WorldModel build() {
    String witName = worldPackage.interfaceId(world.name());
    ClassName worldClass =
        ClassName.get(mapping.javaPackage(worldPackage, Side.IMPORT), topNames.worldName(worldId));
    List<InterfaceModel> imports = interfaces(world.imports(), Side.IMPORT);
    List<InterfaceModel> exports = interfaces(world.exports(), Side.EXPORT);

    ClassName importsClass =
        ClassName.get(worldClass.packageName(), topNames.worldImportsName(worldId));
    Map<Integer, TypeDef> worldTypes = new LinkedHashMap<>();
    List<Function> worldFunctions = new ArrayList<>();
    world
        .imports()
        .values()
        .forEach(
            item -> {
              if (item instanceof WorldItem.TypeItem type) {
                worldTypes.put(type.typeId(), resolve.type(type.typeId()));
              } else if (item instanceof WorldItem.FunctionItem function) {
                worldFunctions.add(function.function());
              }
            });
    InterfaceModel worldImports =
        model(
            Side.IMPORT,
            -1,
            witName,
            importsClass,
            worldTypes,
            worldFunctions,
            world.docs(),
            world.stability());

    NameScope builderScope = NameScope.reserving(GlueNames.WORLD_BUILDER);
    List<InterfaceModel> namedImports = new ArrayList<>();
    List<String> setters = InterfaceMemberNames.claim(resolve, imports, builderScope);
    for (int i = 0; i < imports.size(); i++) {
      namedImports.add(withMember(imports.get(i), setters.get(i)));
    }
    if (worldImports != null) {
      worldImports = withMember(worldImports, builderScope.claim("imports"));
    }

    List<Function> exportedFunctions = new ArrayList<>();
    world
        .exports()
        .values()
        .forEach(
            item -> {
              if (item instanceof WorldItem.FunctionItem function) {
                exportedFunctions.add(function.function());
              }
            });
    List<String> exportSkipped = new ArrayList<>();
    List<FunctionModel> worldExports =
        supportedFunctions(witName, exportedFunctions, exportSkipped);
    skipped.addAll(exportSkipped);
    NameScope worldScope = NameScope.reserving(GlueNames.WORLD_CLASS);
    List<FunctionModel> namedWorldExports =
        worldExports.stream()
            .map(
                f ->
                    new FunctionModel(
                        f.function(), worldScope.claim(f.javaName()), f.params(), f.paramNames()))
            .toList();
    List<InterfaceModel> namedExports = new ArrayList<>();
    List<String> accessors = InterfaceMemberNames.claim(resolve, exports, worldScope);
    for (int i = 0; i < exports.size(); i++) {
      namedExports.add(withMember(exports.get(i), accessors.get(i)));
    }
    return new WorldModel(
        resolve,
        worldId,
        witName,
        worldClass,
        worldImports,
        namedImports,
        namedExports,
        namedWorldExports,
        declared,
        List.copyOf(skipped),
        topNames::namesIn);
  }

  private List<InterfaceModel> interfaces(Map<WorldKey, WorldItem> items, Side side) {
    NameScope inlineScope = new NameScope();
    String inlinePackage =
        mapping.javaPackage(worldPackage, side) + "." + JavaNames.packageSegment(world.name());
    List<InterfaceModel> out = new ArrayList<>();
    items.forEach(
        (key, item) -> {
          if (!(item instanceof WorldItem.InterfaceItem ifaceItem)) {
            return;
          }
          int id = ifaceItem.interfaceId();
          Interface iface = resolve.iface(id);
          String witName;
          ClassName className;
          if (iface.name() == null) {
            String keyName = ((WorldKey.Name) key).name();
            witName = worldPackage.interfaceId(world.name()) + "/" + keyName;
            className =
                ClassName.get(inlinePackage, inlineScope.claim(JavaNames.upperCamel(keyName)));
            topNames.namesIn(inlinePackage).add(className.simpleName());
          } else {
            PackageName pkg = resolve.pkg(iface.packageId()).name();
            witName = pkg.interfaceId(iface.name());
            className = ClassName.get(mapping.javaPackage(pkg, side), topNames.interfaceName(id));
          }
          Map<Integer, TypeDef> types = new LinkedHashMap<>();
          iface.types().values().forEach(t -> types.put(t, resolve.type(t)));
          InterfaceModel model =
              model(
                  side,
                  id,
                  witName,
                  className,
                  types,
                  List.copyOf(iface.functions().values()),
                  iface.docs(),
                  iface.stability());
          out.add(model);
        });
    return out;
  }

  /** The model; null for world-level imports ({@code id} -1) when there is nothing to declare. */
  private @Nullable InterfaceModel model(
      Side side,
      int id,
      String witName,
      ClassName className,
      Map<Integer, TypeDef> types,
      List<Function> functions,
      @Nullable String docs,
      Stability stability) {
    List<String> localSkipped = new ArrayList<>();
    Map<Integer, TypeDef> declarable = new LinkedHashMap<>();
    types.forEach(
        (typeId, def) -> {
          if (MemberNames.isDeclared(def)) {
            declarable.put(typeId, def);
          }
        });
    Map<Integer, DeclaredType> names = MemberNames.declare(declarable, className.simpleName());
    List<DeclaredType> kept = new ArrayList<>();
    names.forEach(
        (typeId, type) -> {
          String reason = check.reasonForDef(typeId);
          if (reason == null) {
            kept.add(type);
            declared.putIfAbsent(typeId, type);
          } else {
            localSkipped.add(witName + "#" + type.def().name() + ": " + reason);
          }
        });
    List<FunctionModel> all = supportedFunctions(witName, functions, localSkipped);
    List<FunctionModel> outer = all.stream().filter(f -> !f.isMethod()).toList();
    Map<Integer, List<FunctionModel>> methods = new LinkedHashMap<>();
    all.stream()
        .filter(FunctionModel::isMethod)
        .forEach(
            f ->
                methods
                    .computeIfAbsent(f.function().kind().resourceId(), r -> new ArrayList<>())
                    .add(f));
    methods.replaceAll((r, list) -> List.copyOf(list));
    skipped.addAll(localSkipped);
    if (id < 0 && kept.isEmpty() && outer.isEmpty() && localSkipped.isEmpty()) {
      return null;
    }
    return new InterfaceModel(
        side,
        id,
        witName,
        className,
        "",
        List.copyOf(kept),
        outer,
        Map.copyOf(methods),
        List.copyOf(localSkipped),
        docs,
        stability);
  }

  private List<FunctionModel> supportedFunctions(
      String witName, List<Function> functions, List<String> skippedOut) {
    Map<String, FunctionModel> models = MemberNames.functions(functions);
    List<FunctionModel> out = new ArrayList<>();
    for (Function f : functions) {
      String reason = check.reason(f);
      if (reason == null) {
        out.add(models.get(f.name()));
      } else {
        skippedOut.add(witName + "#" + f.name() + ": " + reason);
      }
    }
    return out;
  }

  private static InterfaceModel withMember(InterfaceModel m, String member) {
    return new InterfaceModel(
        m.side(),
        m.interfaceId(),
        m.witName(),
        m.className(),
        member,
        m.types(),
        m.functions(),
        m.resourceMethods(),
        m.skipped(),
        m.docs(),
        m.stability());
  }

  /** {@code ns:pkg} of the packages the world uses in more than one version. */
  private Set<String> versionedPackages() {
    Map<String, Set<String>> versions = new HashMap<>();
    List<Integer> packageIds = new ArrayList<>(List.of(world.packageId()));
    for (Map<WorldKey, WorldItem> items : List.of(world.imports(), world.exports())) {
      items
          .values()
          .forEach(
              item -> {
                if (item instanceof WorldItem.InterfaceItem i
                    && resolve.iface(i.interfaceId()).packageId() >= 0) {
                  packageIds.add(resolve.iface(i.interfaceId()).packageId());
                }
              });
    }
    for (int id : packageIds) {
      PackageName name = resolve.pkg(id).name();
      versions
          .computeIfAbsent(name.namespace() + ":" + name.name(), k -> new HashSet<>())
          .add(String.valueOf(name.version()));
    }
    Set<String> out = new HashSet<>();
    versions.forEach(
        (pkg, vs) -> {
          if (vs.size() > 1) {
            out.add(pkg);
          }
        });
    return out;
  }
}
