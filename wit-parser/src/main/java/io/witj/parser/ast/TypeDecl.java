package io.witj.parser.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named type definition in an interface or world. */
public sealed interface TypeDecl extends InterfaceItem, WorldBodyItem {
  Ident name();

  Annotations annotations();

  record Alias(Ident name, TypeExpr type, Annotations annotations) implements TypeDecl {}

  record Record(Ident name, List<Field> fields, Annotations annotations) implements TypeDecl {}

  record Variant(Ident name, List<Case> cases, Annotations annotations) implements TypeDecl {}

  record Enum(Ident name, List<NamedCase> cases, Annotations annotations) implements TypeDecl {}

  record Flags(Ident name, List<NamedCase> flags, Annotations annotations) implements TypeDecl {}

  /** {@code resource r;} has no functions; {@code resource r { … }} lists them in order. */
  record Resource(Ident name, List<ResourceFunc> functions, Annotations annotations)
      implements TypeDecl {}

  record Field(Ident name, TypeExpr type, @Nullable String docs) {}

  /** A variant case; {@code type} is null without payload. */
  record Case(Ident name, @Nullable TypeExpr type, @Nullable String docs) {}

  /** An enum case or a flag. */
  record NamedCase(Ident name, @Nullable String docs) {}
}
