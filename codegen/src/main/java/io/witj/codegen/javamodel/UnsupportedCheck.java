package io.witj.codegen.javamodel;

import io.witj.parser.model.Function;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds what the generator does not support yet: async functions, {@code future}, {@code stream}
 * and {@code error-context} anywhere inside a type, and tuples without a {@code TupleN} class.
 * Answers are reasons ("async functions are not supported yet") or null.
 */
final class UnsupportedCheck {

  private final Resolve resolve;
  private final Map<Integer, String> byType = new HashMap<>();

  UnsupportedCheck(Resolve resolve) {
    this.resolve = resolve;
  }

  /** Why {@code function} cannot be generated, or null. */
  @Nullable String reason(Function function) {
    if (function.kind().isAsync()) {
      return "async functions are not supported yet";
    }
    for (Function.Param param : function.params()) {
      String reason = reason(param.type());
      if (reason != null) {
        return reason;
      }
    }
    return function.result() == null ? null : reason(function.result());
  }

  /** Why a value of {@code type} cannot be generated, or null. */
  @Nullable String reason(Type type) {
    if (type == PrimitiveType.ERROR_CONTEXT) {
      return "error-context is not supported yet";
    }
    if (type instanceof TypeRef ref) {
      return reasonForDef(ref.id());
    }
    return null;
  }

  /** Why the type definition {@code typeId} cannot be generated, or null. */
  @Nullable String reasonForDef(int typeId) {
    if (byType.containsKey(typeId)) {
      return byType.get(typeId);
    }
    String reason = compute(resolve.type(typeId));
    byType.put(typeId, reason);
    return reason;
  }

  private @Nullable String compute(TypeDef def) {
    TypeDefKind kind = def.kind();
    if (kind instanceof TypeDefKind.FutureType) {
      return "future types are not supported yet";
    }
    if (kind instanceof TypeDefKind.StreamType) {
      return "stream types are not supported yet";
    }
    if (kind instanceof TypeDefKind.AliasType alias) {
      return reason(resolve.dealias(alias.target()));
    }
    if (kind instanceof TypeDefKind.TupleType tuple
        && (tuple.types().isEmpty() || tuple.types().size() > JavaTypes.MAX_TUPLE)) {
      return "tuples of "
          + tuple.types().size()
          + " members are not supported (1 to "
          + JavaTypes.MAX_TUPLE
          + " are)";
    }
    for (Type part : kind.valueTypes()) {
      String reason = reason(part);
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }
}
