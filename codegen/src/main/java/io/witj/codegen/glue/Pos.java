package io.witj.codegen.glue;

import com.palantir.javapoet.CodeBlock;
import org.jspecify.annotations.Nullable;

/**
 * A position in generated code: a variable plus a constant offset, or a constant alone. Used for
 * memory addresses ({@code addr + 8}) and indices into flat value arrays ({@code i + 1}).
 */
record Pos(@Nullable String base, int offset) {

  static Pos of(String base) {
    return new Pos(base, 0);
  }

  static Pos constant(int offset) {
    return new Pos(null, offset);
  }

  Pos plus(int more) {
    return new Pos(base, offset + more);
  }

  CodeBlock code() {
    if (base == null) {
      return CodeBlock.of("$L", offset);
    }
    return offset == 0 ? CodeBlock.of("$N", base) : CodeBlock.of("$N + $L", base, offset);
  }
}
