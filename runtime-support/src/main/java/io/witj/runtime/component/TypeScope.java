package io.witj.runtime.component;

import org.jspecify.annotations.Nullable;

/**
 * A type index space that outer aliases can reach: a component's, or an instance or component type
 * being read; {@link #outer()} is the enclosing one.
 */
interface TypeScope {
  /** The type at {@code index}, or an error at byte {@code at} of {@code in}. */
  TypeValue type(int index, ByteCursor in, int at);

  /** The enclosing scope, or null at the outermost component. */
  @Nullable TypeScope outer();

  /** The scope {@code count} levels out (0 is this one), or an error at byte {@code at}. */
  default TypeScope outer(int count, ByteCursor in, int at) {
    TypeScope scope = this;
    for (int i = 0; i < count; i++) {
      TypeScope next = scope.outer();
      if (next == null) {
        throw in.error(at, "outer alias reaches " + count + " scopes out, past the outermost");
      }
      scope = next;
    }
    return scope;
  }
}
