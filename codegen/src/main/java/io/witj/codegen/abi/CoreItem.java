package io.witj.codegen.abi;

import io.witj.parser.model.Function;
import io.witj.parser.model.WorldKey;
import org.jspecify.annotations.Nullable;

/**
 * One core-module import (the guest imports it, {@code module} is set) or export (the guest exports
 * it, {@code module} is null) of a world.
 *
 * @param key the world import/export it belongs to; null for world-wide items (realloc, memory, …)
 * @param function the WIT function, for {@link CoreItemKind#FUNCTION} and {@link
 *     CoreItemKind#POST_RETURN}
 * @param resourceId the resource definition for resource intrinsics and destructors, otherwise -1
 * @param optional whether the guest may leave this export out
 */
public record CoreItem(
    @Nullable String module,
    String name,
    CoreItemKind kind,
    @Nullable WorldKey key,
    @Nullable Function function,
    int resourceId,
    boolean optional) {

  static CoreItem imported(
      String module,
      String name,
      CoreItemKind kind,
      @Nullable WorldKey key,
      @Nullable Function function,
      int resourceId) {
    return new CoreItem(module, name, kind, key, function, resourceId, false);
  }

  static CoreItem exported(
      String name,
      CoreItemKind kind,
      @Nullable WorldKey key,
      @Nullable Function function,
      int resourceId,
      boolean optional) {
    return new CoreItem(null, name, kind, key, function, resourceId, optional);
  }
}
