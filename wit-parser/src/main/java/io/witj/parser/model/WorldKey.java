package io.witj.parser.model;

/**
 * The key of a world import or export: a plain kebab name, or a named interface ({@code import
 * a:b/c;}).
 */
public sealed interface WorldKey {
  record Name(String name) implements WorldKey {}

  record OfInterface(int interfaceId) implements WorldKey {}
}
