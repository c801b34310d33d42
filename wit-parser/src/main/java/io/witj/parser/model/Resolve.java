package io.witj.parser.model;

import java.util.List;

/**
 * The fully resolved and checked result of reading WIT: arenas of packages, interfaces, worlds and
 * type definitions that refer to each other by index, in the order the reference parser allocates
 * them. {@code mainPackages} are the packages of the path that was read (not its dependencies).
 * Treat every part as read-only.
 */
public record Resolve(
    List<World> worlds,
    List<Interface> interfaces,
    List<TypeDef> types,
    List<Package> packages,
    List<Integer> mainPackages) {

  public World world(int id) {
    return worlds.get(id);
  }

  public Interface iface(int id) {
    return interfaces.get(id);
  }

  public TypeDef type(int id) {
    return types.get(id);
  }

  public Package pkg(int id) {
    return packages.get(id);
  }

  /**
   * {@code type} with every alias followed: a primitive, or a reference to a definition that is not
   * an alias. Iterative, since alias chains can be long.
   */
  public Type dealias(Type type) {
    Type current = type;
    while (current instanceof TypeRef ref
        && type(ref.id()).kind() instanceof TypeDefKind.AliasType alias) {
      current = alias.target();
    }
    return current;
  }
}
