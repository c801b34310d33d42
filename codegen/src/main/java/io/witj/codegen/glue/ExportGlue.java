package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.emit.Signatures;
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
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Typed calls of guest exports: the methods of an exported interface's class (bound once per
 * instance in its constructor), of the world class (world-level exports), and the wrapper class of
 * an exported resource ({@code AutoCloseable}; closing drops the guest's resource).
 */
final class ExportGlue {
  private final AbiClass abi;
  private final CoreNames coreNames;
  private final Map<Integer, Map<Function, String>> fieldNames = new HashMap<>();

  ExportGlue(AbiClass abi, CoreNames coreNames) {
    this.abi = abi;
    this.coreNames = coreNames;
  }

  /**
   * Fills an exported interface's class: {@code abi} field, bound functions, constructor, calls.
   */
  void exportInterface(InterfaceModel model, String keyName, TypeSpec.Builder type) {
    type.addField(abi.className(), "abi", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Binds the exports of one guest instance; called by $T.\n",
                abi.world().worldClass())
            .addParameter(abi.className(), "abi")
            .addStatement("this.abi = abi");
    CallEmitter calls = new CallEmitter(abi, "this.abi.");
    for (FunctionModel f : model.functions()) {
      String field = fieldName(model, f);
      bind(type, constructor, keyName, f, field, "abi");
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

  private void bind(
      TypeSpec.Builder type,
      MethodSpec.Builder constructor,
      @Nullable String keyName,
      FunctionModel f,
      String field,
      String abiVar) {
    String core = coreName(keyName, f);
    type.addField(
        FieldSpec.builder(
                RuntimeNames.GUEST_FUNCTION, field + "Fn", Modifier.PRIVATE, Modifier.FINAL)
            .build());
    type.addField(
        FieldSpec.builder(
                RuntimeNames.CANON_CONTEXT, field + "Cx", Modifier.PRIVATE, Modifier.FINAL)
            .build());
    constructor.addStatement("this.$NFn = $N.function($S)", field, abiVar, core);
    constructor.addStatement("this.$NCx = $N.context($S)", field, abiVar, core);
  }
}
