package io.witj.parser.resolve;

import io.witj.parser.ast.Ident;
import io.witj.parser.diag.Span;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The names defined in one interface or world body, in definition order: types (with their id in
 * the package's type arena) and functions (which may not be used as types).
 */
final class DefinedNames {
  /** A defined name: a type ({@code typeId >= 0}) or a function ({@code typeId == -1}). */
  record Entry(int typeId, Span span) {
    boolean isType() {
      return typeId >= 0;
    }
  }

  final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  void define(Ident name, int typeId) {
    if (entries.putIfAbsent(name.name(), new Entry(typeId, name.span())) != null) {
      throw Errors.at(name.span(), "name `" + name.name() + "` is defined more than once");
    }
  }

  @Nullable Entry get(String name) {
    return entries.get(name);
  }
}
