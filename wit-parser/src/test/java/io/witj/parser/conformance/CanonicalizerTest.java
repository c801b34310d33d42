package io.witj.parser.conformance;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CanonicalizerTest {

  @Test
  void inlinesAnonymousTypesAndNamesInterfaceKeys() {
    Object resolve =
        JsonReader.parse(
            """
            {"worlds": [{"name": "w", "imports": {"interface-0": {"interface": {"id": 0}}},
                         "exports": {}, "package": 0}],
             "interfaces": [{"name": "i", "types": {"t": 0}, "functions": {
                "f": {"name": "f", "kind": "freestanding", "params": [{"name": "a", "type": 1}],
                      "result": 0, "docs": {"contents": "hi"}}}, "package": 0}],
             "types": [{"name": "t", "kind": {"type": "u8"}, "owner": {"interface": 0}},
                       {"name": null, "kind": {"list": 0}, "owner": null}],
             "packages": [{"name": "a:b@1.0.0", "interfaces": {"i": 0}, "worlds": {"w": 0}}]}
            """);
    Map<String, Object> canonical = Canonicalizer.canonicalizeNoDocs(resolve);
    assertThat(JsonDiff.compact(canonical))
        .isEqualTo(
            "{\"packages\": {\"a:b@1.0.0\": {\"interfaces\": {\"i\": {\"types\": {\"t\": {\"kind\":"
                + " {\"type\": \"u8\"}}}, \"functions\": {\"f\": {\"kind\": \"freestanding\","
                + " \"params\": [{\"name\": \"a\", \"type\": {\"list\": {\"ref\":"
                + " \"a:b/i@1.0.0.t\"}}}], \"result\": {\"ref\": \"a:b/i@1.0.0.t\"}}}}},"
                + " \"worlds\": {\"w\": {\"imports\": {\"a:b/i@1.0.0\": {\"interface\": {\"id\":"
                + " \"a:b/i@1.0.0\"}}}, \"exports\": {}}}}}}");
  }

  @Test
  void diffReportsValuesMissingKeysAndOrder() {
    Object a = JsonReader.parse("{\"x\": 1, \"y\": [1, 2]}");
    assertThat(JsonDiff.diff(a, JsonReader.parse("{\"x\": 1, \"y\": [1, 2]}"))).isEmpty();
    assertThat(JsonDiff.diff(a, JsonReader.parse("{\"x\": 2, \"z\": true, \"y\": [1]}")))
        .containsExactly("$.x: 1 != 2", "$.y: length 2 != 1", "$.z: only in actual")
        .inOrder();
    assertThat(JsonDiff.diff(a, JsonReader.parse("{\"y\": [1, 2], \"x\": 1}")))
        .containsExactly("$: same keys, different order (IndexMap order matters in wit-parser)");
  }

  /** Our port must produce exactly what the Python script stored in {@code _canonical/}. */
  @TestFactory
  Stream<DynamicTest> matchesStoredCanonicalForms() throws IOException {
    Path dir = SharedData.witParserUi();
    List<Path> expectations;
    try (Stream<Path> files = Files.list(dir.resolve("_canonical"))) {
      expectations = files.filter(p -> p.toString().endsWith(".wit.json")).sorted().toList();
    }
    return expectations.stream()
        .map(
            canonical ->
                DynamicTest.dynamicTest(
                    canonical.getFileName().toString(),
                    () -> {
                      Object source =
                          JsonReader.parse(Files.readString(dir.resolve(canonical.getFileName())));
                      Object stored = JsonReader.parse(Files.readString(canonical));
                      List<String> diff =
                          JsonDiff.diff(stored, Canonicalizer.canonicalize(source, true, true));
                      assertWithMessage(String.join("\n", diff)).that(diff).isEmpty();
                    }));
  }
}
