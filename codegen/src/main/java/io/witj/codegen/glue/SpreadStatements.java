package io.witj.codegen.glue;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Statements whose number grows with the world (one per imported interface, one per required core
 * export, …), spread over private methods of at most {@link #PER_METHOD} statements each so that no
 * method outgrows the 64 KiB of code a class file allows (JVMS §4.7.3), however large the world. Up
 * to {@link #PER_METHOD} they stay in the method they belong to, as every ordinary world has them.
 */
final class SpreadStatements {
  /**
   * The most statements one method takes: each of the statements spread here compiles to at most
   * about 25 bytes of code, so a method holds at most ~12 KiB of them.
   */
  static final int PER_METHOD = 500;

  private SpreadStatements() {}

  /**
   * Adds {@code statements} to {@code method}, or, when there are more than {@link #PER_METHOD},
   * calls to private methods {@code part$0}, {@code part$1}, … of {@code type} that hold them in
   * order, each taking {@code params} (passed on under the same names).
   *
   * @param isStatic whether the methods holding the statements are static
   */
  static void add(
      TypeSpec.Builder type,
      MethodSpec.Builder method,
      String part,
      List<ParameterSpec> params,
      boolean isStatic,
      List<CodeBlock> statements) {
    if (statements.size() <= PER_METHOD) {
      statements.forEach(method::addStatement);
      return;
    }
    CodeBlock args =
        CodeBlock.join(params.stream().map(p -> CodeBlock.of("$N", p.name())).toList(), ", ");
    for (int from = 0, k = 0; from < statements.size(); from += PER_METHOD, k++) {
      String name = part + "$" + k;
      MethodSpec.Builder chunk =
          MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE).addParameters(params);
      if (isStatic) {
        chunk.addModifiers(Modifier.STATIC);
      }
      statements
          .subList(from, Math.min(from + PER_METHOD, statements.size()))
          .forEach(chunk::addStatement);
      type.addMethod(chunk.build());
      method.addStatement("$N($L)", name, args);
    }
  }
}
