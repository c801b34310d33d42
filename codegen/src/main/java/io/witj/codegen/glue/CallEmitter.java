package io.witj.codegen.glue;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.witj.codegen.abi.RecordLayout;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.Side;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Prints the body of one call across the boundary from its {@link FunctionPlan}: the host side of a
 * guest import (lift the arguments, call the host implementation, lower the result) and a typed call
 * of a guest export (lower the arguments, call, lift the result, post-return). Calls whose values
 * hold borrows run inside a {@code CallScope}.
 */
final class CallEmitter {
  private final AbiClass abi;
  private final ValueCode code;

  CallEmitter(AbiClass abi, String recv) {
    this.abi = abi;
    this.code = new ValueCode(abi, recv);
  }

  /**
   * The {@code WasmFunctionHandle} method of an import.
   *
   * @param target the host object the call goes to; null for a resource method (the lifted
   *     {@code self} is the target)
   */
  MethodSpec importMethod(String name, FunctionPlan plan, FunctionModel model, Side side,
      CodeBlock target, String cxField, String handles) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .returns(long[].class)
        .addParameter(RuntimeNames.INSTANCE, "instance")
        .addParameter(long[].class, "args")
        .varargs(true)
        .addJavadoc("Guest import $L.\n", plan.qualifiedName())
        .addStatement("$T cx = $N", RuntimeNames.CANON_CONTEXT, cxField);
    boolean scoped = usesScope(plan);
    if (scoped) {
      m.beginControlFlow("try ($T scope = $L.beginCall(cx.function()))", RuntimeNames.CALL_SCOPE, handles);
    }
    if (plan.paramsSpilled()) {
      RecordLayout area = plan.paramsArea();
      m.addStatement("int params = (int) args[0]");
      m.addStatement("cx.checkRange(params, $L, $L, $S)", area.layout().size(), area.layout().alignment(), "parameters");
    }
    List<CodeBlock> values = new ArrayList<>();
    for (int k = 0; k < plan.params().size(); k++) {
      FunctionPlan.Param p = plan.params().get(k);
      CodeBlock value = plan.paramsSpilled()
          ? code.load(p.type(), side, Pos.of("params").plus(p.spillOffset()))
          : code.lift(p.type(), side, "args", Pos.constant(p.flatIndex()));
      m.addStatement("$T p$L = $L", abi.types().typeName(p.type(), side), k, value);
      values.add(CodeBlock.of("p$L", k));
    }
    CodeBlock receiver = target;
    if (target == null) {
      receiver = values.remove(0);
    }
    CodeBlock call = CodeBlock.of("$L.$N($L)", receiver, model.javaName(), CodeBlock.join(values, ", "));
    if (plan.result() == null) {
      m.addStatement(call);
      m.addStatement("return null");
    } else {
      m.addStatement("$T result = $L", abi.types().typeName(plan.result(), side), call);
      if (plan.resultSpilled()) {
        RecordLayout area = plan.resultArea();
        int outIndex = plan.lowerParams().size() - 1;
        m.addStatement("int out = (int) args[$L]", outIndex);
        m.addStatement("cx.checkRange(out, $L, $L, $S)", area.layout().size(), area.layout().alignment(), "result");
        m.addStatement(code.store(plan.result(), side, Pos.of("out"), CodeBlock.of("result")));
        m.addStatement("return null");
      } else {
        m.addStatement("long[] results = new long[1]");
        m.addStatement(code.lower(plan.result(), side, CodeBlock.of("result"), "results", Pos.constant(0)));
        m.addStatement("return results");
      }
    }
    if (scoped) {
      m.endControlFlow();
    }
    return m.build();
  }

  /**
   * Adds the body of a typed export call to {@code m} (whose parameters are {@code model}'s).
   *
   * @param self the receiver's value for a resource method ({@code this}), else null
   */
  void exportBody(MethodSpec.Builder m, FunctionPlan plan, FunctionModel model, Side side,
      String fnField, String cxField, String handles, CodeBlock self) {
    m.addStatement("$T cx = $L", RuntimeNames.CANON_CONTEXT, cxField);
    boolean scoped = usesScope(plan);
    if (scoped) {
      m.beginControlFlow("try ($T scope = $L.beginCall(cx.function()))", RuntimeNames.CALL_SCOPE, handles);
    }
    List<CodeBlock> values = new ArrayList<>();
    if (self != null) {
      values.add(self);
    }
    model.paramNames().forEach(n -> values.add(CodeBlock.of("$N", n)));
    if (plan.paramsSpilled()) {
      RecordLayout area = plan.paramsArea();
      m.addStatement("int params = cx.allocate($L, $L)", area.layout().alignment(), area.layout().size());
      for (int k = 0; k < plan.params().size(); k++) {
        FunctionPlan.Param p = plan.params().get(k);
        m.addStatement(code.store(p.type(), side, Pos.of("params").plus(p.spillOffset()), values.get(k)));
      }
      m.addStatement("long[] args = {params}");
    } else {
      m.addStatement("long[] args = new long[$L]", plan.abi().flatParams().size());
      for (int k = 0; k < plan.params().size(); k++) {
        FunctionPlan.Param p = plan.params().get(k);
        m.addStatement(code.lower(p.type(), side, values.get(k), "args", Pos.constant(p.flatIndex())));
      }
    }
    m.addStatement("long[] results = $L.call(args)", fnField);
    if (plan.result() == null) {
      m.addStatement("$L.postReturn(results)", fnField);
    } else {
      TypeName type = abi.types().typeName(plan.result(), side);
      if (plan.resultSpilled()) {
        RecordLayout area = plan.resultArea();
        m.addStatement("int ptr = (int) results[0]");
        m.addStatement("cx.checkRange(ptr, $L, $L, $S)", area.layout().size(), area.layout().alignment(), "result");
        m.addStatement("$T result = $L", type, code.load(plan.result(), side, Pos.of("ptr")));
      } else {
        m.addStatement("$T result = $L", type, code.lift(plan.result(), side, "results", Pos.constant(0)));
      }
      m.addStatement("$L.postReturn(results)", fnField);
      m.addStatement("return result");
    }
    if (scoped) {
      m.endControlFlow();
    }
  }

  private boolean usesScope(FunctionPlan plan) {
    boolean params = plan.params().stream().anyMatch(p -> abi.needsScope(p.type()));
    return params || (plan.result() != null && abi.needsScope(plan.result()));
  }
}
