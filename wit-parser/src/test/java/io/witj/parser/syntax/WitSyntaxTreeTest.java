package io.witj.parser.syntax;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.ast.Attribute;
import io.witj.parser.ast.FuncDecl;
import io.witj.parser.ast.ImportExport;
import io.witj.parser.ast.Include;
import io.witj.parser.ast.InterfaceDecl;
import io.witj.parser.ast.NestedPackage;
import io.witj.parser.ast.ResourceFunc;
import io.witj.parser.ast.TopLevelUse;
import io.witj.parser.ast.TypeDecl;
import io.witj.parser.ast.TypeExpr;
import io.witj.parser.ast.Use;
import io.witj.parser.ast.UsePath;
import io.witj.parser.ast.WitFile;
import io.witj.parser.ast.WorldDecl;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.model.PrimitiveType;
import org.junit.jupiter.api.Test;

/** The syntax tree built for valid input. */
class WitSyntaxTreeTest {

  private static WitFile parse(String text) {
    return WitSyntax.parse(new SourceFile("t.wit", text));
  }

  private static InterfaceDecl onlyInterface(String body) {
    return (InterfaceDecl) parse("package a:b;\ninterface i {\n" + body + "\n}\n").items().get(0);
  }

  private static TypeExpr aliasType(String type) {
    return ((TypeDecl.Alias) onlyInterface("type t = " + type + ";").items().get(0)).type();
  }

  @Test
  void packageHeaderWithFullSemver() {
    WitFile file = parse("package my-ns:pkg@1.0.0-rc.1+build.5;");
    assertThat(file.header().path().namespace().name()).isEqualTo("my-ns");
    assertThat(file.header().path().name().name()).isEqualTo("pkg");
    assertThat(file.header().path().version()).isEqualTo("1.0.0-rc.1+build.5");
    assertThat(file.items()).isEmpty();
  }

  @Test
  void percentEscapesMakeKeywordsNames() {
    InterfaceDecl i =
        (InterfaceDecl)
            parse(
                    "package a:%b;\ninterface %interface { %type: func(%list: list<u8>) -> %result; }")
                .items()
                .get(0);
    assertThat(i.name().name()).isEqualTo("interface");
    FuncDecl f = (FuncDecl) i.items().get(0);
    assertThat(f.name().name()).isEqualTo("type");
    assertThat(f.type().params().get(0).name().name()).isEqualTo("list");
    assertThat(((TypeExpr.Named) f.type().result()).name().name()).isEqualTo("result");
    assertThat(f.name().span().column()).isEqualTo(24);
  }

  @Test
  void allResultShapes() {
    TypeExpr.Result both = (TypeExpr.Result) aliasType("result<u32, string>");
    assertThat(((TypeExpr.Primitive) both.ok()).type()).isEqualTo(PrimitiveType.U32);
    assertThat(((TypeExpr.Primitive) both.err()).type()).isEqualTo(PrimitiveType.STRING);
    TypeExpr.Result errOnly = (TypeExpr.Result) aliasType("result<_, string>");
    assertThat(errOnly.ok()).isNull();
    assertThat(errOnly.err()).isNotNull();
    TypeExpr.Result okOnly = (TypeExpr.Result) aliasType("result<u8>");
    assertThat(okOnly.ok()).isNotNull();
    assertThat(okOnly.err()).isNull();
    TypeExpr.Result bare = (TypeExpr.Result) aliasType("result");
    assertThat(bare.ok()).isNull();
    assertThat(bare.err()).isNull();
  }

  @Test
  void containerAndHandleTypes() {
    assertThat(((TypeExpr.ListOf) aliasType("list<u8, 4>")).fixedLength()).isEqualTo(4L);
    assertThat(((TypeExpr.ListOf) aliasType("list<u8>")).fixedLength()).isNull();
    TypeExpr.MapOf map = (TypeExpr.MapOf) aliasType("map<string, list<u8>>");
    assertThat(map.value()).isInstanceOf(TypeExpr.ListOf.class);
    assertThat(((TypeExpr.Future) aliasType("future")).payload()).isNull();
    assertThat(((TypeExpr.Stream) aliasType("stream<u8>")).payload()).isNotNull();
    assertThat(((TypeExpr.Tuple) aliasType("tuple<u8, s64, char,>")).types()).hasSize(3);
    assertThat(((TypeExpr.Own) aliasType("own<r>")).resource().name()).isEqualTo("r");
    assertThat(((TypeExpr.Borrow) aliasType("borrow<r>")).resource().name()).isEqualTo("r");
    assertThat(((TypeExpr.Primitive) aliasType("error-context")).type())
        .isEqualTo(PrimitiveType.ERROR_CONTEXT);
    assertThat(((TypeExpr.Option) aliasType("option<f64>")).type().span().column()).isEqualTo(17);
  }

  @Test
  void resourcesWithConstructorsMethodsAndStatics() {
    TypeDecl.Resource r =
        (TypeDecl.Resource)
            onlyInterface(
                    "resource r {\n constructor(a: u32) -> result<r>;\n m: async func();\n"
                        + " s: static async func() -> r;\n @since(version = 1.0.0)\n t: static func();\n}")
                .items()
                .get(0);
    assertThat(r.functions()).hasSize(4);
    ResourceFunc.Constructor c = (ResourceFunc.Constructor) r.functions().get(0);
    assertThat(c.params()).hasSize(1);
    assertThat(c.result()).isInstanceOf(TypeExpr.Result.class);
    assertThat(((ResourceFunc.Method) r.functions().get(1)).type().async()).isTrue();
    assertThat(((ResourceFunc.Static) r.functions().get(2)).type().async()).isTrue();
    assertThat(r.functions().get(3).annotations().find(Attribute.Since.class).version())
        .isEqualTo("1.0.0");
  }

  @Test
  void typeDefinitionsAllowTrailingCommas() {
    InterfaceDecl i =
        onlyInterface(
            "record p { x: u32, y: u32, }\nvariant v { a, b(string), }\nenum e { x, y, }\n"
                + "flags f { r, w, }\nresource bare;\nf1: func(a: u8, b: u8,);");
    assertThat(((TypeDecl.Record) i.items().get(0)).fields()).hasSize(2);
    TypeDecl.Variant v = (TypeDecl.Variant) i.items().get(1);
    assertThat(v.cases().get(0).type()).isNull();
    assertThat(v.cases().get(1).type()).isNotNull();
    assertThat(((TypeDecl.Enum) i.items().get(2)).cases()).hasSize(2);
    assertThat(((TypeDecl.Flags) i.items().get(3)).flags()).hasSize(2);
    assertThat(((TypeDecl.Resource) i.items().get(4)).functions()).isEmpty();
    assertThat(((FuncDecl) i.items().get(5)).type().params()).hasSize(2);
  }

  @Test
  void worldItemsInEveryForm() {
    WorldDecl w =
        (WorldDecl)
            parse(
                    "package a:b;\nworld w {\n"
                        + "  import local;\n"
                        + "  import wasi:io/streams@0.2.0;\n"
                        + "  import named: local;\n"
                        + "  @external-id(\"db:\\u{41}\")\n  import primary: wasi:keyvalue/store@0.2.0;\n"
                        + "  export run: async func() -> u32;\n"
                        + "  export inline: interface { f: func(); }\n"
                        + "  use wasi:io/streams@0.2.0.{input-stream as is, output-stream};\n"
                        + "  type t = u8;\n"
                        + "  include other with { a as b, c as d }\n"
                        + "  include wasi:cli/imports@0.2.0;\n"
                        + "}\n")
                .items()
                .get(0);
    ImportExport local = (ImportExport) w.items().get(0);
    assertThat(local.name()).isNull();
    assertThat(((ImportExport.ExternType.Path) local.type()).path())
        .isInstanceOf(UsePath.Local.class);
    ImportExport foreign = (ImportExport) w.items().get(1);
    assertThat(foreign.name()).isNull();
    UsePath.Foreign path = (UsePath.Foreign) ((ImportExport.ExternType.Path) foreign.type()).path();
    assertThat(path.pkg().namespace().name()).isEqualTo("wasi");
    assertThat(path.pkg().name().name()).isEqualTo("io");
    assertThat(path.pkg().version()).isEqualTo("0.2.0");
    assertThat(path.name().name()).isEqualTo("streams");
    ImportExport named = (ImportExport) w.items().get(2);
    assertThat(named.name().name()).isEqualTo("named");
    ImportExport primary = (ImportExport) w.items().get(3);
    assertThat(primary.name().name()).isEqualTo("primary");
    assertThat(primary.annotations().find(Attribute.ExternalId.class).value()).isEqualTo("db:A");
    assertThat(((ImportExport.ExternType.Path) primary.type()).path())
        .isInstanceOf(UsePath.Foreign.class);
    ImportExport run = (ImportExport) w.items().get(4);
    assertThat(run.export()).isTrue();
    assertThat(((ImportExport.ExternType.Func) run.type()).type().async()).isTrue();
    assertThat(((ImportExport) w.items().get(5)).type())
        .isInstanceOf(ImportExport.ExternType.InlineInterface.class);
    Use use = (Use) w.items().get(6);
    assertThat(use.names().get(0).alias().name()).isEqualTo("is");
    assertThat(use.names().get(1).alias()).isNull();
    assertThat(w.items().get(7)).isInstanceOf(TypeDecl.Alias.class);
    Include include = (Include) w.items().get(8);
    assertThat(include.renames()).hasSize(2);
    assertThat(include.renames().get(1).to().name()).isEqualTo("d");
    assertThat(((Include) w.items().get(9)).path()).isInstanceOf(UsePath.Foreign.class);
  }

  @Test
  void topLevelUseAndNestedPackages() {
    WitFile file =
        parse(
            "use wasi:io/streams@0.2.0 as s;\n"
                + "package a:inner@1.0.0 {\n  interface i {}\n}\n"
                + "package a:other { world w {} }\n");
    assertThat(file.header()).isNull();
    TopLevelUse use = (TopLevelUse) file.items().get(0);
    assertThat(use.alias().name()).isEqualTo("s");
    NestedPackage inner = (NestedPackage) file.items().get(1);
    assertThat(inner.decl().path().version()).isEqualTo("1.0.0");
    assertThat(inner.items()).hasSize(1);
    assertThat(((NestedPackage) file.items().get(2)).items().get(0)).isInstanceOf(WorldDecl.class);
  }

  @Test
  void featureGates() {
    InterfaceDecl i =
        (InterfaceDecl)
            parse(
                    "package a:b@1.0.0;\n@since(version = 1.0.0)\n@deprecated(version = 1.1.0)\n"
                        + "@unstable(feature = fancy-thing)\ninterface i {}")
                .items()
                .get(0);
    assertThat(i.annotations().attributes()).hasSize(3);
    assertThat(i.annotations().find(Attribute.Deprecated.class).version()).isEqualTo("1.1.0");
    assertThat(i.annotations().find(Attribute.Unstable.class).feature().name())
        .isEqualTo("fancy-thing");
  }
}
