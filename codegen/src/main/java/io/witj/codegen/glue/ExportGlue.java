package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.abi.CoreSignature;
import io.witj.codegen.declarations.Signatures;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.names.NameScope;
import io.witj.parser.model.Function;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Typed calls of guest exports: the methods of an exported interface's class (bound once per
 * instance in its constructor, or under core names chosen at run time for interfaces bound so), of
 * the world class (world-level exports), and the wrapper class of an exported resource ({@code
 * AutoCloseable}; closing drops the guest's resource).
 */
final class ExportGlue {
  private final AbiClass abi;
  private final CoreNames coreNames;
  private final Set<Integer> runTimeBound;
  private final Map<Integer, Map<Function, String>> fieldNames = new HashMap<>();

  /**
   * @param runTimeBound the exported interfaces whose core export names are chosen at run time
   */
  ExportGlue(AbiClass abi, CoreNames coreNames, Set<Integer> runTimeBound) {
    this.abi = abi;
    this.coreNames = coreNames;
    this.runTimeBound = Set.copyOf(runTimeBound);
  }

  /** Whether exported interface {@code interfaceId} is bound to core names chosen at run time. */
  boolean boundAtRunTime(int interfaceId) {
    return runTimeBound.contains(interfaceId);
  }

  /**
   * Fills an exported interface's class: {@code abi} field, bound functions, constructor, calls.
   */
  void exportInterface(InterfaceModel model, String keyName, TypeSpec.Builder type) {
    type.addField(abi.className(), "abi", Modifier.PRIVATE, Modifier.FINAL);
    boolean atRunTime = boundAtRunTime(model.interfaceId());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(abi.className(), "abi")
            .addStatement("this.abi = abi");
    if (atRunTime) {
      constructor
          .addJavadoc(
              "Binds the exports of one guest instance under core names chosen now: {@code"
                  + " coreName}\ngives the core export of each function from its WIT name. Called"
                  + " by $T.\n\n@throws $T if the guest does not export one of them with the"
                  + " function's core type\n",
              abi.world().worldClass(),
              RuntimeNames.GUEST_LOAD_EXCEPTION)
          .addParameter(ParameterizedTypeName.get(UnaryOperator.class, String.class), "coreName");
    } else {
      constructor.addJavadoc(
          "Binds the exports of one guest instance; called by $T.\n", abi.world().worldClass());
    }
    CallEmitter calls = new CallEmitter(abi, "this.abi.");
    for (FunctionModel f : model.functions()) {
      String field = fieldName(model, f);
      if (atRunTime) {
        bindAtRunTime(type, constructor, keyName, f, field);
      } else {
        bind(type, constructor, keyName, f, field, "abi");
      }
      MethodSpec.Builder m = Signatures.of(f, abi.types(), Side.EXPORT);
      calls.exportBody(
          m,
          plan(keyName, f),
          f,
          Side.EXPORT,
          "this." + field + "Fn",
          "this." + field + "Cx",
          "this.abi.handles()",
          null);
      type.addMethod(m.build());
    }
    for (DeclaredType t : model.types()) {
      for (FunctionModel f : model.resourceMethods().getOrDefault(t.typeId(), List.of())) {
        bind(type, constructor, keyName, f, fieldName(model, f), "abi");
      }
    }
    type.addMethod(constructor.build());
  }

  /** Turns an exported resource's class into the wrapper of one guest resource. */
  void exportedResource(
      InterfaceModel model, DeclaredType resource, String keyName, TypeSpec.Builder type) {
    ClassName owner = model.className();
    type.addSuperinterface(AutoCloseable.class)
        .addField(owner, "owner", Modifier.PRIVATE, Modifier.FINAL)
        .addField(RuntimeNames.GUEST_RESOURCE, "handle", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    "Wraps a resource the guest handed out; called by the generated glue, not by hosts.\n")
                .addParameter(owner, "owner")
                .addParameter(RuntimeNames.GUEST_RESOURCE, "handle")
                .addStatement("this.owner = owner")
                .addStatement("this.handle = handle")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("handle")
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeNames.GUEST_RESOURCE)
                .addJavadoc("The guest resource this object owns.\n")
                .addStatement("return handle")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    "Drops the resource: the guest's destructor runs once; later calls do nothing.\n")
                .addStatement("handle.close()")
                .build());
    CallEmitter calls = new CallEmitter(abi, "this.owner.abi.");
    for (FunctionModel f : model.resourceMethods().getOrDefault(resource.typeId(), List.of())) {
      String field = "this.owner." + fieldName(model, f);
      MethodSpec.Builder m = Signatures.of(f, abi.types(), Side.EXPORT);
      calls.exportBody(
          m,
          plan(keyName, f),
          f,
          Side.EXPORT,
          field + "Fn",
          field + "Cx",
          "this.owner.abi.handles()",
          CodeBlock.of("this"));
      type.addMethod(m.build());
    }
  }

  /** World-level exports as methods of the world class; fields are bound by {@code constructor}. */
  void worldExports(
      List<FunctionModel> functions, TypeSpec.Builder type, MethodSpec.Builder constructor) {
    CallEmitter calls = new CallEmitter(abi, "this.abi.");
    for (FunctionModel f : functions) {
      String field = f.javaName();
      bind(type, constructor, null, f, field, "abi");
      MethodSpec.Builder m = Signatures.of(f, abi.types(), Side.IMPORT);
      calls.exportBody(
          m,
          plan(null, f),
          f,
          Side.IMPORT,
          "this." + field + "Fn",
          "this." + field + "Cx",
          "this.abi.handles()",
          null);
      type.addMethod(m.build());
    }
  }

  /**
   * The base name of the {@code …Fn} and {@code …Cx} fields binding export {@code f} in {@code
   * model}'s class: the method name for functions, {@code resourceMethod} for resource methods,
   * made unique in the class in WIT order.
   */
  private String fieldName(InterfaceModel model, FunctionModel f) {
    Map<Function, String> names =
        fieldNames.computeIfAbsent(
            model.interfaceId(),
            id -> {
              Map<Function, String> out = new HashMap<>();
              NameScope scope = NameScope.reserving(List.of("abi"));
              model.functions().forEach(g -> out.put(g.function(), scope.claim(g.javaName())));
              for (DeclaredType t : model.types()) {
                for (FunctionModel g :
                    model.resourceMethods().getOrDefault(t.typeId(), List.of())) {
                  String resource = t.simpleName();
                  out.put(
                      g.function(),
                      scope.claim(
                          Character.toLowerCase(resource.charAt(0))
                              + resource.substring(1)
                              + Character.toUpperCase(g.javaName().charAt(0))
                              + g.javaName().substring(1)));
                }
              }
              return out;
            });
    return Objects.requireNonNull(names.get(f.function()));
  }

  /** The core export names the world class must find in the guest. */
  String coreName(@Nullable String keyName, FunctionModel f) {
    return coreNames.exportFunction(keyName, f.function());
  }

  private FunctionPlan plan(@Nullable String keyName, FunctionModel f) {
    return FunctionPlan.of(abi.layout(), coreName(keyName, f), f.function());
  }

  /**
   * Binds {@code f} to the core export {@code coreName} names for it, checking its core type (the
   * lifted signature) at once.
   */
  private void bindAtRunTime(
      TypeSpec.Builder type,
      MethodSpec.Builder constructor,
      @Nullable String keyName,
      FunctionModel f,
      String field) {
    addFields(type, field);
    CoreSignature lift = plan(keyName, f).abi().lift();
    constructor.addStatement(
        "this.$NFn = abi.function(coreName.apply($S), $L)",
        field,
        f.function().name(),
        WorldClassEmitter.functionType(lift.params(), lift.results()));
    constructor.addStatement("this.$NCx = abi.context(this.$NFn.name())", field, field);
  }

  private static void addFields(TypeSpec.Builder type, String field) {
    type.addField(
        FieldSpec.builder(
                RuntimeNames.GUEST_FUNCTION, field + "Fn", Modifier.PRIVATE, Modifier.FINAL)
            .build());
    type.addField(
        FieldSpec.builder(
                RuntimeNames.CANON_CONTEXT, field + "Cx", Modifier.PRIVATE, Modifier.FINAL)
            .build());
  }

  private void bind(
      TypeSpec.Builder type,
      MethodSpec.Builder constructor,
      @Nullable String keyName,
      FunctionModel f,
      String field,
      String abiVar) {
    String core = coreName(keyName, f);
    addFields(type, field);
    CoreSignature lift = plan(keyName, f).abi().lift();
    constructor.addStatement(
        "this.$NFn = $N.function($S, $L)",
        field,
        abiVar,
        core,
        WorldClassEmitter.functionType(lift.params(), lift.results()));
    constructor.addStatement("this.$NCx = $N.context($S)", field, abiVar, core);
  }
}
