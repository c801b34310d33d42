package io.witj.parser.resolve;

import io.witj.parser.ast.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Topological sort of named nodes (interfaces and worlds of a package, or the types of one
 * interface) in the order the reference parser uses: among the nodes whose dependencies are all
 * placed, the one declared first comes next. Unknown dependencies and cycles are errors.
 */
final class Toposort {
  private Toposort() {}

  /**
   * Sorts {@code deps} (node name to the names it depends on, in declaration order); {@code kind}
   * names the nodes in messages ("type", "interface or world").
   */
  @SuppressWarnings("NonApiType") // the insertion order of deps breaks ties: the type says so
  static List<String> sort(String kind, LinkedHashMap<String, List<Ident>> deps) {
    List<String> names = new ArrayList<>(deps.keySet());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    int[] remaining = new int[names.size()];
    List<List<Integer>> reverse = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      reverse.add(new ArrayList<>());
    }
    for (int i = 0; i < names.size(); i++) {
      List<Ident> edges = Objects.requireNonNull(deps.get(names.get(i)));
      remaining[i] = edges.size();
      for (Ident edge : edges) {
        Integer j = index.get(edge.name());
        if (j == null) {
          throw Errors.at(edge.span(), kind + " `" + edge.name() + "` does not exist");
        }
        reverse.get(j).add(i);
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < names.size(); i++) {
      if (remaining[i] == 0) {
        ready.add(i);
      }
    }
    List<String> order = new ArrayList<>(names.size());
    while (!ready.isEmpty()) {
      int node = ready.poll();
      order.add(names.get(node));
      for (int dependent : reverse.get(node)) {
        if (--remaining[dependent] == 0) {
          ready.add(dependent);
        }
      }
      reverse.get(node).clear();
    }
    if (order.size() == names.size()) {
      return order;
    }
    for (int i = 0; i < names.size(); i++) {
      if (remaining[i] == 0) {
        continue;
      }
      for (Ident edge : Objects.requireNonNull(deps.get(names.get(i)))) {
        // every edge was checked to exist above
        if (remaining[Objects.requireNonNull(index.get(edge.name()))] != 0) {
          throw Errors.at(edge.span(), kind + " `" + edge.name() + "` depends on itself");
        }
      }
    }
    throw new IllegalStateException("cycle not found");
  }
}
