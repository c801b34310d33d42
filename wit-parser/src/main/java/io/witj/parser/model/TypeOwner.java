package io.witj.parser.model;

/** What a named type definition belongs to: an interface or a world (anonymous types have none). */
public sealed interface TypeOwner {
  record OfInterface(int interfaceId) implements TypeOwner {}

  record OfWorld(int worldId) implements TypeOwner {}
}
