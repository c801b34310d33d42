package io.witj.codegen.glue;

import com.palantir.javapoet.CodeBlock;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.javamodel.Side;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Prints the four Canonical ABI operations for a value of any type as Java code: {@code load} from
 * and {@code store} to guest memory, {@code lift} from and {@code lower} into a {@code long[]} of
 * flat core values. Primitives, strings, primitive lists and handles are printed inline as calls
 * into runtime-support; every other type calls a helper method of the world's {@code Abi} class
 * (requested from {@link AbiClass}, which generates it once).
 *
 * <p>The code assumes a {@code CanonContext} and, for types holding a borrow, a {@code CallScope}
 * in scope, under the names given to the constructor ({@code cx} and {@code scope} in the {@code
 * Abi} helpers, {@code $cx} and {@code $scope} in call bodies). Flat values follow Chicory's
 * representation (every core value a {@code long}): 32-bit values are written zero-extended and
 * read by truncation, so a payload in a wider joined variant slot needs no extra coercion.
 */
final class ValueCode {
  private final AbiClass abi;
  private final AbiLayout layout;
  private final String recv;
  private final String cx;
  private final String scope;

  /**
   * @param recv how code reaches the {@code Abi} instance: {@code ""} inside it, {@code
   *     "this.abi."} outside
   * @param cx the name of the {@code CanonContext} in scope
   * @param scope the name of the {@code CallScope} in scope (used only for types holding a borrow)
   */
  ValueCode(AbiClass abi, String recv, String cx, String scope) {
    this.abi = abi;
    this.layout = abi.layout();
    this.recv = recv;
    this.cx = cx;
    this.scope = scope;
  }

  /** An expression loading a value of {@code type} from address {@code addr}. */
  CodeBlock load(Type type, Side side, Pos addr) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      if (p == PrimitiveType.STRING) {
        return CodeBlock.of("$T.load($N, $L)", RuntimeNames.STRING_CODEC, cx, addr.code());
      }
      return CodeBlock.of("$N.load$L($L)", cx, primitiveSuffix(p), addr.code());
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof TypeDefKind.HandleType) {
      return liftHandle(t, side, CodeBlock.of("$N.loadInt($L)", cx, addr.code()));
    }
    if (isPairType(t)) {
      return read(
          t,
          side,
          CodeBlock.of("$N.loadInt($L)", cx, addr.code()),
          CodeBlock.of("$N.loadInt($L)", cx, addr.plus(4).code()));
    }
    return CodeBlock.of(
        "$Lload$L($N, $L$L)", recv, abi.helper(t, side), cx, scopeArg(t), addr.code());
  }

  /** A statement (without semicolon) storing {@code value} of {@code type} at {@code addr}. */
  CodeBlock store(Type type, Side side, Pos addr, CodeBlock value) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      if (p == PrimitiveType.STRING) {
        return CodeBlock.of(
            "$T.store($N, $L, $L)", RuntimeNames.STRING_CODEC, cx, addr.code(), value);
      }
      return CodeBlock.of("$N.store$L($L, $L)", cx, primitiveSuffix(p), addr.code(), value);
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof TypeDefKind.HandleType) {
      return CodeBlock.of("$N.storeInt($L, $L)", cx, addr.code(), lowerHandle(t, side, value));
    }
    if (isPairType(t)) {
      return CodeBlock.of("$N.storePtrLen($L, $L)", cx, addr.code(), write(t, side, value));
    }
    return CodeBlock.of(
        "$Lstore$L($N, $L$L, $L)", recv, abi.helper(t, side), cx, scopeArg(t), addr.code(), value);
  }

  /** An expression lifting a value of {@code type} from {@code flat[index…]}. */
  CodeBlock lift(Type type, Side side, String flat, Pos index) {
    Type t = layout.dealias(type);
    CodeBlock slot = CodeBlock.of("$N[$L]", flat, index.code());
    if (t instanceof PrimitiveType p) {
      return switch (p) {
        case BOOL -> CodeBlock.of("$T.liftBool((int) $L)", RuntimeNames.FLAT, slot);
        case U8, S8 -> CodeBlock.of("(byte) $L", slot);
        case U16, S16 -> CodeBlock.of("(short) $L", slot);
        case U32, S32 -> CodeBlock.of("(int) $L", slot);
        case U64, S64 -> slot;
        case F32 -> CodeBlock.of("$T.i64ToF32($L)", RuntimeNames.FLAT, slot);
        case F64 -> CodeBlock.of("$T.i64ToF64($L)", RuntimeNames.FLAT, slot);
        case CHAR -> CodeBlock.of("$N.liftChar((int) $L)", cx, slot);
        case STRING ->
            CodeBlock.of(
                "$T.lift($N, (int) $L, (int) $N[$L])",
                RuntimeNames.STRING_CODEC,
                cx,
                slot,
                flat,
                index.plus(1).code());
        case ERROR_CONTEXT -> throw unsupported(PrimitiveType.ERROR_CONTEXT);
      };
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof TypeDefKind.HandleType) {
      return liftHandle(t, side, CodeBlock.of("(int) $L", slot));
    }
    if (isPairType(t)) {
      return read(
          t,
          side,
          CodeBlock.of("(int) $L", slot),
          CodeBlock.of("(int) $N[$L]", flat, index.plus(1).code()));
    }
    return CodeBlock.of(
        "$Llift$L($N, $L$N, $L)", recv, abi.helper(t, side), cx, scopeArg(t), flat, index.code());
  }

  /**
   * A statement (without semicolon) lowering {@code value} of {@code type} into {@code
   * flat[index…]}.
   */
  CodeBlock lower(Type type, Side side, CodeBlock value, String flat, Pos index) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      if (p == PrimitiveType.STRING) {
        return CodeBlock.of(
            "$T.putPtrLen($N, $L, $T.lower($N, $L))",
            RuntimeNames.FLAT_VALUES,
            flat,
            index.code(),
            RuntimeNames.STRING_CODEC,
            cx,
            value);
      }
      return CodeBlock.of("$N[$L] = $L", flat, index.code(), lowerPrimitive(p, value));
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof TypeDefKind.HandleType) {
      return CodeBlock.of(
          "$N[$L] = $T.i32ToI64($L)",
          flat,
          index.code(),
          RuntimeNames.FLAT,
          lowerHandle(t, side, value));
    }
    if (isPairType(t)) {
      return CodeBlock.of(
          "$T.putPtrLen($N, $L, $L)",
          RuntimeNames.FLAT_VALUES,
          flat,
          index.code(),
          write(t, side, value));
    }
    return CodeBlock.of(
        "$Llower$L($N, $L$L, $N, $L)",
        recv,
        abi.helper(t, side),
        cx,
        scopeArg(t),
        value,
        flat,
        index.code());
  }

  /** The flat core value of primitive {@code p}, zero-extended to a {@code long}. */
  private CodeBlock lowerPrimitive(PrimitiveType p, CodeBlock value) {
    return switch (p) {
      case BOOL -> CodeBlock.of("$T.lowerBool($L)", RuntimeNames.FLAT, value);
      case U8 -> CodeBlock.of("$L & 0xFF", value);
      case U16 -> CodeBlock.of("$L & 0xFFFF", value);
      case S8, S16, U32, S32 -> CodeBlock.of("$T.i32ToI64($L)", RuntimeNames.FLAT, value);
      case U64, S64 -> value;
      case F32 -> CodeBlock.of("$T.f32ToI64($L)", RuntimeNames.FLAT, value);
      case F64 -> CodeBlock.of("$T.f64ToI64($L)", RuntimeNames.FLAT, value);
      case CHAR -> CodeBlock.of("$T.i32ToI64($N.lowerChar($L))", RuntimeNames.FLAT, cx, value);
      case STRING, ERROR_CONTEXT -> throw unsupported(p);
    };
  }

  /** Lifts a list or map from a (pointer, length) pair. */
  CodeBlock read(Type type, Side side, CodeBlock ptr, CodeBlock len) {
    Type t = layout.dealias(type);
    String bulk = bulkSuffix(t);
    if (bulk != null) {
      return CodeBlock.of("$T.lift$L($N, $L, $L)", RuntimeNames.LIST_CODEC, bulk, cx, ptr, len);
    }
    return CodeBlock.of(
        "$Lread$L($N, $L$L, $L)", recv, abi.helper(t, side), cx, scopeArg(t), ptr, len);
  }

  /** Lowers a list or map into a fresh guest allocation; the packed (pointer, length). */
  CodeBlock write(Type type, Side side, CodeBlock value) {
    Type t = layout.dealias(type);
    String bulk = bulkSuffix(t);
    if (bulk != null) {
      return CodeBlock.of("$T.lower$L($N, $L)", RuntimeNames.LIST_CODEC, bulk, cx, value);
    }
    return CodeBlock.of("$Lwrite$L($N, $L$L)", recv, abi.helper(t, side), cx, scopeArg(t), value);
  }

  private CodeBlock liftHandle(Type t, Side side, CodeBlock handle) {
    TypeDefKind.HandleType h = (TypeDefKind.HandleType) Objects.requireNonNull(layout.kind(t));
    String name = abi.resource(h.resourceId(), side);
    return h.borrow()
        ? CodeBlock.of("$LliftBorrow$L($N, $N, $L)", recv, name, cx, scope, handle)
        : CodeBlock.of("$LliftOwn$L($N, $L)", recv, name, cx, handle);
  }

  private CodeBlock lowerHandle(Type t, Side side, CodeBlock value) {
    TypeDefKind.HandleType h = (TypeDefKind.HandleType) Objects.requireNonNull(layout.kind(t));
    String name = abi.resource(h.resourceId(), side);
    return h.borrow()
        ? CodeBlock.of("$LlowerBorrow$L($N, $N, $L)", recv, name, cx, scope, value)
        : CodeBlock.of("$LlowerOwn$L($N, $L)", recv, name, cx, value);
  }

  private CodeBlock scopeArg(Type t) {
    return abi.needsScope(t) ? CodeBlock.of("$N, ", scope) : CodeBlock.of("");
  }

  /** Lists and maps: two flat {@code i32}s, a (pointer, length) pair in memory. */
  private boolean isPairType(Type t) {
    TypeDefKind kind = layout.kind(t);
    return kind instanceof TypeDefKind.ListType || kind instanceof TypeDefKind.MapType;
  }

  /** The {@code ListCodec} suffix ({@code Ints}, …) when {@code t} is a list of primitives. */
  @Nullable String bulkSuffix(Type t) {
    if (!(layout.kind(t) instanceof TypeDefKind.ListType list)) {
      return null;
    }
    return elementBulkSuffix(list.element());
  }

  /**
   * The {@code ListCodec} suffix for elements of type {@code element}, or null if not primitive.
   */
  @Nullable String elementBulkSuffix(Type element) {
    if (!(layout.dealias(element) instanceof PrimitiveType p)) {
      return null;
    }
    return switch (p) {
      case BOOL -> "Booleans";
      case U8, S8 -> "Bytes";
      case U16, S16 -> "Shorts";
      case U32, S32 -> "Ints";
      case U64, S64 -> "Longs";
      case F32 -> "Floats";
      case F64 -> "Doubles";
      case CHAR -> "Chars";
      case STRING, ERROR_CONTEXT -> null;
    };
  }

  private static String primitiveSuffix(PrimitiveType p) {
    return switch (p) {
      case BOOL -> "Bool";
      case U8, S8 -> "Byte";
      case U16, S16 -> "Short";
      case U32, S32 -> "Int";
      case U64, S64 -> "Long";
      case F32 -> "Float";
      case F64 -> "Double";
      case CHAR -> "Char";
      case STRING, ERROR_CONTEXT -> throw unsupported(p);
    };
  }

  private static IllegalArgumentException unsupported(PrimitiveType p) {
    return new IllegalArgumentException(p.witName() + " has no lift/lower glue");
  }
}
