package io.witj.parser.resolve;

import io.witj.parser.model.Stability;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A world while it is being resolved, with its not yet flattened {@code include}s. */
final class WorldSlot {
  @Nullable String name;
  LinkedHashMap<WorldKey, WorldItem> imports = new LinkedHashMap<>();
  LinkedHashMap<WorldKey, WorldItem> exports = new LinkedHashMap<>();
  final List<IncludeRef> includes = new ArrayList<>();
  @Nullable String docs;
  Stability stability = Stability.UNKNOWN;
  int packageId = -1;

  /** {@code include world with { name as as }}: the included world, its gate and the renames. */
  record IncludeRef(Stability stability, int worldId, List<Rename> renames) {}

  record Rename(String name, String as) {}

  World freeze() {
    return new World(
        Objects.requireNonNull(name, "a world without a name"),
        Collections.unmodifiableMap(imports),
        Collections.unmodifiableMap(exports),
        packageId,
        docs,
        stability);
  }
}
