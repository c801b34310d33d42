package io.witj.parser.resolve;

import io.witj.parser.ast.Ident;
import io.witj.parser.ast.ResourceFunc;
import io.witj.parser.ast.TypeDecl;
import io.witj.parser.ast.TypeExpr;
import io.witj.parser.ast.Use;
import io.witj.parser.diag.Span;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Stability;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the types of one interface or world body: {@code use}d names, named type definitions in
 * dependency order, and type expressions, interning anonymous types per package by structure.
 */
final class TypeResolver {
  private static final int MAX_DEPTH = 1000;

  /** The most labels a {@code flags} type may have (the Component Model: 1..32). */
  static final int MAX_FLAGS = 32;

  private final UnresolvedPackage pkg;
  private final AnonymousTypes anonymous;
  private final PackageResolver items;

  /** The scope of the body being resolved. */
  DefinedNames scope = new DefinedNames();

  TypeResolver(UnresolvedPackage pkg, PackageResolver items) {
    this.pkg = pkg;
    this.items = items;
    this.anonymous = new AnonymousTypes(pkg);
  }

  /** Defines the {@code use}s and the type definitions of a body (given in source order). */
  void resolveTypes(TypeOwner owner, List<Object> members) {
    for (Object member : members) {
      if (member instanceof Use use) {
        resolveUse(owner, use);
      }
    }
    LinkedHashMap<String, List<Ident>> deps = new LinkedHashMap<>();
    LinkedHashMap<String, TypeDecl> defs = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Object member : members) {
      if (member instanceof TypeDecl decl) {
        String name = decl.name().name();
        if (defs.containsKey(name) || used.contains(name)) {
          throw Errors.at(decl.name().span(), "name `" + name + "` is defined more than once");
        }
        defs.put(name, decl);
        deps.put(name, dependencies(decl));
      } else if (member instanceof Use use) {
        for (Use.Name name : use.names()) {
          String local = (name.alias() != null ? name.alias() : name.name()).name();
          deps.put(local, new ArrayList<>());
          defs.remove(local);
          used.add(local);
        }
      }
    }
    for (String name : Toposort.sort("type", deps)) {
      TypeDecl decl = defs.get(name);
      if (decl == null) {
        continue;
      }
      Stability stability = Gates.stability(decl.annotations());
      TypeDefKind kind = declKind(decl, stability);
      int id =
          pkg.allocType(
              new TypeSlot(name, kind, owner, decl.annotations().docs(), stability),
              decl.name().span());
      scope.define(decl.name(), id);
      if (decl instanceof TypeDecl.Record record) {
        pkg.fieldSpans.put(id, record.fields().stream().map(f -> f.name().span()).toList());
      }
    }
  }

  private void resolveUse(TypeOwner owner, Use use) {
    int from = items.interfaceOf(use.path());
    Stability stability = Gates.stability(use.annotations());
    for (Use.Name name : use.names()) {
      DefinedNames.Entry entry = items.interfaceScope(from).get(name.name().name());
      if (entry == null) {
        throw Errors.at(name.name().span(), "name `" + name.name().name() + "` is not defined");
      }
      if (!entry.isType()) {
        throw Errors.at(name.name().span(), "cannot import function `" + name.name().name() + "`");
      }
      Ident local = name.alias() != null ? name.alias() : name.name();
      int id =
          pkg.allocType(
              new TypeSlot(
                  local.name(),
                  new TypeDefKind.AliasType(new TypeRef(entry.typeId())),
                  owner,
                  null,
                  stability),
              name.name().span());
      scope.define(local, id);
    }
  }

  private TypeDefKind declKind(TypeDecl decl, Stability stability) {
    if (decl instanceof TypeDecl.Alias alias) {
      return kindOf(alias.type(), stability, 0);
    }
    if (decl instanceof TypeDecl.Record record) {
      List<TypeDefKind.Field> fields = new ArrayList<>();
      UniqueLabels labels = new UniqueLabels("field");
      for (TypeDecl.Field field : record.fields()) {
        labels.add(field.name());
        fields.add(
            new TypeDefKind.Field(
                field.name().name(), resolve(field.type(), stability, 1), field.docs()));
      }
      return new TypeDefKind.RecordType(List.copyOf(fields));
    }
    if (decl instanceof TypeDecl.Variant variant) {
      if (variant.cases().isEmpty()) {
        throw Errors.at(variant.name().span(), "empty variant");
      }
      List<TypeDefKind.Case> cases = new ArrayList<>();
      UniqueLabels labels = new UniqueLabels("case");
      for (TypeDecl.Case c : variant.cases()) {
        labels.add(c.name());
        Type type = c.type() == null ? null : resolve(c.type(), stability, 1);
        cases.add(new TypeDefKind.Case(c.name().name(), type, c.docs()));
      }
      return new TypeDefKind.VariantType(List.copyOf(cases));
    }
    if (decl instanceof TypeDecl.Enum e) {
      if (e.cases().isEmpty()) {
        throw Errors.at(e.name().span(), "empty enum");
      }
      List<TypeDefKind.EnumCase> cases = new ArrayList<>();
      UniqueLabels labels = new UniqueLabels("case");
      for (TypeDecl.NamedCase c : e.cases()) {
        labels.add(c.name());
        cases.add(new TypeDefKind.EnumCase(c.name().name(), c.docs()));
      }
      return new TypeDefKind.EnumType(List.copyOf(cases));
    }
    if (decl instanceof TypeDecl.Flags flags) {
      if (flags.flags().size() > MAX_FLAGS) {
        throw Errors.at(
            flags.name().span(),
            "flags `"
                + flags.name().name()
                + "` has "
                + flags.flags().size()
                + " labels; the component model allows at most "
                + MAX_FLAGS);
      }
      List<TypeDefKind.Flag> list = new ArrayList<>();
      UniqueLabels labels = new UniqueLabels("flag");
      for (TypeDecl.NamedCase c : flags.flags()) {
        labels.add(c.name());
        list.add(new TypeDefKind.Flag(c.name().name(), c.docs()));
      }
      return new TypeDefKind.FlagsType(List.copyOf(list));
    }
    TypeDecl.Resource resource = (TypeDecl.Resource) decl;
    Set<String> names = new HashSet<>();
    boolean constructor = false;
    for (ResourceFunc func : resource.functions()) {
      if (func instanceof ResourceFunc.Constructor ctor) {
        if (constructor) {
          throw Errors.at(FunctionResolver.constructorSpan(ctor), "duplicate constructors");
        }
        constructor = true;
      } else {
        Ident name =
            func instanceof ResourceFunc.Method m ? m.name() : ((ResourceFunc.Static) func).name();
        if (!names.add(name.name())) {
          throw Errors.at(name.span(), "duplicate function name `" + name.name() + "`");
        }
      }
    }
    return new TypeDefKind.ResourceType();
  }

  /** The kind a type expression gives a definition; an alias kind for names and primitives. */
  private TypeDefKind kindOf(TypeExpr expr, Stability stability, int depth) {
    if (depth > MAX_DEPTH) {
      throw Errors.at(expr.span(), "type nesting too deep");
    }
    int next = depth + 1;
    if (expr instanceof TypeExpr.Primitive p) {
      return new TypeDefKind.AliasType(p.type());
    }
    if (expr instanceof TypeExpr.Named named) {
      return new TypeDefKind.AliasType(new TypeRef(typeNamed(named.name())));
    }
    if (expr instanceof TypeExpr.Own own) {
      return new TypeDefKind.HandleType(false, resource(own.resource()));
    }
    if (expr instanceof TypeExpr.Borrow borrow) {
      return new TypeDefKind.HandleType(true, resource(borrow.resource()));
    }
    if (expr instanceof TypeExpr.Tuple tuple) {
      List<Type> types = new ArrayList<>();
      for (TypeExpr element : tuple.types()) {
        types.add(resolve(element, stability, next));
      }
      return new TypeDefKind.TupleType(List.copyOf(types));
    }
    if (expr instanceof TypeExpr.ListOf list) {
      Type element = resolve(list.element(), stability, next);
      return list.fixedLength() == null
          ? new TypeDefKind.ListType(element)
          : new TypeDefKind.FixedListType(element, list.fixedLength().intValue());
    }
    if (expr instanceof TypeExpr.Option option) {
      return new TypeDefKind.OptionType(resolve(option.type(), stability, next));
    }
    if (expr instanceof TypeExpr.Result result) {
      Type ok = result.ok() == null ? null : resolve(result.ok(), stability, next);
      Type err = result.err() == null ? null : resolve(result.err(), stability, next);
      return new TypeDefKind.ResultType(ok, err);
    }
    if (expr instanceof TypeExpr.MapOf map) {
      Type key = resolve(map.key(), stability, next);
      Type value = resolve(map.value(), stability, next);
      if (!(key instanceof PrimitiveType p)
          || p == PrimitiveType.F32
          || p == PrimitiveType.F64
          || p == PrimitiveType.ERROR_CONTEXT) {
        throw Errors.at(
            map.span(),
            "invalid map key type: map keys must be bool, u8, u16, u32, u64, s8, s16, s32, s64, char, or string");
      }
      return new TypeDefKind.MapType(key, value);
    }
    if (expr instanceof TypeExpr.Future future) {
      return new TypeDefKind.FutureType(
          future.payload() == null ? null : resolve(future.payload(), stability, next));
    }
    TypeExpr.Stream stream = (TypeExpr.Stream) expr;
    return new TypeDefKind.StreamType(
        stream.payload() == null ? null : resolve(stream.payload(), stability, next));
  }

  /** Resolves a type expression in a type position (a field, a parameter, a list element, …). */
  Type resolve(TypeExpr expr, Stability stability) {
    return resolve(expr, stability, 0);
  }

  private Type resolve(TypeExpr expr, Stability stability, int depth) {
    TypeDefKind kind = kindOf(expr, stability, depth);
    return anonymous.intern(kind, stability, expr.span());
  }

  /** The anonymous {@code borrow<resource>} of a method's {@code self}. */
  Type borrowOf(int resourceId, Span span) {
    return anonymous.intern(new TypeDefKind.HandleType(true, resourceId), Stability.UNKNOWN, span);
  }

  @Nullable TypeDefKind kind(Type type) {
    return type instanceof TypeRef ref ? pkg.types.get(ref.id()).kind : null;
  }

  private int typeNamed(Ident name) {
    DefinedNames.Entry entry = scope.get(name.name());
    if (entry == null) {
      throw Errors.at(name.span(), "name `" + name.name() + "` does not exist");
    }
    if (!entry.isType()) {
      throw Errors.at(name.span(), "cannot use function `" + name.name() + "` as a type");
    }
    return entry.typeId();
  }

  private int resource(Ident name) {
    int id = typeNamed(name);
    int current = id;
    while (true) {
      TypeDefKind kind = pkg.types.get(current).kind;
      if (kind instanceof TypeDefKind.ResourceType) {
        return id;
      }
      if (kind == null) {
        pkg.requiredResources.add(new UnresolvedPackage.RequiredResource(current, name.span()));
        return id;
      }
      if (kind instanceof TypeDefKind.AliasType alias && alias.target() instanceof TypeRef ref) {
        current = ref.id();
        continue;
      }
      throw Errors.at(
          name.span(), "type `" + name.name() + "` used in a handle must be a resource");
    }
  }

  /** The names a type definition refers to, in source order (for sorting definitions). */
  private static List<Ident> dependencies(TypeDecl decl) {
    Deque<TypeExpr> pending = new ArrayDeque<>();
    if (decl instanceof TypeDecl.Alias alias) {
      pending.add(alias.type());
    } else if (decl instanceof TypeDecl.Record record) {
      record.fields().forEach(f -> pending.add(f.type()));
    } else if (decl instanceof TypeDecl.Variant variant) {
      for (TypeDecl.Case c : variant.cases()) {
        if (c.type() != null) {
          pending.add(c.type());
        }
      }
    }
    List<Ident> out = new ArrayList<>();
    while (!pending.isEmpty()) {
      TypeExpr expr = pending.removeFirst();
      List<TypeExpr> children = new ArrayList<>();
      if (expr instanceof TypeExpr.Named named) {
        out.add(named.name());
      } else if (expr instanceof TypeExpr.Own own) {
        out.add(own.resource());
      } else if (expr instanceof TypeExpr.Borrow borrow) {
        out.add(borrow.resource());
      } else if (expr instanceof TypeExpr.Tuple tuple) {
        children.addAll(tuple.types());
      } else if (expr instanceof TypeExpr.ListOf list) {
        children.add(list.element());
      } else if (expr instanceof TypeExpr.Option option) {
        children.add(option.type());
      } else if (expr instanceof TypeExpr.Result result) {
        if (result.ok() != null) {
          children.add(result.ok());
        }
        if (result.err() != null) {
          children.add(result.err());
        }
      } else if (expr instanceof TypeExpr.MapOf map) {
        children.add(map.key());
        children.add(map.value());
      } else if (expr instanceof TypeExpr.Future future && future.payload() != null) {
        children.add(future.payload());
      } else if (expr instanceof TypeExpr.Stream stream && stream.payload() != null) {
        children.add(stream.payload());
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.addFirst(children.get(i));
      }
    }
    return out;
  }
}
