package io.witj.codegen.glue;

import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a world must leave out to be hosted with the wit-bindgen 0.2 ABI, whose guests had neither
 * world-level functions, constructors, exported resources nor handles crossing into exports: for
 * those the 2022 protocol is not known well enough to be implemented faithfully. Handles passed to
 * imports must be borrowed (a 0.2 guest keeps and later drops every handle it passes; the 2022
 * dialect's front end makes parameter handles borrows).
 */
final class WitBindgen02Limits {
  private final AbiLayout layout;
  private final List<String> problems = new ArrayList<>();

  private WitBindgen02Limits(AbiLayout layout) {
    this.layout = layout;
  }

  /**
   * One line per item of {@code world} the flavour cannot host; empty when it can host them all.
   */
  static List<String> problems(WorldModel world, AbiLayout layout) {
    WitBindgen02Limits limits = new WitBindgen02Limits(layout);
    world
        .worldImports()
        .ifPresent(
            m -> limits.problems.add(m.witName() + ": world-level imports are not supported"));
    world
        .exportedFunctions()
        .forEach(f -> limits.problem(world.witName(), f, "world-level exports are not supported"));
    for (InterfaceModel model : world.imports()) {
      for (FunctionModel f : model.allFunctions()) {
        Function function = f.function();
        if (function.kind().kind() == FunctionKind.Kind.CONSTRUCTOR) {
          limits.problem(model.witName(), f, "constructors are not supported");
        } else if (function.params().stream().anyMatch(p -> limits.holdsHandle(p.type(), true))) {
          limits.problem(
              model.witName(),
              f,
              "a parameter passes an owned handle (only borrows are supported)");
        }
      }
    }
    for (InterfaceModel model : world.exports()) {
      model
          .resources()
          .forEach(
              t ->
                  limits.problems.add(
                      model.witName()
                          + "#"
                          + t.def().name()
                          + ": exported resources are not supported"));
      for (FunctionModel f : model.allFunctions()) {
        Function function = f.function();
        boolean handles =
            function.params().stream().anyMatch(p -> limits.holdsHandle(p.type(), false))
                || (function.result() != null && limits.holdsHandle(function.result(), false));
        if (handles) {
          limits.problem(model.witName(), f, "handles passed to or from exports are not supported");
        }
      }
    }
    return List.copyOf(limits.problems);
  }

  private void problem(String owner, FunctionModel f, String what) {
    problems.add(owner + "#" + f.function().name() + ": " + what);
  }

  /** Whether a value of {@code type} holds a handle (only owned ones when {@code ownOnly}). */
  private boolean holdsHandle(Type type, boolean ownOnly) {
    TypeDefKind kind = layout.kind(layout.dealias(type));
    if (kind == null) {
      return false;
    }
    if (kind instanceof TypeDefKind.HandleType h) {
      return !ownOnly || !h.borrow();
    }
    return kind.valueTypes().stream().anyMatch(c -> holdsHandle(c, ownOnly));
  }
}
