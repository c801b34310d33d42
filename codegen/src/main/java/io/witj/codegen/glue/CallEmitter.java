package io.witj.codegen.glue;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.witj.codegen.abi.RecordLayout;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.Side;
import io.witj.parser.model.Type;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Prints the body of one call across the boundary from its {@link FunctionPlan}: the host side of a
 * guest import (lift the arguments, call the host implementation, lower the result) and a typed
 * call of a guest export (lower the arguments, call, lift the result, post-return, or for
 * wit-bindgen 0.2 guests free the result's strings and lists, see {@link ResultBlocks}). Calls
 * whose values hold borrows run inside a {@code CallScope}. A trapping import call loses no host
 * object: own arguments are lifted inside a {@code LiftTransaction} (put back on a trap), the
 * out-pointer is checked before the host runs, and host objects of a result whose lowering trapped
 * are closed unless the guest's table already holds them ({@link HostObjectRelease}). Lifting
 * values that hold strings, lists or maps starts with {@code $cx.resetLiftBudget()}, the per-call
 * budget that stops aliased pointers from making the host allocate more than the guest's memory
 * holds (see {@code CanonContext}); other values have a size fixed by their type and skip it.
 */
final class CallEmitter {
  /*
   * The parameters and locals of call bodies. They start with '$', which converted WIT names never
   * contain, so the WIT-named parameters of a typed export call neither clash with nor shadow them
   * (fields are reached through 'this.' for the same reason).
   */
  static final String ARGS = "$args";
  static final String CX = "$cx";
  static final String SCOPE = "$scope";
  static final String LIFT = "$lift";
  static final String FAILURE = "$failure";
  static final String HELD = "$held";
  static final String PARAMS = "$params";
  static final String RESULTS = "$results";
  static final String RESULT = "$result";
  static final String PTR = "$ptr";
  static final String OUT = "$out";
  static final String BLOCKS = "$blocks";

  private final AbiClass abi;
  private final String recv;
  private final ValueCode code;

  /**
   * @param recv how the bodies reach the {@code Abi} instance: {@code "abi."} in import methods,
   *     {@code "this.abi."} or {@code "this.owner.abi."} in export calls
   */
  CallEmitter(AbiClass abi, String recv) {
    this.abi = abi;
    this.recv = recv;
    this.code = new ValueCode(abi, recv, CX, SCOPE);
  }

  /**
   * The {@code HostImport.Handler} method of an import: called with the context of the lowering
   * (its memory, allocator and string encoding) and the flat core arguments.
   *
   * @param target the host object the call goes to; null for a resource method (the lifted {@code
   *     self} is the target)
   */
  MethodSpec importMethod(
      String name,
      FunctionPlan plan,
      FunctionModel model,
      Side side,
      @Nullable CodeBlock target,
      String handles) {
    MethodSpec.Builder m =
        handlerMethod(name).addJavadoc("Guest import $L.\n", plan.qualifiedName());
    if (plan.params().stream().anyMatch(p -> abi.liftReadsPayload(p.type()))) {
      m.addStatement("$N.resetLiftBudget()", CX);
    }
    boolean scoped = usesScope(plan);
    if (scoped) {
      m.beginControlFlow(
          "try ($T $N = $L.beginCall($N.function()))", RuntimeNames.CALL_SCOPE, SCOPE, handles, CX);
    }
    // own handles lifted out of the table go back if a later argument traps (see LiftTransaction)
    boolean moves = plan.params().stream().anyMatch(p -> abi.holdsOwn(p.type()));
    if (moves) {
      m.beginControlFlow(
          "try ($T $N = $L.beginLift())", RuntimeNames.LIFT_TRANSACTION, LIFT, handles);
    }
    if (plan.paramsSpilled()) {
      RecordLayout area = plan.paramsArea();
      m.addStatement("int $N = (int) $N[0]", PARAMS, ARGS);
      m.addStatement(
          "$N.checkRange($N, $L, $L, $S)",
          CX,
          PARAMS,
          area.layout().size(),
          area.layout().alignment(),
          "parameters");
    }
    List<CodeBlock> values = new ArrayList<>();
    for (int k = 0; k < plan.params().size(); k++) {
      FunctionPlan.Param p = plan.params().get(k);
      CodeBlock value =
          plan.paramsSpilled()
              ? code.load(p.type(), side, Pos.of(PARAMS).plus(p.spillOffset()))
              : code.lift(p.type(), side, ARGS, Pos.constant(p.flatIndex()));
      m.addStatement("$T p$L = $L", abi.types().typeName(p.type(), side), k, value);
      values.add(CodeBlock.of("p$L", k));
    }
    if (moves) {
      m.addStatement("$N.commit()", LIFT);
    }
    if (plan.resultSpilled()) {
      // checked before the host runs, so what it returns (e.g. new resources) is not lost to a trap
      RecordLayout area = plan.resultArea();
      int outIndex = plan.lowerParams().size() - 1;
      m.addStatement("int $N = (int) $N[$L]", OUT, ARGS, outIndex);
      m.addStatement(
          "$N.checkRange($N, $L, $L, $S)",
          CX,
          OUT,
          area.layout().size(),
          area.layout().alignment(),
          "result");
    }
    CodeBlock receiver = target;
    if (target == null) {
      receiver = values.remove(0);
    }
    CodeBlock call =
        CodeBlock.of("$L.$N($L)", receiver, model.javaName(), CodeBlock.join(values, ", "));
    if (plan.result() == null) {
      m.addStatement(call);
      m.addStatement("return null");
    } else {
      m.addStatement("$T $N = $L", abi.types().typeName(plan.result(), side), RESULT, call);
      HostObjectRelease release = new HostObjectRelease(abi);
      boolean hostObjects = release.holdsHostObjects(plan.result(), side);
      if (hostObjects) {
        m.beginControlFlow("try");
      }
      if (plan.resultSpilled()) {
        m.addStatement(code.store(plan.result(), side, Pos.of(OUT), CodeBlock.of("$N", RESULT)));
        m.addStatement("return null");
      } else {
        m.addStatement("long[] $N = new long[1]", RESULTS);
        m.addStatement(
            code.lower(plan.result(), side, CodeBlock.of("$N", RESULT), RESULTS, Pos.constant(0)));
        m.addStatement("return $N", RESULTS);
      }
      if (hostObjects) {
        // lowering trapped: close the host objects of the result the guest's table never received
        m.nextControlFlow("catch ($T $N)", RuntimeException.class, FAILURE);
        m.addStatement(
            "$T<$T> $N = $L.heldReps()", java.util.Set.class, Object.class, HELD, handles);
        m.addCode(release.release(plan.result(), side, CodeBlock.of("$N", RESULT), HELD, FAILURE));
        m.addStatement("throw $N", FAILURE);
        m.endControlFlow();
      }
    }
    if (moves) {
      m.endControlFlow();
    }
    if (scoped) {
      m.endControlFlow();
    }
    return m.build();
  }

  /**
   * Adds the body of a typed export call to {@code m} (whose parameters are {@code model}'s). The
   * fields it names ({@code fnField}, {@code cxField}, {@code handles}) must be qualified with
   * {@code this.}, as a WIT parameter may shadow them.
   *
   * @param self the receiver's value for a resource method ({@code this}), else null
   */
  void exportBody(
      MethodSpec.Builder m,
      FunctionPlan plan,
      FunctionModel model,
      Side side,
      String fnField,
      String cxField,
      String handles,
      @Nullable CodeBlock self) {
    m.addStatement("$T $N = $L", RuntimeNames.CANON_CONTEXT, CX, cxField);
    boolean scoped = usesScope(plan);
    if (scoped) {
      m.beginControlFlow(
          "try ($T $N = $L.beginCall($N.function()))", RuntimeNames.CALL_SCOPE, SCOPE, handles, CX);
    }
    List<CodeBlock> values = new ArrayList<>();
    if (self != null) {
      values.add(self);
    }
    model.paramNames().forEach(n -> values.add(CodeBlock.of("$N", n)));
    if (plan.paramsSpilled()) {
      RecordLayout area = plan.paramsArea();
      m.addStatement(
          "int $N = $N.allocate($L, $L)",
          PARAMS,
          CX,
          area.layout().alignment(),
          area.layout().size());
      for (int k = 0; k < plan.params().size(); k++) {
        FunctionPlan.Param p = plan.params().get(k);
        m.addStatement(
            code.store(p.type(), side, Pos.of(PARAMS).plus(p.spillOffset()), values.get(k)));
      }
      m.addStatement("long[] $N = {$N}", ARGS, PARAMS);
    } else {
      m.addStatement("long[] $N = new long[$L]", ARGS, plan.abi().flatParams().size());
      for (int k = 0; k < plan.params().size(); k++) {
        FunctionPlan.Param p = plan.params().get(k);
        m.addStatement(
            code.lower(p.type(), side, values.get(k), ARGS, Pos.constant(p.flatIndex())));
      }
    }
    m.addStatement("long[] $N = $L.call($N)", RESULTS, fnField, ARGS);
    boolean hostFrees = abi.flavour().hostFreesResults();
    if (plan.result() == null) {
      if (!hostFrees) {
        m.addStatement("$L.postReturn($N)", fnField, RESULTS);
      }
    } else {
      TypeName type = abi.types().typeName(plan.result(), side);
      if (abi.liftReadsPayload(plan.result())) {
        // after the guest returned: a re-entrant call of the same export cannot eat this budget
        m.addStatement("$N.resetLiftBudget()", CX);
      }
      if (plan.resultSpilled()) {
        RecordLayout area = plan.resultArea();
        m.addStatement("int $N = (int) $N[0]", PTR, RESULTS);
        m.addStatement(
            "$N.checkRange($N, $L, $L, $S)",
            CX,
            PTR,
            area.layout().size(),
            area.layout().alignment(),
            "result");
        m.addStatement("$T $N = $L", type, RESULT, code.load(plan.result(), side, Pos.of(PTR)));
      } else {
        m.addStatement(
            "$T $N = $L", type, RESULT, code.lift(plan.result(), side, RESULTS, Pos.constant(0)));
      }
      if (!hostFrees) {
        m.addStatement("$L.postReturn($N)", fnField, RESULTS);
      } else if (plan.resultSpilled()) {
        freeResult(m, plan.result());
      }
      m.addStatement("return $N", RESULT);
    }
    if (scoped) {
      m.endControlFlow();
    }
  }

  /** A {@code HostImport.Handler} method: {@code long[] name(CanonContext $cx, long[] $args)}. */
  static MethodSpec.Builder handlerMethod(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .returns(long[].class)
        .addParameter(RuntimeNames.CANON_CONTEXT, CX)
        .addParameter(long[].class, ARGS);
  }

  /** wit-bindgen 0.2: the result's strings and lists are the host's to free, once copied. */
  private void freeResult(MethodSpec.Builder m, Type result) {
    ResultBlocks blocks = new ResultBlocks(abi.layout(), CX, BLOCKS);
    if (!blocks.holdsBlocks(result)) {
      return;
    }
    m.addStatement(
        "$T $N = new $T()", RuntimeNames.GUEST_BLOCKS, BLOCKS, RuntimeNames.GUEST_BLOCKS);
    m.addCode(blocks.collect(result, Pos.of(PTR)));
    m.addStatement("$Lfree($N)", recv, BLOCKS);
  }

  private boolean usesScope(FunctionPlan plan) {
    boolean params = plan.params().stream().anyMatch(p -> abi.needsScope(p.type()));
    return params || (plan.result() != null && abi.needsScope(plan.result()));
  }
}
