package io.witj.codegen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.codegen.javamodel.JavaLimits;
import io.witj.parser.WitSources;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import java.io.DataInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid WIT either generates Java that compiles with {@code -Xlint:all -Werror}, or {@code
 * generate} fails with a diagnostic at the WIT definition, never with code javac rejects: parameter
 * lists and records at and beyond the JVM's 255 parameter slots, enums at and beyond the case
 * limit, doc comments with HTML and Javadoc tags, the JDK's packages, and package maps that put two
 * WIT items into one Java class.
 */
class JavaExpressibilityTest {
  @TempDir Path dir;

  private static GenerationResult generate(String wit, GeneratorOptions options) {
    return WitjGeneration.builder(
            new WitSources(List.of(new SourceFile("wit/t.wit", wit)), List.of()))
        .options(options)
        .build()
        .generate();
  }

  private static GenerationResult generate(String wit) {
    return generate(wit, GeneratorOptions.builder().basePackage("com.example").build());
  }

  /** Writes the generated files and compiles them; returns the generated sources, concatenated. */
  private String compiles(GenerationResult result) throws Exception {
    assertThat(result.diagnostics()).isEmpty();
    Path src = dir.resolve("src");
    StringBuilder all = new StringBuilder();
    for (GeneratedFile file : result.files()) {
      Path target = file.target(src);
      Files.createDirectories(target.getParent());
      Files.write(target, file.content());
      all.append(new String(file.content(), StandardCharsets.UTF_8));
    }
    assertThat(new JavacRunner().compile(src, dir.resolve("classes"))).isNull();
    return all.toString();
  }

  private static Diagnostic onlyDiagnostic(GenerationResult result) {
    assertThat(result.succeeded()).isFalse();
    assertThat(result.files()).isEmpty();
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  private static String list(int n, IntFunction<String> item) {
    return IntStream.range(0, n).mapToObj(item).collect(Collectors.joining(", "));
  }

  private static String params(int n, String type) {
    return list(n, i -> "p" + i + ": " + type);
  }

  private static String world(String members) {
    return "package a:b;\ninterface i {\n" + members + "}\nworld w { import i; export i; }\n";
  }

  @Test
  void parametersUpToTheJvmLimitCompileAndBeyondItAreDiagnosedAtTheFunction() throws Exception {
    // the receiver takes one slot, so 254 parameters of one slot each is the most
    compiles(generate(world("  f: func(" + params(254, "u32") + ");\n")));
    Diagnostic tooMany =
        onlyDiagnostic(
            generate(world("  ok: func();\n  f: func(" + params(255, "u32") + ") -> u32;\n")));
    assertThat(tooMany.message())
        .isEqualTo(
            "function `f` has 255 parameters taking 256 parameter slots in its Java method; Java"
                + " allows at most 255");
    assertThat(tooMany.span().location()).isEqualTo("wit/t.wit:4:3");
    // long and double take two slots
    Diagnostic wide = onlyDiagnostic(generate(world("  g: func(" + params(128, "u64") + ");\n")));
    assertThat(wide.message()).contains("has 128 parameters taking 257 parameter slots");
    assertThat(wide.span().location()).isEqualTo("wit/t.wit:3:3");
  }

  @Test
  void worldLevelFunctionsBeyondTheJvmLimitAreDiagnosedAtTheirOwnDeclaration() throws Exception {
    String many = params(255, "u32");
    GenerationResult result =
        generate(
            "package a:b;\n"
                + "world w {\n"
                + "  import small: func(x: u32);\n"
                + "  import f: func("
                + many
                + ");\n"
                + "  export run: func() -> u32;\n"
                + "  export g: func("
                + many
                + ") -> u32;\n"
                + "}\n");
    assertThat(result.succeeded()).isFalse();
    assertThat(result.diagnostics().stream().map(d -> d.span().location() + " " + d.message()))
        .containsExactly(
            "wit/t.wit:4:10 function `f` has 255 parameters taking 256 parameter slots in its Java"
                + " method; Java allows at most 255",
            "wit/t.wit:6:10 function `g` has 255 parameters taking 256 parameter slots in its Java"
                + " method; Java allows at most 255")
        .inOrder();
    compiles(
        generate(
            "package a:b;\nworld w {\n  import f: func("
                + params(254, "u32")
                + ");\n  export g: func("
                + params(254, "u32")
                + ") -> u32;\n}\n"));
  }

  @Test
  void recordsUpToTheJvmLimitCompileAndBeyondItAreDiagnosedAtTheRecord() throws Exception {
    compiles(generate(world("  record r { " + params(254, "u8") + " }\n  f: func(r: r) -> r;\n")));
    Diagnostic tooMany =
        onlyDiagnostic(
            generate(world("  record big { " + params(255, "u8") + " }\n  f: func(r: big);\n")));
    assertThat(tooMany.message())
        .isEqualTo(
            "record `big` has 255 fields taking 256 parameter slots in its Java constructor; Java"
                + " allows at most 255");
    assertThat(tooMany.span().location()).isEqualTo("wit/t.wit:3:10");
  }

  @Test
  void enumsUpToTheCaseLimitCompileAndLargerOnesAreDiagnosedAtTheEnum() throws Exception {
    int max = JavaLimits.MAX_ENUM_CASES;
    compiles(
        generate(world("  enum e { " + list(max, i -> "c" + i) + " }\n  f: func(e: e) -> e;\n")));
    Diagnostic tooMany =
        onlyDiagnostic(
            generate(
                world(
                    "  enum huge { " + list(max + 1, i -> "c" + i) + " }\n  f: func(e: huge);\n")));
    assertThat(tooMany.message()).startsWith("enum `huge` has " + (max + 1) + " cases;");
    assertThat(tooMany.span().location()).isEqualTo("wit/t.wit:3:8");
  }

  @Test
  void variantsUpToTheCaseLimitCompileAndLargerOnesAreDiagnosedAtTheVariant() throws Exception {
    int max = JavaLimits.MAX_VARIANT_CASES;
    compiles(
        generate(
            world(
                "  variant v { "
                    + list(max, i -> "c" + i + (i % 2 == 0 ? "(string)" : "(u64)"))
                    + " }\n  f: func(v: v) -> v;\n")));
    Diagnostic tooMany =
        onlyDiagnostic(
            generate(
                world(
                    "  variant huge { "
                        + list(max + 1, i -> "c" + i)
                        + " }\n  f: func(v: huge);\n")));
    assertThat(tooMany.message()).startsWith("variant `huge` has " + (max + 1) + " cases;");
    assertThat(tooMany.span().location()).isEqualTo("wit/t.wit:3:11");
  }

  /**
   * What bounds a variant is its number of cases, not its payloads: each case calls its payload's
   * helper, so 1 000 cases each carrying a ten-element tuple compile like scalar ones.
   */
  @Test
  void largePayloadsDoNotEnlargeAVariantsMethods() throws Exception {
    int max = JavaLimits.MAX_VARIANT_CASES;
    compiles(
        generate(
            world(
                "  variant v { "
                    + list(
                        max,
                        i ->
                            "c"
                                + i
                                + "(tuple<u64, f32, string, u8, f64, s16, u32, u64, f32, s"
                                + (8 << (i % 4))
                                + ">)")
                    + " }\n  f: func(v: v) -> v;\n")));
  }

  /**
   * An interface's functions are bound in one method (imports registered, exports looked up): with
   * 433 functions of 16 core values it still compiles, one more is diagnosed at the function from
   * which the method would exceed 64 KiB, on either side (the estimate is about 7% above javac's
   * code for these signatures).
   */
  @Test
  void interfacesWithTooManyFunctionsAreDiagnosedAtTheFirstFunctionPastTheLimit() throws Exception {
    IntFunction<String> function = i -> "  g" + i + ": func(" + params(15, "u64") + ") -> u64;\n";
    String fits = IntStream.range(0, 433).mapToObj(function).collect(Collectors.joining());
    compiles(generate("package a:b;\ninterface i {\n" + fits + "}\nworld w { import i; }\n"));
    String tooMany = IntStream.range(0, 434).mapToObj(function).collect(Collectors.joining());
    for (String side : List.of("import", "export")) {
      Diagnostic d =
          onlyDiagnostic(
              generate(
                  "package a:b;\ninterface i {\n" + tooMany + "}\nworld w { " + side + " i; }\n"));
      assertThat(d.message())
          .isEqualTo(
              "interface a:b/i has 434 functions: their generated binding code would exceed the 64"
                  + " KiB a Java method may hold from function `g433` on; split the interface");
      assertThat(d.span().location()).isEqualTo("wit/t.wit:436:3");
    }
  }

  /**
   * {@code n} interfaces {@code i0 … i<n-1>} of {@code functions} functions each, every one
   * imported and/or exported by world {@code w} on a line of its own (item {@code k} of side {@code
   * s} on line {@code n + 3 + k * sides + s}).
   */
  private static String interfaces(int n, int functions, List<String> sides) {
    StringBuilder wit = new StringBuilder("package a:b;\n");
    for (int k = 0; k < n; k++) {
      wit.append("interface i").append(k).append(" {");
      for (int j = 0; j < functions; j++) {
        wit.append(" g").append(j).append(": func(x: u32) -> u32;");
      }
      wit.append(" }\n");
    }
    wit.append("world w {\n");
    for (int k = 0; k < n; k++) {
      for (String side : sides) {
        wit.append("  ").append(side).append(" i").append(k).append(";\n");
      }
    }
    return wit.append("}\n").toString();
  }

  /**
   * Each imported interface has a glue class of its own, so a world's imported functions together
   * are not bound by one method or one constant pool: four interfaces of 400 functions (1 600, more
   * than the 1 300 that overflowed the single registration method) compile, imported and exported.
   */
  @Test
  void manyFunctionsAcrossInterfacesCompileOnBothSides() throws Exception {
    String java = compiles(generate(interfaces(4, 400, List.of("import", "export"))));
    assertThat(java).contains("private static final class I3Glue {");
    assertThat(java).contains("requiredExports$3($exports);");
  }

  /**
   * What grows with the number of interfaces (the host glue's registrations, the missing-import
   * hints, the required core exports) is spread over methods of bounded size: a world of 1 000
   * interfaces, each imported and exported, compiles.
   */
  @Test
  void aWorldOfThousandsOfInterfacesCompiles() throws Exception {
    String java = compiles(generate(interfaces(1000, 1, List.of("import", "export"))));
    assertThat(java).contains("addInterfaces$1(builder, abi);");
  }

  /**
   * The world class creates each exported interface's object in its constructor: the most exported
   * interfaces whose code the estimate lets through compile, one more is diagnosed at its export
   * (the estimate is about 6% above javac's code).
   */
  @Test
  void exportedInterfacesBeyondTheWorldConstructorAreDiagnosedAtTheExport() throws Exception {
    int max =
        (JavaLimits.MAX_METHOD_CODE - JavaLimits.CONSTRUCTOR_BYTES)
            / JavaLimits.CONSTRUCTOR_BYTES_PER_EXPORT;
    compiles(generate(interfaces(max, 1, List.of("export"))));
    Diagnostic d = onlyDiagnostic(generate(interfaces(max + 1, 1, List.of("export"))));
    assertThat(d.message())
        .isEqualTo(
            "world a:b/w exports "
                + (max + 1)
                + " interfaces: from export a:b/i"
                + max
                + " on, the code creating them in the Java world class's constructor would exceed"
                + " the 64 KiB a Java method may hold; split the world");
    assertThat(d.span().location()).isEqualTo("wit/t.wit:" + (max + 1 + 3 + max) + ":10");
  }

  /**
   * The world class has a field and an accessor per exported interface and names each core export
   * it requires: 2 225 exported interfaces of ten functions compile (javac's constant pool: 64 812
   * of 65 534; the estimate 65 525), one more is diagnosed at its export.
   */
  @Test
  void exportsBeyondTheWorldClassConstantPoolAreDiagnosedAtTheExport() throws Exception {
    int max =
        (JavaLimits.MAX_CONSTANTS - JavaLimits.CLASS_CONSTANTS)
            / (JavaLimits.WORLD_CONSTANTS_PER_EXPORT
                + 10 * JavaLimits.WORLD_CONSTANTS_PER_CORE_EXPORT);
    compiles(generate(interfaces(max, 10, List.of("export"))));
    Diagnostic d = onlyDiagnostic(generate(interfaces(max + 1, 10, List.of("export"))));
    assertThat(d.message())
        .isEqualTo(
            "world a:b/w has too many interfaces and functions for its Java class: from export a:b/i"
                + max
                + " on, it would need more than the 65534 constants a class file may hold; split"
                + " the world");
    assertThat(d.span().location()).isEqualTo("wit/t.wit:" + (max + 1 + 3 + max) + ":10");
  }

  /**
   * The world's builder has a field and a setter per imported interface, whose constants overflow
   * its class file past ~10 900 interfaces: generating that many is diagnosed at the first import
   * past the limit (10 000 imported interfaces compile: javac takes about a minute, too long for
   * this suite, so the world at the limit is only generated here).
   */
  @Test
  void importedInterfacesBeyondTheBuildersConstantPoolAreDiagnosedAtTheImport() {
    int max =
        (JavaLimits.MAX_CONSTANTS - JavaLimits.CLASS_CONSTANTS)
            / JavaLimits.BUILDER_CONSTANTS_PER_IMPORT;
    assertThat(generate(interfaces(max, 1, List.of("import"))).diagnostics()).isEmpty();
    Diagnostic d = onlyDiagnostic(generate(interfaces(max + 1, 1, List.of("import"))));
    assertThat(d.message())
        .isEqualTo(
            "world a:b/w imports "
                + (max + 1)
                + " interfaces: from import a:b/i"
                + max
                + " on, its Java Builder (a field and a setter per interface) would need more than"
                + " the 65534 constants a class file may hold; split the world");
    assertThat(d.span().location()).isEqualTo("wit/t.wit:" + (max + 1 + 3 + max) + ":10");
  }

  @Test
  void docCommentsAreTextNeverJavadocTagsOrHtml() throws Exception {
    String wit =
        """
        package a:b;
        /// Returns a list<u8> when a < b && c > d.
        /// @deprecated not really: this is a doc line
        /// See {@link Missing} and <script>alert(1)</script>; */ ends nothing.
        interface i {
          /// @param x is not a tag either
          /// @return list<u8>
          f: func(x: u32) -> list<u8>;
          /// A record <b>
          record r {
            /// field <docs> & mail@example.com
            /// @author someone
            a: u32,
          }
          /// enum <e>
          enum e { /** x */ x }
        }
        world w { import i; export i; }
        """;
    String java = compiles(generate(wit));
    assertThat(java).contains("Returns a list&lt;u8&gt; when a &lt; b &amp;&amp; c &gt; d.");
    assertThat(java).contains("&#64;deprecated not really");
    assertThat(java).contains("{&#64;link Missing}");
    assertThat(java).contains("&lt;script&gt;");
    assertThat(java).contains("&#64;param x is not a tag either");
    assertThat(java).contains("field &lt;docs&gt; &amp; mail@example.com");
    assertThat(java).contains("&#64;author someone");
    assertThat(java).doesNotContain("@deprecated");
    assertThat(java).doesNotContain("@author");
    assertThat(java).doesNotContain("list<u8>\n");
  }

  @Test
  void theJdksPackagesAreRefused() {
    IllegalArgumentException base =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorOptions.builder().basePackage("java.util"));
    assertThat(base)
        .hasMessageThat()
        .isEqualTo(
            "'java.util' is in the JDK's java.* namespace; generate into a package of your own");
    assertThrows(
        IllegalArgumentException.class, () -> GeneratorOptions.builder().basePackage("javax"));
    assertThrows(
        IllegalArgumentException.class,
        () -> GeneratorOptions.builder().mapPackage("a:b=javax.swing.wit"));
    // still allowed: packages that merely start with the same letters
    GeneratorOptions.builder().basePackage("javafx.app").mapPackage("a:b=javalin.wit");
    GenerationResult derived =
        generate(
            "package java:util;\ninterface i { f: func(); }\nworld w { import i; }\n",
            GeneratorOptions.builder().build());
    assertThat(derived.succeeded()).isFalse();
    assertThat(derived.diagnostics().get(0).message())
        .contains("import java:util/i would be generated into the JDK's package java.util");
  }

  private static final String TWO_PACKAGES =
      """
      package a:x;
      interface api { f: func(); }
      world w { import b:y/api; export api; }
      package b:y {
        interface api { g: func(); }
      }
      """;

  @Test
  void aPackageMappedIntoAnothersExportsSubpackageIsAnErrorNamingBoth() {
    GenerationResult result =
        generate(
            TWO_PACKAGES,
            GeneratorOptions.builder()
                .mapPackage("a:x=com.x")
                .mapPackage("b:y=com.x.exports")
                .build());
    assertThat(result.succeeded()).isFalse();
    assertThat(result.diagnostics().get(0).message())
        .contains(
            "import b:y/api and export a:x/api would both be generated as com.x.exports.Api;");
  }

  @Test
  void twoPackagesMappedIntoOneJavaPackageGetDistinctClassesThatCompile() throws Exception {
    String java =
        compiles(
            generate(
                TWO_PACKAGES,
                GeneratorOptions.builder()
                    .mapPackage("a:x=com.same")
                    .mapPackage("b:y=com.same")
                    .build()));
    assertThat(java).contains("package com.same;");
    assertThat(java).contains("package com.same.exports;");
  }

  /**
   * Interfaces, parameters and fields named like the first segment of a package in scope ({@code
   * com} of the base package, {@code exports} of the export side, {@code io} of witj's runtime,
   * {@code java}, the WIT namespace {@code a}): a field or variable of that name would obscure the
   * package in qualified expressions such as {@code com.example.exports.a.b.Com.E.values()}.
   */
  @Test
  void namesLikePackageRootsDoNotObscureThePackages() throws Exception {
    String types =
        "enum e { x, y } flags fl { p, q } variant v { c(u32), d(e) } resource res {"
            + " constructor(com: u32); m: func(io: fl) -> v; }"
            + " record rec { com: u32, io: e, java: fl, exports: v, a: option<e> }";
    StringBuilder wit = new StringBuilder("package a:b;\n");
    List<String> names = List.of("com", "exports", "io", "java", "a");
    for (String name : names) {
      wit.append("interface ")
          .append(name)
          .append(" { ")
          .append(types)
          .append(
              " f: func(com: rec, io: e, java: fl, exports: v, a: own<res>) -> result<rec, e>; }\n");
    }
    wit.append("world w {\n");
    for (String name : names) {
      wit.append("  import ").append(name).append(";\n  export ").append(name).append(";\n");
    }
    wit.append("  export run: func(com: u32, io: string, java: u32, exports: u32) -> u32;\n}\n");
    compiles(generate(wit.toString()));
    compiles(generate(wit.toString(), GeneratorOptions.builder().build()));
  }

  /**
   * A class file holds at most 65 535 constants, and each compound type's helpers take about 35 on
   * each side: 1 100 records used on both sides (some 95 000 constants in all) no longer fit one
   * {@code WAbi}, so the helpers spread over a chain of classes that javac accepts, and each
   * class's real constant pool stays within the budget its estimate was held to.
   */
  @Test
  void helpersBeyondOneClassFilesConstantsSpreadOverAChainOfClasses() throws Exception {
    int records = 1_100;
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < records; i++) {
      members.append("  record r" + i + " { a: u32, b: string, c" + i + ": list<u8> }\n");
    }
    for (int v = 0; v * 500 < records; v++) {
      int first = v * 500;
      members
          .append("  variant v" + v + " { ")
          .append(list(Math.min(500, records - first), i -> "k" + i + "(r" + (first + i) + ")"))
          .append(" }\n  f" + v + ": func(x: v" + v + ") -> v" + v + ";\n");
    }
    String sources = compiles(generate(world(members.toString())));
    assertThat(sources).contains("public abstract class WAbiPart1 extends GuestInstance");
    assertThat(sources).contains("public final class WAbi extends WAbiPart");
    Path internal = dir.resolve("classes/com/example/a/b/internal");
    List<Path> parts;
    try (Stream<Path> files = Files.list(internal)) {
      parts = files.filter(p -> p.getFileName().toString().startsWith("WAbi")).sorted().toList();
    }
    assertThat(parts.size()).isAtLeast(2);
    for (Path part : parts) {
      // glue.AbiParts.BUDGET: the estimate a part is held to must bound its real pool
      assertThat(constantPoolCount(part)).isAtMost(60_000);
    }
  }

  /** The constant pool count of a class file (JVMS 4.1: after magic, minor and major version). */
  private static int constantPoolCount(Path classFile) throws Exception {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
      in.readInt();
      in.readUnsignedShort();
      in.readUnsignedShort();
      return in.readUnsignedShort();
    }
  }

  /**
   * An interface's records, variants, cases, enums, flags and resources are nested in its class,
   * each taking constants of that one class file: up to {@link JavaLimits#MAX_NESTED_TYPES} they
   * generate (compiled once by hand at the limit, both sides: 31 361 constants in the export class,
   * javac 80 s, too slow for this suite), one more is diagnosed at the type that crosses it.
   */
  @Test
  void interfacesDeclaringMoreJavaTypesThanOneClassHoldsAreDiagnosedAtTheTypePastTheLimit() {
    int perVariant = 999; // each variant declares itself and its cases: 1 000 Java types
    int variants = JavaLimits.MAX_NESTED_TYPES / (perVariant + 1);
    StringBuilder fits = new StringBuilder();
    for (int v = 0; v < variants; v++) {
      fits.append("  variant v" + v + " { " + list(perVariant, i -> "c" + i + "(u32)") + " }\n");
    }
    assertThat(generate(world(fits.toString())).diagnostics()).isEmpty();
    Diagnostic tooMany = onlyDiagnostic(generate(world(fits + "  record past { a: u32 }\n")));
    assertThat(tooMany.message())
        .isEqualTo(
            "interface a:b/i declares more than 15000 Java types (records, variants and their"
                + " cases, enums, flags, resources) from `past` on; one class file cannot hold"
                + " their constants; split the interface");
    assertThat(tooMany.span().location()).isEqualTo("wit/t.wit:" + (3 + variants) + ":10");
  }

  /**
   * An imported interface's glue registers each resource's {@code [resource-drop]} beside its
   * functions, in the same method: 800 resources with a method each compile; 840 are diagnosed
   * (javac rejected 1 400, which the estimate let through when it counted the functions alone).
   */
  @Test
  void importedResourcesCountTheirDropsInTheInterfacesBindingCode() throws Exception {
    IntFunction<String> resources =
        n ->
            IntStream.range(0, n)
                .mapToObj(i -> "  resource t" + i + " { m: func() -> u32; }\n")
                .collect(Collectors.joining());
    compiles(
        generate(
            "package a:b;\ninterface i {\n" + resources.apply(800) + "}\nworld w { import i; }\n"));
    Diagnostic d =
        onlyDiagnostic(
            generate(
                "package a:b;\ninterface i {\n"
                    + resources.apply(840)
                    + "}\nworld w { import i; }\n"));
    assertThat(d.message())
        .startsWith("interface a:b/i has 840 functions: their generated binding");
  }

  /**
   * The host provides the three intrinsics of every exported resource from the world's {@code
   * HostGlue}, 27 constants each (1 400 exported resources: 37 954 constants); the limit itself
   * compiles (2 303, checked once by hand: javac 26 s, too slow for this suite), past it the
   * resource from which the class would overflow is diagnosed.
   */
  @Test
  void exportedResourcesBeyondTheHostGluesConstantPoolAreDiagnosedAtTheResource() {
    int max =
        (JavaLimits.MAX_CONSTANTS - JavaLimits.CLASS_CONSTANTS)
            / JavaLimits.HOST_GLUE_CONSTANTS_PER_EXPORTED_RESOURCE;
    IntFunction<String> world =
        n ->
            "package a:b;\ninterface i {\n"
                + IntStream.range(0, n)
                    .mapToObj(i -> "  resource t" + i + ";\n")
                    .collect(Collectors.joining())
                + "}\nworld w { export i; }\n";
    assertThat(generate(world.apply(max)).diagnostics()).isEmpty();
    Diagnostic d = onlyDiagnostic(generate(world.apply(max + 1)));
    assertThat(d.message())
        .isEqualTo(
            "world a:b/w exports "
                + (max + 1)
                + " resources: from `t"
                + max
                + "` on, the host side of their intrinsics (three each) would need more than the"
                + " 65534 constants a class file may hold; split the world");
    assertThat(d.span().location()).isEqualTo("wit/t.wit:" + (3 + max) + ":12");
  }
}
