package io.witj.parser.resolve;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.WitException;
import io.witj.parser.json.ResolveJson;
import io.witj.parser.model.Resolve;
import io.witj.parser.syntax.WitSyntax;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Deep but legal WIT resolves (and dumps as JSON) without a {@code StackOverflowError}: alias
 * chains and {@code use} chains of thousands of links. Types that nest more than {@link
 * TypeNesting#MAX_DEPTH} levels through named records, variants and options are rejected with a
 * diagnostic at the too-deep definition, as wasm-tools' component validator rejects them; exactly
 * 100 levels resolve.
 */
class DeepStructureTest {
  private static Resolve resolve(String text) {
    return Resolver.resolve(
        List.of(WitSyntax.parse(new SourceFile("deep.wit", text))), List.of(), Set.of());
  }

  private static String records(int n, String field) {
    StringBuilder s = new StringBuilder("package a:b;\ninterface i {\n  record r1 { x: u32 }\n");
    for (int k = 2; k <= n; k++) {
      s.append("  record r")
          .append(k)
          .append(" { x: ")
          .append(field.formatted(k - 1))
          .append(" }\n");
    }
    return s.append("}\n").toString();
  }

  @Test
  void longAliasAndUseChainsResolveAndDumpAsJson() {
    StringBuilder aliases = new StringBuilder("package a:b;\ninterface i {\n  type a0 = u32;\n");
    for (int k = 1; k < 20_000; k++) {
      aliases.append("  type a").append(k).append(" = a").append(k - 1).append(";\n");
    }
    aliases.append("  f: func(x: a19999) -> a19999;\n}\nworld w { import i; export i; }\n");
    Resolve r = resolve(aliases.toString());
    assertThat(r.types()).hasSize(20_000);
    assertThat(ResolveJson.toJson(r)).contains("\"a19999\"");

    StringBuilder uses = new StringBuilder("package a:b;\ninterface i0 { type t0 = u32; }\n");
    for (int k = 1; k < 3_000; k++) {
      uses.append(
          "interface i%d { use i%d.{t%d}; type t%d = t%d; }\n"
              .formatted(k, k - 1, k - 1, k, k - 1));
    }
    uses.append("world w { import i2999; }\n");
    Resolve u = resolve(uses.toString());
    assertThat(u.interfaces()).hasSize(3_000);
    assertThat(ResolveJson.toJson(u)).contains("\"i2999\"");
  }

  @Test
  void typesNestedDeeperThanTheComponentModelAllowsAreRejectedWhereTheyAreDefined() {
    assertThat(resolve(records(100, "r%d")).types()).hasSize(100);
    // r_k nests k levels (2k - 1 through an option or list): the first too deep is reported
    for (String field : List.of("r%d", "option<r%d>", "list<r%d>")) {
      WitException e = assertThrows(WitException.class, () -> resolve(records(5_000, field)));
      Diagnostic d = e.primary();
      assertThat(d.message())
          .isEqualTo(
              "type nesting too deep: 101 levels of records, variants, lists and other types (at"
                  + " most 100)");
      assertThat(d.render()).startsWith(field.equals("r%d") ? "deep.wit:103:" : "deep.wit:53:");
    }
    StringBuilder variants = new StringBuilder("package a:b;\ninterface i {\n  variant v0 { a }\n");
    for (int k = 1; k < 500; k++) {
      variants.append("  variant v%d { a(v%d), b }\n".formatted(k, k - 1));
    }
    WitException e =
        assertThrows(WitException.class, () -> resolve(variants.append("}\n").toString()));
    assertThat(e.primary().message()).startsWith("type nesting too deep: 101 levels");
  }
}
