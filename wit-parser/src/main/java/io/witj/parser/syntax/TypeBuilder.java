package io.witj.parser.syntax;

import io.witj.parser.ast.FuncType;
import io.witj.parser.ast.Ident;
import io.witj.parser.ast.ResourceFunc;
import io.witj.parser.ast.TypeDecl;
import io.witj.parser.ast.TypeExpr;
import io.witj.parser.diag.Span;
import io.witj.parser.model.PrimitiveType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/** Builds type expressions, function types and type definitions from the parse tree. */
final class TypeBuilder {
  private static final long MAX_FIXED_LENGTH = 0xFFFF_FFFFL;

  private final BuildContext build;

  TypeBuilder(BuildContext build) {
    this.build = build;
  }

  TypeDecl typedef(
      WitParser.TypedefItemContext context, io.witj.parser.ast.Annotations annotations) {
    if (context.typeAlias() != null) {
      WitParser.TypeAliasContext alias = context.typeAlias();
      return new TypeDecl.Alias(build.ident(alias.id()), type(alias.ty()), annotations);
    }
    if (context.recordItem() != null) {
      WitParser.RecordItemContext record = context.recordItem();
      List<TypeDecl.Field> fields = new ArrayList<>();
      for (WitParser.FieldContext field : record.field()) {
        fields.add(
            new TypeDecl.Field(
                build.ident(field.memberName()), type(field.ty()), build.docs(field)));
      }
      return new TypeDecl.Record(build.ident(record.id()), List.copyOf(fields), annotations);
    }
    if (context.variantItem() != null) {
      WitParser.VariantItemContext variant = context.variantItem();
      List<TypeDecl.Case> cases = new ArrayList<>();
      for (WitParser.VariantCaseContext c : variant.variantCase()) {
        TypeExpr payload = c.ty() == null ? null : type(c.ty());
        cases.add(new TypeDecl.Case(build.ident(c.memberName()), payload, build.docs(c)));
      }
      return new TypeDecl.Variant(build.ident(variant.id()), List.copyOf(cases), annotations);
    }
    if (context.enumItem() != null) {
      WitParser.EnumItemContext e = context.enumItem();
      return new TypeDecl.Enum(build.ident(e.id()), namedCases(e.namedCase()), annotations);
    }
    if (context.flagsItem() != null) {
      WitParser.FlagsItemContext flags = context.flagsItem();
      return new TypeDecl.Flags(
          build.ident(flags.id()), namedCases(flags.namedCase()), annotations);
    }
    WitParser.ResourceItemContext resource = context.resourceItem();
    List<ResourceFunc> functions = new ArrayList<>();
    for (WitParser.ResourceMemberContext member : resource.resourceMember()) {
      functions.add(resourceFunc(member));
    }
    return new TypeDecl.Resource(build.ident(resource.id()), List.copyOf(functions), annotations);
  }

  private List<TypeDecl.NamedCase> namedCases(List<WitParser.NamedCaseContext> contexts) {
    List<TypeDecl.NamedCase> cases = new ArrayList<>();
    for (WitParser.NamedCaseContext c : contexts) {
      cases.add(new TypeDecl.NamedCase(build.ident(c.memberName()), build.docs(c)));
    }
    return List.copyOf(cases);
  }

  private ResourceFunc resourceFunc(WitParser.ResourceMemberContext member) {
    io.witj.parser.ast.Annotations annotations = build.annotations(member, member.attribute());
    if (member.constructorItem() != null) {
      WitParser.ConstructorItemContext constructor = member.constructorItem();
      TypeExpr result = constructor.ty() == null ? null : type(constructor.ty());
      return new ResourceFunc.Constructor(
          params(constructor.paramList()), result, build.span(constructor), annotations);
    }
    WitParser.ResourceFuncItemContext func = member.resourceFuncItem();
    if (func.STATIC() != null) {
      return new ResourceFunc.Static(
          build.ident(func.memberName()), funcType(func.funcType()), annotations);
    }
    return new ResourceFunc.Method(
        build.ident(func.memberName()), funcType(func.funcType()), annotations);
  }

  FuncType funcType(WitParser.FuncTypeContext context) {
    TypeExpr result = context.ty() == null ? null : type(context.ty());
    return new FuncType(
        context.ASYNC() != null, params(context.paramList()), result, build.span(context));
  }

  private List<FuncType.Param> params(WitParser.ParamListContext context) {
    List<FuncType.Param> params = new ArrayList<>();
    for (WitParser.ParamContext param : context.param()) {
      params.add(new FuncType.Param(build.ident(param.memberName()), type(param.ty())));
    }
    return List.copyOf(params);
  }

  /** A type expression; nesting is bounded by {@link NestingCheck}, so recursion is safe. */
  TypeExpr type(WitParser.TyContext context) {
    Span span = build.span(context);
    if (context instanceof WitParser.PrimitiveTypeContext) {
      // the grammar's primitive rule only matches primitive keywords
      return new TypeExpr.Primitive(
          Objects.requireNonNull(PrimitiveType.fromWitName(context.getStart().getText())), span);
    }
    if (context instanceof WitParser.KeywordTypeContext) {
      // accepted by the grammar only to be one error here, not a cascade
      Token keyword = context.getStart();
      build.error(span, "expected a type, found " + TokenDescriptions.found(keyword));
      return new TypeExpr.Named(new Ident(keyword.getText(), span));
    }
    if (context instanceof WitParser.NamedTypeContext named) {
      return new TypeExpr.Named(build.ident(named.id()));
    }
    if (context instanceof WitParser.TupleTypeContext tuple) {
      return new TypeExpr.Tuple(types(tuple.ty()), span);
    }
    if (context instanceof WitParser.ListTypeContext list) {
      Long length = list.INTEGER() == null ? null : fixedLength(list.INTEGER().getSymbol());
      return new TypeExpr.ListOf(type(list.ty()), length, span);
    }
    if (context instanceof WitParser.MapTypeContext map) {
      return new TypeExpr.MapOf(type(map.ty(0)), type(map.ty(1)), span);
    }
    if (context instanceof WitParser.OptionTypeContext option) {
      return new TypeExpr.Option(type(option.ty()), span);
    }
    if (context instanceof WitParser.ResultTypeContext result) {
      List<WitParser.TyContext> types = result.ty();
      if (result.UNDERSCORE() != null) {
        return new TypeExpr.Result(null, type(types.get(0)), span);
      }
      TypeExpr ok = types.isEmpty() ? null : type(types.get(0));
      TypeExpr err = types.size() < 2 ? null : type(types.get(1));
      return new TypeExpr.Result(ok, err, span);
    }
    if (context instanceof WitParser.FutureTypeContext future) {
      return new TypeExpr.Future(future.ty() == null ? null : type(future.ty()), span);
    }
    if (context instanceof WitParser.StreamTypeContext stream) {
      return new TypeExpr.Stream(stream.ty() == null ? null : type(stream.ty()), span);
    }
    if (context instanceof WitParser.OwnTypeContext own) {
      return new TypeExpr.Own(build.ident(own.id()), span);
    }
    WitParser.BorrowTypeContext borrow = (WitParser.BorrowTypeContext) context;
    return new TypeExpr.Borrow(build.ident(borrow.id()), span);
  }

  private List<TypeExpr> types(List<WitParser.TyContext> contexts) {
    List<TypeExpr> types = new ArrayList<>();
    for (WitParser.TyContext context : contexts) {
      types.add(type(context));
    }
    return List.copyOf(types);
  }

  private @Nullable Long fixedLength(org.antlr.v4.runtime.Token token) {
    String digits = token.getText();
    if (token.getStartIndex() < 0) {
      return null;
    }
    long value = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (value == 0) {
      build.error(build.span(token), "a fixed-length list must have at least one element");
    } else if (value > MAX_FIXED_LENGTH) {
      build.error(build.span(token), "fixed-length list size `" + digits + "` is too large");
    }
    return value;
  }
}
