package io.witj.parser.resolve;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.WitException;
import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.Interface;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import io.witj.parser.syntax.WitSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResolverTest {
  private static Resolve resolve(String text, String... features) {
    return Resolver.resolve(
        List.of(WitSyntax.parse(new SourceFile("test.wit", text))), List.of(), Set.of(features));
  }

  private static Diagnostic error(String text) {
    WitException e = assertThrows(WitException.class, () -> resolve(text));
    return e.primary();
  }

  private static List<String> keys(java.util.Map<WorldKey, WorldItem> items, Resolve r) {
    List<String> out = new ArrayList<>();
    for (WorldKey key : items.keySet()) {
      out.add(
          key instanceof WorldKey.Name n
              ? n.name()
              : r.iface(((WorldKey.OfInterface) key).interfaceId()).name());
    }
    return out;
  }

  @Test
  void interfacesAndTypesAreAllocatedInDependencyOrder() {
    Resolve r =
        resolve(
            "package a:b;\n"
                + "interface foo { use bar.{t}; type u = list<v>; type v = t; }\n"
                + "interface bar { type t = u32; }\n");
    assertThat(r.iface(0).name()).isEqualTo("bar");
    assertThat(r.iface(1).name()).isEqualTo("foo");
    Interface foo = r.iface(1);
    assertThat(List.copyOf(foo.types().keySet())).containsExactly("t", "v", "u").inOrder();
    assertThat(r.type(foo.types().get("u")).kind())
        .isEqualTo(new TypeDefKind.ListType(new TypeRef(foo.types().get("v"))));
    assertThat(r.type(foo.types().get("t")).kind())
        .isEqualTo(new TypeDefKind.AliasType(new TypeRef(r.iface(0).types().get("t"))));
  }

  @Test
  void anonymousTypesAreInternedAndAllocatedBeforeTheirUser() {
    Resolve r =
        resolve(
            "package a:b;\ninterface i { f: func(x: list<u32>) -> list<u32>; g: func(y: list<u32>); }\n");
    assertThat(r.types()).hasSize(1);
    assertThat(r.type(0).kind()).isEqualTo(new TypeDefKind.ListType(PrimitiveType.U32));
    Function g = r.iface(0).functions().get("g");
    assertThat(g.params().get(0).type()).isEqualTo(new TypeRef(0));
  }

  @Test
  void resourceFunctionsAreMangledWithHandles() {
    Resolve r =
        resolve(
            "package a:b;\ninterface i { resource r { constructor(); m: func(); s: static func() -> r; } }\n");
    Interface i = r.iface(0);
    int res = i.types().get("r");
    assertThat(List.copyOf(i.functions().keySet()))
        .containsExactly("[constructor]r", "[method]r.m", "[static]r.s")
        .inOrder();
    Function m = i.functions().get("[method]r.m");
    assertThat(m.kind()).isEqualTo(new FunctionKind(FunctionKind.Kind.METHOD, res));
    assertThat(r.type(((TypeRef) m.params().get(0).type()).id()).kind())
        .isEqualTo(new TypeDefKind.HandleType(true, res));
    Function ctor = i.functions().get("[constructor]r");
    assertThat(r.type(((TypeRef) ctor.result()).id()).kind())
        .isEqualTo(new TypeDefKind.HandleType(false, res));
    assertThat(i.functions().get("[static]r.s").result()).isEqualTo(ctor.result());
  }

  @Test
  void worldUseImportsTheInterfaceImplicitlyBeforeTheType() {
    Resolve r =
        resolve(
            "package a:b;\ninterface i { type t = u8; }\nworld w { use i.{t}; import f: func() -> t; }\n");
    World w = r.world(0);
    assertThat(keys(w.imports(), r)).containsExactly("i", "t", "f").inOrder();
    assertThat(w.imports().get(new WorldKey.OfInterface(0)))
        .isInstanceOf(WorldItem.InterfaceItem.class);
  }

  @Test
  void includeFlattensWithRenames() {
    Resolve r =
        resolve(
            "package a:b;\nworld base { import f: func(); export g: func(); }\n"
                + "world top { include base with { f as h } }\n");
    World top = r.world(1);
    assertThat(keys(top.imports(), r)).containsExactly("h");
    assertThat(keys(top.exports(), r)).containsExactly("g");
    assertThat(
            ((WorldItem.FunctionItem) top.imports().get(new WorldKey.Name("h"))).function().name())
        .isEqualTo("h");
  }

  @Test
  void unstableItemsFollowEnabledFeatures() {
    String wit =
        "package a:b@1.0.0;\ninterface i {\n  @unstable(feature = x)\n  f: func();\n  @since(version = 1.0.0)\n  g: func();\n}\n";
    assertThat(resolve(wit).iface(0).functions().keySet()).containsExactly("g");
    Resolve on = resolve(wit, "x");
    assertThat(on.iface(0).functions().keySet()).containsExactly("f", "g").inOrder();
    assertThat(on.iface(0).functions().get("f").stability())
        .isEqualTo(new Stability.Unstable("x", null));
  }

  @Test
  void sinceAfterThePackageVersionIsRejected() {
    Diagnostic d =
        error("package a:b@0.1.0;\ninterface i {\n  @since(version = 0.2.0)\n  type t = u32;\n}\n");
    assertThat(d.message()).contains("unreleased version 0.2.0");
    assertThat(d.span().line()).isEqualTo(4);
  }

  @Test
  void errorsPointAtTheOffendingName() {
    Diagnostic cycle = error("package a:b;\ninterface i {\n  type a = b;\n  type b = a;\n}\n");
    assertThat(cycle.message()).isEqualTo("type `b` depends on itself");
    assertThat(cycle.span().line()).isEqualTo(3);
    assertThat(cycle.span().column()).isEqualTo(12);

    Diagnostic unknown = error("package a:b;\ninterface i {\n  f: func(x: nope);\n}\n");
    assertThat(unknown.message()).isEqualTo("name `nope` does not exist");
    assertThat(unknown.span().column()).isEqualTo(14);

    Diagnostic borrow =
        error("package a:b;\ninterface i {\n  resource r;\n  f: func() -> borrow<r>;\n}\n");
    assertThat(borrow.message()).contains("contains a `borrow<T>`");
    assertThat(borrow.span().line()).isEqualTo(4);
  }

  @Test
  void duplicatesAndShadowingAreRejected() {
    assertThat(error("package a:b;\ninterface i { type x = u8; type x = u16; }\n").message())
        .isEqualTo("name `x` is defined more than once");
    assertThat(error("package a:b;\ninterface i {}\nworld i {}\n").message())
        .isEqualTo("duplicate item named `i`");
    assertThat(error("package a:b;\ninterface i { f: func(); g: func() -> f; }\n").message())
        .isEqualTo("cannot use function `f` as a type");
  }

  @Test
  void flagsHaveAtMost32Labels() {
    StringBuilder labels = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      labels.append(i == 0 ? "" : ", ").append("l").append(i);
    }
    Resolve ok = resolve("package a:b;\ninterface i { flags full { " + labels + " } }\n");
    assertThat(ok.iface(0).types()).containsKey("full");
    Diagnostic tooMany =
        error("package a:b;\ninterface i {\n  flags big { " + labels + ", l32 }\n}\n");
    assertThat(tooMany.message())
        .isEqualTo("flags `big` has 33 labels; the component model allows at most 32");
    assertThat(tooMany.span().line()).isEqualTo(3);
    assertThat(tooMany.span().column()).isEqualTo(9);
  }

  @Test
  void worldNamesDifferingOnlyInCaseAreRejected() {
    Diagnostic funcs =
        error("package a:b;\nworld w {\n  import get-x: func();\n  import GET-X: func();\n}\n");
    assertThat(funcs.message())
        .isEqualTo(
            "import `GET-X` conflicts with prior import `get-x`: names that differ only in case"
                + " are the same name in a component");
    assertThat(funcs.span().line()).isEqualTo(4);
    assertThat(funcs.span().column()).isEqualTo(10);
    assertThat(
            error("package a:b;\ninterface i {}\nworld w { export run: func(); export RUN: i; }\n")
                .message())
        .startsWith("export `RUN` conflicts with prior export `run`");
    assertThat(error("package a:b;\nworld w { type t = u8; import T: func(); }\n").message())
        .startsWith("import `T` conflicts with prior import `t`");
    Diagnostic included =
        error(
            "package a:b;\nworld base { import get-x: func(); }\n"
                + "world w {\n  import GET-X: func();\n  include base;\n}\n");
    assertThat(included.message()).startsWith("import `get-x` conflicts with prior import `GET-X`");
    assertThat(included.span().line()).isEqualTo(5);
    // imports and exports are separate name spaces, as in a component
    Resolve both = resolve("package a:b;\nworld w { import run: func(); export RUN: func(); }\n");
    assertThat(both.world(0).imports()).hasSize(1);
    assertThat(both.world(0).exports()).hasSize(1);
  }

  @Test
  void labelsMustBeUniqueUpToCase() {
    Diagnostic field =
        error("package a:b;\ninterface i {\n  record r { a: u32, b: u8, a: u32 }\n}\n");
    assertThat(field.message()).isEqualTo("field `a` is defined more than once");
    assertThat(field.span().line()).isEqualTo(3);
    assertThat(field.span().column()).isEqualTo(29);
    assertThat(error("package a:b;\ninterface i { variant v { c, c(u8) } }\n").message())
        .isEqualTo("case `c` is defined more than once");
    assertThat(error("package a:b;\ninterface i { enum e { x-y, X-Y } }\n").message())
        .isEqualTo("case `X-Y` is defined more than once");
    assertThat(error("package a:b;\ninterface i { flags f { g, h, g } }\n").message())
        .isEqualTo("flag `g` is defined more than once");
    assertThat(error("package a:b;\ninterface i { f: func(a: u32, A: u32); }\n").message())
        .isEqualTo("param `A` is defined more than once");
    assertThat(
            error("package a:b;\ninterface i { resource r { m: func(self: u32); } }\n").message())
        .isEqualTo("param `self` is defined more than once");
  }

  @Test
  void missingPackageHeaderHasNoLocation() {
    Diagnostic d = error("interface i {}\n");
    assertThat(d.span()).isNull();
    assertThat(d.message()).contains("no `package` header");
  }

  @Test
  void nestedPackagesComeBeforeTheirUsers() {
    Resolve r =
        resolve(
            "package z:root;\npackage a:dep { interface i { type t = u8; } }\n"
                + "interface j { use a:dep/i.{t}; }\n");
    assertThat(r.pkg(0).name().toString()).isEqualTo("a:dep");
    assertThat(r.pkg(1).name().toString()).isEqualTo("z:root");
    assertThat(r.mainPackages()).containsExactly(0, 1);
  }
}
