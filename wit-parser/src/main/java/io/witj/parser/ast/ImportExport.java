package io.witj.parser.ast;

import io.witj.parser.diag.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code import …} or {@code export …} in a world. {@code name} is null for the {@code import
 * use-path;} form (then {@code type} is a {@link ExternType.Path}).
 */
public record ImportExport(
    boolean export, @Nullable Ident name, ExternType type, Annotations annotations, Span span)
    implements WorldBodyItem {

  /** What is imported or exported. */
  public sealed interface ExternType {
    record Func(FuncType type) implements ExternType {}

    record InlineInterface(List<InterfaceItem> items, Span span) implements ExternType {}

    record Path(UsePath path) implements ExternType {}
  }
}
