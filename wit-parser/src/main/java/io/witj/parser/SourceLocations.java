package io.witj.parser;

import io.witj.parser.diag.Span;
import java.util.Map;
import java.util.Optional;

/**
 * Where the items of a resolved WIT tree were defined, by their ids in the {@link
 * io.witj.parser.model.Resolve}: for diagnostics found after resolution, such as a generator's
 * "more parameters than Java allows" at the function. Items read without source text (the 2022
 * dialect's loader) have no place.
 */
public final class SourceLocations {
  /** No place for anything. */
  public static final SourceLocations NONE =
      new SourceLocations(Map.of(), Map.of(), Map.of(), Map.of());

  private final Map<Integer, Span> types;
  private final Map<String, Span> functions;
  private final Map<Integer, Span> worlds;
  private final Map<String, Span> worldItems;

  /**
   * @param types type id → the name of its definition
   * @param functions {@code <interface id>#<function name>} → the function's name
   * @param worlds world id → the world's name
   * @param worldItems a world's items: {@link #worldFunctionKey} → the name of a function a world
   *     imports or exports itself; {@link #worldInterfaceKey} → the interface a world imports or
   *     exports, where the world names it
   */
  public SourceLocations(
      Map<Integer, Span> types,
      Map<String, Span> functions,
      Map<Integer, Span> worlds,
      Map<String, Span> worldItems) {
    this.types = Map.copyOf(types);
    this.functions = Map.copyOf(functions);
    this.worlds = Map.copyOf(worlds);
    this.worldItems = Map.copyOf(worldItems);
  }

  /** The definition of type {@code typeId}. */
  public Optional<Span> type(int typeId) {
    return Optional.ofNullable(types.get(typeId));
  }

  /** Function {@code name} of interface {@code interfaceId}. */
  public Optional<Span> function(int interfaceId, String name) {
    return Optional.ofNullable(functions.get(functionKey(interfaceId, name)));
  }

  /** World {@code worldId}. */
  public Optional<Span> world(int worldId) {
    return Optional.ofNullable(worlds.get(worldId));
  }

  /**
   * Function {@code name} that world {@code worldId} imports or exports itself (not through an
   * interface), where the world declares it; else (a function it has by {@code include}) the world.
   */
  public Optional<Span> worldFunction(int worldId, boolean export, String name) {
    Span own = worldItems.get(worldFunctionKey(worldId, export, name));
    return own != null ? Optional.of(own) : world(worldId);
  }

  /**
   * Interface {@code interfaceId} that world {@code worldId} imports or exports, where the world
   * names it; else (an interface it has by {@code include}, or imports because another one uses it)
   * the world.
   */
  public Optional<Span> worldInterface(int worldId, boolean export, int interfaceId) {
    Span own = worldItems.get(worldInterfaceKey(worldId, export, interfaceId));
    return own != null ? Optional.of(own) : world(worldId);
  }

  /** The key of a world's interface item in {@link #SourceLocations}'s {@code worldItems}. */
  public static String worldInterfaceKey(int worldId, boolean export, int interfaceId) {
    return worldId + (export ? "#export-interface#" : "#import-interface#") + interfaceId;
  }

  /** The key of a world's own function in {@link #SourceLocations}'s {@code worldItems}. */
  public static String worldFunctionKey(int worldId, boolean export, String name) {
    return worldId + (export ? "#export#" : "#import#") + name;
  }

  /** The key of a function in {@link #SourceLocations}'s {@code functions}. */
  public static String functionKey(int interfaceId, String name) {
    return interfaceId + "#" + name;
  }
}
