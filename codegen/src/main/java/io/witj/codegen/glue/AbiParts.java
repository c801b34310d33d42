package io.witj.codegen.glue;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Divides a world's lift/lower helpers over a chain of classes when one class could not hold them:
 * a class file has at most 65 535 constants, and a world with a thousand or more distinct compound
 * types needs more (about 35 per type and side). Each helper calls only helpers of its type's
 * members, whose types are strictly smaller (WIT types are acyclic), so ordering the helpers by
 * their height in that call graph and filling the classes from the bottom of the chain up lets
 * every helper reach what it calls through inheritance. A resource's handle helpers are a group
 * too, called by the helpers of types that hold its handles. Small worlds keep one class, members
 * in generation order.
 */
final class AbiParts {
  /**
   * The estimated constants ({@link ConstantPoolEstimate}) one class may take, its reserve
   * included. Real pools measure 20–60% of the estimate, so a full part stays well under the limit.
   */
  static final int BUDGET = 60_000;

  private AbiParts() {}

  /**
   * The methods one type's request (or one resource) generated, the fields they use, and the names
   * of the helpers and resources they call.
   */
  record HelperGroup(
      String name, List<MethodSpec> methods, List<FieldSpec> fields, Set<String> calls) {
    /** An empty group, to be filled as its helper (or resource) is generated. */
    static HelperGroup named(String name) {
      return new HelperGroup(name, new ArrayList<>(), new ArrayList<>(), new HashSet<>());
    }
  }

  /** The members of one class of the chain. */
  record Part(List<FieldSpec> fields, List<MethodSpec> methods) {}

  /**
   * The classes of the chain, base first, holding {@code groups} (in generation order) within
   * {@code budget} estimated constants per class; one class, in generation order, when they fit.
   */
  static List<Part> divide(List<HelperGroup> groups, int budget) {
    Map<String, HelperGroup> byName = new HashMap<>();
    groups.forEach(g -> byName.put(g.name(), g));
    Map<String, Integer> heights = new HashMap<>();
    List<HelperGroup> ordered = new ArrayList<>(groups);
    ordered.sort(Comparator.comparingInt(g -> height(g, byName, heights)));
    List<Part> parts = new ArrayList<>();
    Part current = new Part(new ArrayList<>(), new ArrayList<>());
    ConstantPoolEstimate estimate = new ConstantPoolEstimate();
    for (HelperGroup g : ordered) {
      add(estimate, g);
      if (estimate.constants() > budget && !current.methods().isEmpty()) {
        parts.add(current);
        current = new Part(new ArrayList<>(), new ArrayList<>());
        estimate = new ConstantPoolEstimate();
        add(estimate, g);
      }
      add(current, g.fields(), g.methods());
    }
    parts.add(current);
    if (parts.size() == 1) {
      Part single = new Part(new ArrayList<>(), new ArrayList<>());
      groups.forEach(g -> add(single, g.fields(), g.methods()));
      return List.of(single);
    }
    return parts;
  }

  private static void add(Part part, List<FieldSpec> fields, List<MethodSpec> methods) {
    part.fields().addAll(fields);
    part.methods().addAll(methods);
  }

  /**
   * 0 for a helper that calls no other, else one more than the highest helper it calls; the depth
   * of the recursion is bounded by the nesting of WIT types, which the front end limits.
   */
  private static int height(
      HelperGroup g, Map<String, HelperGroup> byName, Map<String, Integer> heights) {
    Integer known = heights.get(g.name());
    if (known != null) {
      return known;
    }
    int height = 0;
    for (String call : g.calls()) {
      HelperGroup callee = byName.get(call);
      if (callee != null && !call.equals(g.name())) {
        height = Math.max(height, 1 + height(callee, byName, heights));
      }
    }
    heights.put(g.name(), height);
    return height;
  }

  private static void add(ConstantPoolEstimate estimate, HelperGroup group) {
    group.fields().forEach(estimate::add);
    group.methods().forEach(estimate::add);
  }
}
