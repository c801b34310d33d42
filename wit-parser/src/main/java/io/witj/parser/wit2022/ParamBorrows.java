package io.witj.parser.wit2022;

import io.witj.parser.ast.FuncDecl;
import io.witj.parser.ast.FuncType;
import io.witj.parser.ast.InterfaceItem;
import io.witj.parser.ast.ResourceFunc;
import io.witj.parser.ast.TypeDecl;
import io.witj.parser.ast.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Rewrites the parameter types of an interface's functions so that every resource named in them is
 * a {@code borrow}: in wit-bindgen 0.2 a handle passed to a function stays the caller's (the guest
 * drops its handles itself, later), which is what {@code borrow} says today. Results and type
 * definitions keep owned handles.
 */
final class ParamBorrows {
  private final BiPredicate<String, String> isResource;
  private final String iface;

  /**
   * @param isResource whether a name in the scope of an interface (both given) is a resource
   * @param iface the interface whose items are rewritten
   */
  ParamBorrows(BiPredicate<String, String> isResource, String iface) {
    this.isResource = isResource;
    this.iface = iface;
  }

  /** {@code item} with borrowed handles in its functions' parameters. */
  InterfaceItem apply(InterfaceItem item) {
    if (item instanceof FuncDecl f) {
      return new FuncDecl(f.name(), function(f.type()), f.annotations());
    }
    if (item instanceof TypeDecl.Resource r) {
      List<ResourceFunc> functions = new ArrayList<>();
      for (ResourceFunc function : r.functions()) {
        if (function instanceof ResourceFunc.Method m) {
          functions.add(new ResourceFunc.Method(m.name(), function(m.type()), m.annotations()));
        } else if (function instanceof ResourceFunc.Static s) {
          functions.add(new ResourceFunc.Static(s.name(), function(s.type()), s.annotations()));
        } else {
          functions.add(function);
        }
      }
      return new TypeDecl.Resource(r.name(), List.copyOf(functions), r.annotations());
    }
    return item;
  }

  private FuncType function(FuncType type) {
    List<FuncType.Param> params = new ArrayList<>();
    for (FuncType.Param p : type.params()) {
      params.add(new FuncType.Param(p.name(), borrowed(p.type())));
    }
    return new FuncType(type.async(), List.copyOf(params), type.result(), type.span());
  }

  /** {@code type} with each resource name in it turned into a borrow (nesting is bounded). */
  private TypeExpr borrowed(TypeExpr type) {
    if (type instanceof TypeExpr.Named named && isResource.test(iface, named.name().name())) {
      return new TypeExpr.Borrow(named.name(), named.span());
    }
    if (type instanceof TypeExpr.ListOf list) {
      return new TypeExpr.ListOf(borrowed(list.element()), list.fixedLength(), list.span());
    }
    if (type instanceof TypeExpr.Option option) {
      return new TypeExpr.Option(borrowed(option.type()), option.span());
    }
    if (type instanceof TypeExpr.Result result) {
      return new TypeExpr.Result(
          result.ok() == null ? null : borrowed(result.ok()),
          result.err() == null ? null : borrowed(result.err()),
          result.span());
    }
    if (type instanceof TypeExpr.Tuple tuple) {
      return new TypeExpr.Tuple(tuple.types().stream().map(this::borrowed).toList(), tuple.span());
    }
    return type;
  }
}
