package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.FunctionModel;
import io.witj.codegen.javamodel.GlueNames;
import io.witj.codegen.javamodel.InterfaceModel;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.names.NameScope;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The host side of one imported interface, as a class nested in {@code HostGlue} (named after the
 * interface, e.g. {@code StoreGlue}): the builder's implementation, one handler method per
 * function, {@code [resource-drop]} of each of its resources, and {@code addTo(imports, hints)},
 * which lists them as {@code HostImport}s — or, when the builder has no implementation, says how to
 * give one. A class per interface keeps each class's constant pool and each method's code bounded
 * by one interface, however many the world imports.
 */
final class InterfaceImportGlue {
  static final String ADD_TO = "addTo";

  private final AbiClass abi;
  private final CoreNames names;
  private final CallEmitter calls;
  private final InterfaceModel model;
  private final String module;
  private final String impl;
  private final TypeSpec.Builder type;
  private final MethodSpec.Builder addTo;
  private final List<MethodSpec> handlers = new ArrayList<>();
  private final NameScope methodNames = NameScope.reserving(List.of(ADD_TO));

  /**
   * The glue of {@code model}, whose functions the guest imports from core module {@code module},
   * as class {@code self} built from {@code builder}'s implementation.
   */
  InterfaceImportGlue(
      AbiClass abi,
      CoreNames names,
      InterfaceModel model,
      String module,
      ClassName self,
      ClassName builder) {
    this.abi = abi;
    this.names = names;
    this.calls = new CallEmitter(abi, "abi.");
    this.model = model;
    this.module = module;
    this.impl = model.memberName() + "Impl";
    this.type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The host side of $L: the builder's implementation\nbehind the guest's core"
                    + " imports, lowered with the options of each use.\n",
                model.witName())
            .addField(abi.className(), "abi", Modifier.PRIVATE, Modifier.FINAL)
            .addField(model.className(), impl, Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(builder, "builder")
                    .addParameter(abi.className(), "abi")
                    .addStatement("this.abi = abi")
                    .addStatement("this.$N = builder.$N", impl, GlueNames.field(model.memberName()))
                    .build());
    this.addTo =
        MethodSpec.methodBuilder(ADD_TO)
            .addParameter(ImportGlue.hostImports(), "imports")
            .addParameter(ImportGlue.hints(), "hints")
            .addJavadoc(
                "Adds the host functions of $L to {@code imports} if the builder implements it,"
                    + "\nelse how to implement it to {@code hints}.\n",
                model.witName())
            .beginControlFlow("if ($N == null)", impl)
            .addStatement(
                "hints.put($S, $S)",
                module,
                "call ." + model.memberName() + "(...) on the builder");
    String dropModule = names.importResourceDropModule(module);
    if (!dropModule.equals(module)) {
      addTo.addStatement(
          "hints.put($S, $S)",
          dropModule,
          "resource drops: set the imported interfaces on the builder");
    }
    addTo.addStatement("return").endControlFlow();
  }

  /** The finished class, with a handler and a registration for every import of the interface. */
  TypeSpec build() {
    for (FunctionModel f : model.functions()) {
      function(f, CodeBlock.of("$N", impl), "");
    }
    for (DeclaredType t : model.resources()) {
      for (FunctionModel f : model.resourceMethods().getOrDefault(t.typeId(), List.of())) {
        function(f, null, t.simpleName());
      }
      String resource = abi.resource(t.typeId(), Side.IMPORT);
      String field = names.importResourceDrop(t.def().requireName());
      String dropModule = names.importResourceDropModule(module);
      String method = methodNames.claim("drop" + resource);
      handlers.add(
          ImportGlue.intrinsicHandler(method, dropModule, field, "drop", resource, List.of()));
      addTo.addStatement(
          ImportGlue.registration(dropModule, field, ImportGlue.I32, List.of(), method));
    }
    return type.addMethod(addTo.build()).addMethods(handlers).build();
  }

  /**
   * @param resource the resource's simple name for a method ({@code importCursorNext}), else empty
   */
  private void function(FunctionModel f, @Nullable CodeBlock target, String resource) {
    String field = names.importFunction(f.function());
    FunctionPlan plan = FunctionPlan.of(abi.layout(), module + "#" + field, f.function());
    String method =
        methodNames.claim(
            "import"
                + resource
                + Character.toUpperCase(f.javaName().charAt(0))
                + f.javaName().substring(1));
    handlers.add(calls.importMethod(method, plan, f, Side.IMPORT, target, "abi.handles()"));
    addTo.addStatement(
        ImportGlue.registration(module, field, plan.lowerParams(), plan.lowerResults(), method));
  }
}
