package io.witj.parser.json;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.conformance.JsonReader;
import io.witj.parser.conformance.SharedData;
import io.witj.parser.model.Function;
import io.witj.parser.model.FunctionKind;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Package;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Stability;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ResolveJsonTest {

  @Test
  void emptyPackageUsesSerdePrettyFormat() {
    Resolve resolve =
        new Resolve(
            List.of(),
            List.of(),
            List.of(),
            List.of(new Package(new PackageName("foo", "empty", null), null, Map.of(), Map.of())),
            List.of(0));
    assertThat(ResolveJson.toJson(resolve))
        .isEqualTo(
            "{\n"
                + "  \"worlds\": [],\n"
                + "  \"interfaces\": [],\n"
                + "  \"types\": [],\n"
                + "  \"packages\": [\n"
                + "    {\n"
                + "      \"name\": \"foo:empty\",\n"
                + "      \"interfaces\": {},\n"
                + "      \"worlds\": {}\n"
                + "    }\n"
                + "  ]\n"
                + "}");
  }

  @Test
  void writesKindsKeysAndOptionalMembers() {
    Map<String, Integer> types = new LinkedHashMap<>();
    types.put("r", 0);
    Map<String, Function> functions = new LinkedHashMap<>();
    functions.put(
        "[method]r.m",
        new Function(
            "[method]r.m",
            new FunctionKind(FunctionKind.Kind.METHOD, 0),
            List.of(new Function.Param("self", new TypeRef(1))),
            null,
            "line one\n\ttab \"quoted\" \\ \u0001 é",
            new Stability.Stable("1.0.0", "1.2.0")));
    Map<WorldKey, WorldItem> imports = new LinkedHashMap<>();
    imports.put(
        new WorldKey.OfInterface(0),
        new WorldItem.InterfaceItem(0, new Stability.Unstable("x", null), null));
    imports.put(
        new WorldKey.Name("f"),
        new WorldItem.FunctionItem(
            new Function(
                "f",
                FunctionKind.ASYNC_FREESTANDING,
                List.of(),
                PrimitiveType.STRING,
                null,
                Stability.UNKNOWN)));
    Resolve resolve =
        new Resolve(
            List.of(new World("w", imports, Map.of(), 0, null, Stability.UNKNOWN)),
            List.of(new Interface("i", types, functions, "", Stability.UNKNOWN, 0)),
            List.of(
                new TypeDef(
                    "r",
                    new TypeDefKind.ResourceType(),
                    new TypeOwner.OfInterface(0),
                    null,
                    Stability.UNKNOWN),
                new TypeDef(
                    null, new TypeDefKind.HandleType(true, 0), null, null, Stability.UNKNOWN),
                new TypeDef(
                    null, new TypeDefKind.FixedListType(PrimitiveType.U32, 4), null, null, null),
                new TypeDef(
                    null, new TypeDefKind.ResultType(null, PrimitiveType.U8), null, null, null)),
            List.of(
                new Package(
                    new PackageName("a", "b", "1.0.0-rc.1"), null, Map.of("i", 0), Map.of("w", 0))),
            List.of(0));

    String json = ResolveJson.toJson(resolve);

    assertThat(json)
        .contains(
            "      \"imports\": {\n"
                + "        \"interface-0\": {\n"
                + "          \"interface\": {\n"
                + "            \"id\": 0,\n"
                + "            \"stability\": {\n"
                + "              \"unstable\": {\n"
                + "                \"feature\": \"x\"\n"
                + "              }\n"
                + "            }\n"
                + "          }\n"
                + "        },\n"
                + "        \"f\": {\n"
                + "          \"function\": {\n"
                + "            \"name\": \"f\",\n"
                + "            \"kind\": \"async-freestanding\",\n"
                + "            \"params\": [],\n"
                + "            \"result\": \"string\"\n"
                + "          }\n");
    assertThat(json).contains("\"kind\": {\n            \"method\": 0\n          },");
    assertThat(json).contains("\"contents\": \"line one\\n\\ttab \\\"quoted\\\" \\\\ \\u0001 é\"");
    assertThat(json).contains("\"since\": \"1.0.0\",\n              \"deprecated\": \"1.2.0\"");
    assertThat(json).contains("\"kind\": \"resource\",");
    assertThat(json).contains("\"handle\": {\n          \"borrow\": 0\n        }");
    assertThat(json)
        .contains("\"fixed-length-list\": [\n          \"u32\",\n          4\n        ]");
    assertThat(json)
        .contains("\"result\": {\n          \"ok\": null,\n          \"err\": \"u8\"\n        }");
    assertThat(json).contains("\"owner\": null\n");
    assertThat(json).contains("\"name\": \"a:b@1.0.0-rc.1\"");
    assertThat(json.split("\"docs\"", -1))
        .hasLength(2); // only the method's; "" and null are omitted
  }

  /** Every expectation file, read into the model and written back, must come out byte for byte. */
  @TestFactory
  Stream<DynamicTest> roundTripsEveryExpectationFile() throws IOException {
    Path dir = SharedData.witParserUi();
    List<Path> expectations;
    try (Stream<Path> files = Files.list(dir)) {
      expectations = files.filter(p -> p.toString().endsWith(".wit.json")).sorted().toList();
    }
    return expectations.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String expected = Files.readString(file).trim();
                      Resolve resolve = ResolveFromJson.read(JsonReader.parse(expected));
                      assertThat(ResolveJson.toJson(resolve)).isEqualTo(expected);
                    }));
  }
}
