package io.witj.runtime.component;

/**
 * A component defined inside another one: its bytes, and the component it is defined in (the scope
 * its outer aliases reach). Each instantiation evaluates it anew with its arguments.
 */
final class NestedComponent implements Item {
  final int start;
  final int limit;
  final ComponentEvaluator definedIn;

  NestedComponent(int start, int limit, ComponentEvaluator definedIn) {
    this.start = start;
    this.limit = limit;
    this.definedIn = definedIn;
  }

  @Override
  public String toString() {
    return "nested component at byte offset 0x" + Integer.toHexString(start);
  }
}
