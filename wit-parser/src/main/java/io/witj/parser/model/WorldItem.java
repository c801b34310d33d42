package io.witj.parser.model;

import org.jspecify.annotations.Nullable;

/** What a world imports or exports: an interface, a function, or (imports only) a type. */
public sealed interface WorldItem {
  record InterfaceItem(int interfaceId, Stability stability, @Nullable String docs)
      implements WorldItem {}

  record FunctionItem(Function function) implements WorldItem {}

  record TypeItem(int typeId) implements WorldItem {}
}
