package io.witj.parser.syntax;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.ast.FuncDecl;
import io.witj.parser.ast.InterfaceDecl;
import io.witj.parser.ast.TypeDecl;
import io.witj.parser.ast.WitFile;
import io.witj.parser.diag.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Docs come from every comment before an item, joined as the reference parser joins them. */
class DocCommentsTest {

  @Test
  void joinsLineAndBlockComments() {
    assertThat(DocComments.join(List.of("/// a", "///", "///   b"))).isEqualTo("a\n\n  b");
    assertThat(DocComments.join(List.of("// plain", "/// doc"))).isEqualTo("plain\ndoc");
    assertThat(DocComments.join(List.of("/** block\n   second */"))).isEqualTo("block\n   second");
    assertThat(DocComments.join(List.of("/* not doc */"))).isEqualTo("* not doc */");
    assertThat(DocComments.join(List.of("///", "//"))).isNull();
  }

  @Test
  void attachesDocsToItemsFieldsCasesAndPackages() {
    WitFile file =
        WitSyntax.parse(
            new SourceFile(
                "t.wit",
                "/// the package\npackage a:b;\n\n// the interface\n@since(version = 1.0.0)\n"
                    + "interface i {\n  /** a record */\n  record r {\n    /// field x\n    x: u32,\n"
                    + "    y: u32,\n  }\n  enum e {\n    // case a\n    a,\n  }\n"
                    + "  /// f\n  /// more\n  f: func();\n  // trailing comment\n}\n"));
    assertThat(file.header().docs()).isEqualTo("the package");
    InterfaceDecl i = (InterfaceDecl) file.items().get(0);
    assertThat(i.annotations().docs()).isEqualTo("the interface");
    TypeDecl.Record r = (TypeDecl.Record) i.items().get(0);
    assertThat(r.annotations().docs()).isEqualTo("a record");
    assertThat(r.fields().get(0).docs()).isEqualTo("field x");
    assertThat(r.fields().get(1).docs()).isNull();
    assertThat(((TypeDecl.Enum) i.items().get(1)).cases().get(0).docs()).isEqualTo("case a");
    assertThat(((FuncDecl) i.items().get(2)).annotations().docs()).isEqualTo("f\nmore");
  }

  /** Every docs string of the reference JSON is produced for the same input. */
  @ParameterizedTest
  @ValueSource(strings = {"random", "wasi", "types", "multi-package-gated-include"})
  void matchesReferenceJson(String name) throws IOException {
    Path dir =
        WitSyntaxCorpusTest.sharedDirectory(
            "witj.witParserUi", "../../shared/conformance/wit-parser-ui");
    WitFile file = WitSyntax.parse(WitSyntaxCorpusTest.read(dir.resolve(name + ".wit")));
    String json = Files.readString(dir.resolve(name + ".wit.json"));
    List<String> expected = new ArrayList<>();
    Matcher m = Pattern.compile("\"contents\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    while (m.find()) {
      expected.add(unescapeJson(m.group(1)));
    }
    assertThat(expected).isNotEmpty();
    assertThat(DocsCollector.all(file)).containsAtLeastElementsIn(expected);
  }

  private static String unescapeJson(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
