package io.witj.parser.resolve;

import io.witj.parser.diag.Span;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How deeply each type definition nests: a record, variant, list, option, result, tuple, map,
 * fixed-length list, flags, enum or handle is one level more than its deepest member; aliases
 * (including {@code use}) add nothing. Named types nest too: {@code record r2 { x: r1 }} is one
 * level deeper than {@code r1}, so no syntactic limit bounds it.
 *
 * <p>A type deeper than {@link #MAX_DEPTH} is rejected at its definition, before any later stage
 * walks types recursively: wasm-tools' validator and Wasmtime reject component types nested deeper
 * than 100, so no component could use it, and the limit keeps every recursive walk over value types
 * (sizes, flattening, JSON, Java types) shallow. The depths are computed without recursion, so an
 * alias chain of any length is fine.
 */
final class TypeNesting {
  /** The deepest nesting allowed, as in wasm-tools' component validator. */
  static final int MAX_DEPTH = 100;

  private final List<TypeSlot> types;
  private final List<Integer> depths = new ArrayList<>();

  TypeNesting(List<TypeSlot> types) {
    this.types = types;
  }

  /**
   * Computes the depth of {@code typeId} and everything it refers to.
   *
   * @throws io.witj.parser.diag.WitException at {@code span} if it nests deeper than {@link
   *     #MAX_DEPTH}
   */
  void check(int typeId, Span span) {
    int depth = depth(typeId);
    if (depth > MAX_DEPTH) {
      throw Errors.at(
          span,
          "type nesting too deep: "
              + depth
              + " levels of records, variants, lists and other types (at most "
              + MAX_DEPTH
              + ")");
    }
  }

  private int depth(int root) {
    Deque<Integer> pending = new ArrayDeque<>();
    BitSet onStack = new BitSet();
    pending.push(root);
    onStack.set(root);
    while (!pending.isEmpty()) {
      int id = pending.peek();
      if (known(id)) {
        pending.pop();
        onStack.clear(id);
        continue;
      }
      TypeDefKind kind = types.get(id).kind;
      int deepest = 0;
      boolean ready = true;
      for (Type member : members(kind)) {
        if (member instanceof TypeRef ref) {
          if (known(ref.id())) {
            deepest = Math.max(deepest, depths.get(ref.id()));
          } else if (!onStack.get(ref.id())) { // on the stack: a cycle, reported elsewhere
            pending.push(ref.id());
            onStack.set(ref.id());
            ready = false;
          }
        }
      }
      if (ready) {
        pending.pop();
        onStack.clear(id);
        record(id, kind instanceof TypeDefKind.AliasType ? deepest : deepest + 1);
      }
    }
    return depths.get(root);
  }

  private boolean known(int id) {
    return id < depths.size() && depths.get(id) != null;
  }

  private void record(int id, int depth) {
    while (depths.size() <= id) {
      depths.add(null);
    }
    depths.set(id, depth);
  }

  /** The types a definition's values are made of (an alias: its target; a handle: none). */
  private static List<Type> members(@Nullable TypeDefKind kind) {
    if (kind == null
        || kind instanceof TypeDefKind.HandleType
        || kind instanceof TypeDefKind.ResourceType) {
      return List.of();
    }
    return Kinds.referenced(kind);
  }
}
