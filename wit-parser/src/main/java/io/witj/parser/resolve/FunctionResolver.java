package io.witj.parser.resolve;

import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.FuncType;
import io.witj.parser.ast.Ident;
import io.witj.parser.ast.ResourceFunc;
import io.witj.parser.ast.TypeExpr;
import io.witj.parser.diag.Span;
import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.Stability;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Resolves functions: free functions and the functions of a resource, which get their mangled names
 * ({@code [constructor]r}, {@code [method]r.f}, {@code [static]r.f}), a {@code self: borrow<r>}
 * first parameter for methods and an {@code own<r>} result for constructors.
 */
final class FunctionResolver {
  private final TypeResolver types;

  FunctionResolver(TypeResolver types) {
    this.types = types;
  }

  /** Where a constructor is named (the {@code constructor} keyword). */
  static Span constructorSpan(ResourceFunc.Constructor ctor) {
    Span span = ctor.span();
    int end = Math.min(span.end(), span.start() + "constructor".length());
    return new Span(span.file(), span.start(), end);
  }

  /** Where a resource function is named. */
  static Span nameSpan(ResourceFunc func) {
    if (func instanceof ResourceFunc.Method m) {
      return m.name().span();
    }
    if (func instanceof ResourceFunc.Static s) {
      return s.name().span();
    }
    return constructorSpan((ResourceFunc.Constructor) func);
  }

  Function freeFunction(Annotations annotations, String name, FuncType type) {
    FunctionKind kind = type.async() ? FunctionKind.ASYNC_FREESTANDING : FunctionKind.FREESTANDING;
    return resolve(annotations, name, type.params(), type.result(), type.span(), kind);
  }

  Function resourceFunction(ResourceFunc func, Ident resource) {
    // the resource was defined in this scope before its functions are resolved
    DefinedNames.Entry entry = Objects.requireNonNull(types.scope.get(resource.name()));
    int id = entry.typeId();
    if (func instanceof ResourceFunc.Method m) {
      FunctionKind.Kind k =
          m.type().async() ? FunctionKind.Kind.ASYNC_METHOD : FunctionKind.Kind.METHOD;
      return resolve(
          m.annotations(),
          "[method]" + resource.name() + "." + m.name().name(),
          m.type().params(),
          m.type().result(),
          m.type().span(),
          new FunctionKind(k, id));
    }
    if (func instanceof ResourceFunc.Static s) {
      FunctionKind.Kind k =
          s.type().async() ? FunctionKind.Kind.ASYNC_STATIC : FunctionKind.Kind.STATIC;
      return resolve(
          s.annotations(),
          "[static]" + resource.name() + "." + s.name().name(),
          s.type().params(),
          s.type().result(),
          s.type().span(),
          new FunctionKind(k, id));
    }
    ResourceFunc.Constructor c = (ResourceFunc.Constructor) func;
    return resolve(
        c.annotations(),
        "[constructor]" + resource.name(),
        c.params(),
        c.result(),
        c.span(),
        new FunctionKind(FunctionKind.Kind.CONSTRUCTOR, id));
  }

  private Function resolve(
      Annotations annotations,
      String name,
      List<FuncType.Param> params,
      @Nullable TypeExpr result,
      Span span,
      FunctionKind kind) {
    Stability stability = Gates.stability(annotations);
    List<Function.Param> resolved = new ArrayList<>();
    UniqueLabels names = new UniqueLabels("param");
    if (kind.kind() == FunctionKind.Kind.METHOD || kind.kind() == FunctionKind.Kind.ASYNC_METHOD) {
      resolved.add(new Function.Param("self", types.borrowOf(kind.resourceId(), span)));
      names.addImplicit("self");
    }
    for (FuncType.Param param : params) {
      names.add(param.name());
      resolved.add(
          new Function.Param(param.name().name(), types.resolve(param.type(), Stability.UNKNOWN)));
    }
    @Nullable Type resultType;
    if (kind.kind() == FunctionKind.Kind.CONSTRUCTOR) {
      resultType =
          result == null
              ? new TypeRef(kind.resourceId())
              : constructorResult(kind.resourceId(), result);
    } else {
      resultType = result == null ? null : types.resolve(result, Stability.UNKNOWN);
    }
    return new Function(
        name, kind, List.copyOf(resolved), resultType, annotations.docs(), stability);
  }

  private Type constructorResult(int resourceId, TypeExpr expr) {
    Type result = types.resolve(expr, Stability.UNKNOWN);
    if (!(types.kind(result) instanceof TypeDefKind.ResultType r)) {
      throw Errors.at(
          expr.span(), "if a constructor return type is declared it must be a `result`");
    }
    if (r.ok() instanceof TypeRef ok && ok.id() == resourceId) {
      return result;
    }
    Span okSpan =
        expr instanceof TypeExpr.Result written && written.ok() != null
            ? written.ok().span()
            : expr.span();
    throw Errors.at(okSpan, "the `ok` type must be the resource being constructed");
  }
}
