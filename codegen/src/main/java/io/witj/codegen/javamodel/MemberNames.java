package io.witj.codegen.javamodel;

import io.witj.codegen.names.JavaNames;
import io.witj.codegen.names.NameScope;
import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names inside one interface's Java type: nested types and their members, and methods. Rules:
 *
 * <ul>
 *   <li>nested types in WIT order; the enclosing type's name is reserved;
 *   <li>record components in WIT order; variant case records (reserving the variant's and the
 *       enclosing type's names); enum and flags constants;
 *   <li>methods of the interface type: first the free functions in WIT order, then constructors
 *       ({@code new} + resource name) and static functions ({@code resource-name} + function name)
 *       in WIT order, so a free function keeps its natural name;
 *   <li>methods of a resource type ({@code [method]r.f} → {@code f}) with {@link
 *       GlueNames#RESOURCE} reserved; parameters per function ({@code self} dropped for methods),
 *       nothing reserved: the glue's locals in call bodies start with {@code $}, which converted
 *       names never contain.
 * </ul>
 */
final class MemberNames {

  private MemberNames() {}

  /** Whether {@code def} gets its own Java declaration. */
  static boolean isDeclared(TypeDef def) {
    TypeDefKind kind = def.kind();
    return def.name() != null
        && def.owner() != null
        && (kind instanceof TypeDefKind.RecordType
            || kind instanceof TypeDefKind.VariantType
            || kind instanceof TypeDefKind.EnumType
            || kind instanceof TypeDefKind.FlagsType
            || kind instanceof TypeDefKind.ResourceType);
  }

  /** Declared types of one Java type (named {@code enclosing}), by type id, in the given order. */
  static Map<Integer, DeclaredType> declare(Map<Integer, TypeDef> defs, String enclosing) {
    NameScope types = new NameScope().reserve(enclosing);
    Map<Integer, DeclaredType> out = new LinkedHashMap<>();
    defs.forEach(
        (id, def) -> {
          String simple = types.claim(JavaNames.upperCamel(def.requireName()));
          out.put(id, new DeclaredType(id, def, simple, members(def, List.of(enclosing, simple))));
        });
    return out;
  }

  private static List<String> members(TypeDef def, List<String> enclosing) {
    TypeDefKind kind = def.kind();
    if (kind instanceof TypeDefKind.RecordType record) {
      NameScope scope = new NameScope();
      return record.fields().stream()
          .map(f -> scope.claim(JavaNames.lowerCamel(f.name())))
          .toList();
    }
    if (kind instanceof TypeDefKind.VariantType variant) {
      NameScope scope = NameScope.reserving(enclosing);
      return variant.cases().stream()
          .map(c -> scope.claim(JavaNames.upperCamel(c.name())))
          .toList();
    }
    if (kind instanceof TypeDefKind.EnumType enumType) {
      NameScope scope = new NameScope();
      return enumType.cases().stream()
          .map(c -> scope.claim(JavaNames.upperSnake(c.name())))
          .toList();
    }
    if (kind instanceof TypeDefKind.FlagsType flags) {
      NameScope scope = new NameScope();
      return flags.flags().stream().map(f -> scope.claim(JavaNames.upperSnake(f.name()))).toList();
    }
    return List.of();
  }

  /** Function models for {@code functions} (all of one interface or world side), by WIT name. */
  static Map<String, FunctionModel> functions(Collection<Function> functions) {
    Map<String, String> javaNames = new HashMap<>();
    NameScope outer = new NameScope();
    Map<Integer, NameScope> resources = new HashMap<>();
    for (Function f : functions) {
      FunctionKind.Kind kind = f.kind().kind();
      if (kind == FunctionKind.Kind.FREESTANDING || kind == FunctionKind.Kind.ASYNC_FREESTANDING) {
        javaNames.put(f.name(), outer.claim(JavaNames.lowerCamel(f.name())));
      } else if (kind == FunctionKind.Kind.METHOD || kind == FunctionKind.Kind.ASYNC_METHOD) {
        NameScope scope =
            resources.computeIfAbsent(
                f.kind().resourceId(), r -> NameScope.reserving(GlueNames.RESOURCE));
        javaNames.put(f.name(), scope.claim(JavaNames.lowerCamel(dotted(f.name())[1])));
      }
    }
    for (Function f : functions) {
      FunctionKind.Kind kind = f.kind().kind();
      if (kind == FunctionKind.Kind.CONSTRUCTOR) {
        String resource = f.name().substring(f.name().indexOf(']') + 1);
        javaNames.put(f.name(), outer.claim("new" + JavaNames.upperCamel(resource)));
      } else if (kind == FunctionKind.Kind.STATIC || kind == FunctionKind.Kind.ASYNC_STATIC) {
        String[] parts = dotted(f.name());
        javaNames.put(f.name(), outer.claim(JavaNames.lowerCamel(parts[0] + "-" + parts[1])));
      }
    }
    Map<String, FunctionModel> out = new LinkedHashMap<>();
    for (Function f : functions) {
      out.put(f.name(), model(f, Objects.requireNonNull(javaNames.get(f.name()))));
    }
    return out;
  }

  private static FunctionModel model(Function f, String javaName) {
    boolean method =
        f.kind().kind() == FunctionKind.Kind.METHOD
            || f.kind().kind() == FunctionKind.Kind.ASYNC_METHOD;
    List<Function.Param> params = method ? f.params().subList(1, f.params().size()) : f.params();
    NameScope scope = new NameScope();
    List<String> names = new ArrayList<>();
    params.forEach(p -> names.add(scope.claim(JavaNames.lowerCamel(p.name()))));
    return new FunctionModel(f, javaName, List.copyOf(params), List.copyOf(names));
  }

  /** {@code [method]r.f} → {@code [r, f]}. */
  private static String[] dotted(String mangled) {
    String plain = mangled.substring(mangled.indexOf(']') + 1);
    int dot = plain.indexOf('.');
    return new String[] {plain.substring(0, dot), plain.substring(dot + 1)};
  }
}
