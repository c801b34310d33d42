package io.witj.codegen;

import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.WorldModel;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a generated world holds, for summary lines.
 *
 * @param world the world's qualified WIT name ({@code ns:pkg/name@version})
 * @param importedInterfaces interfaces the host implements
 * @param exportedInterfaces interfaces the guest exports
 * @param types declared types over all interfaces
 * @param functions functions and resource methods over all interfaces and the world itself
 */
public record WorldStats(
    String world, int importedInterfaces, int exportedInterfaces, int types, int functions) {

  /** The counts of {@code world}. */
  public static WorldStats of(WorldModel world) {
    List<InterfaceModel> all =
        Stream.of(world.imports(), world.exports(), world.worldImports().stream().toList())
            .flatMap(List::stream)
            .toList();
    int types = all.stream().mapToInt(m -> m.types().size()).sum();
    int functions =
        world.exportedFunctions().size()
            + all.stream().mapToInt(m -> m.allFunctions().size()).sum();
    return new WorldStats(
        world.witName(), world.imports().size(), world.exports().size(), types, functions);
  }

  /** {@code N imported and M exported interfaces, T types, F functions}. */
  public String describe() {
    return importedInterfaces
        + " imported and "
        + exportedInterfaces
        + " exported interfaces, "
        + types
        + " types, "
        + functions
        + " functions";
  }
}
