package io.witj.codegen.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.witj.parser.Wit;
import io.witj.parser.conformance.JsonReader;
import io.witj.parser.model.Function;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeRef;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.internal.CanonContext;
import io.witj.runtime.internal.StringLowering;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Canonical ABI conformance suite: every vector of {@code vectors.jsonl} (system property
 * {@code witj.abiVectors}, produced by the spec's reference implementation; see the README beside
 * it) is parsed with our WIT parser, laid out with {@link AbiLayout} / {@link FunctionAbi}, and its
 * value stored, loaded, lowered flat and lifted through runtime-support by {@link
 * DynamicValueCodec} and {@link DynamicFlatCodec}.
 *
 * <p>Every value case runs in <b>strict</b> mode: strings are lowered with {@link
 * StringLowering#SPEC_UTF8_SOURCE} (the spec's realloc sequence for a UTF-8 source), so the stored
 * bytes, every realloc call and return value and every heap block must match exactly. Cases whose
 * type contains a string additionally run runtime-support's default {@link StringLowering#EXACT}
 * lowering <b>by content</b> ({@link ContentComparison}): every non-pointer byte and flat value
 * exactly, pointers followed in both memories.
 */
class CanonicalAbiConformanceTest {
  private static final Map<String, int[]> TALLY = new TreeMap<>();
  private static final List<String> FAILURES = new ArrayList<>();
  private static int byContent;

  @TempDir static Path tempDir;

  @TestFactory
  Stream<DynamicTest> vectors() throws IOException {
    String property = System.getProperty("witj.abiVectors");
    Path file = property == null ? null : Path.of(property);
    if (file == null || !Files.isRegularFile(file)) {
      System.err.println(
          "*** SKIPPED CanonicalAbiConformanceTest: vectors file not found (witj.abiVectors="
              + property
              + ")");
      Assumptions.abort("Canonical ABI vectors not found: witj.abiVectors=" + property);
    }
    List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    return lines.stream()
        .map(
            line -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> vector = (Map<String, Object>) JsonReader.parseExactNumbers(line);
              String name = (String) vector.get("name");
              boolean func = "func".equals(vector.get("category"));
              return DynamicTest.dynamicTest(
                  name + (func ? " [signature]" : " [strict]"), () -> run(vector));
            });
  }

  @AfterAll
  static void summary() {
    if (TALLY.isEmpty()) {
      return;
    }
    int passed = TALLY.values().stream().mapToInt(t -> t[0]).sum();
    int failed = TALLY.values().stream().mapToInt(t -> t[1]).sum();
    System.out.println(
        "canonical-abi vectors: "
            + passed
            + " passed, "
            + failed
            + " failed"
            + " (value cases strict; "
            + byContent
            + " string cases also by content)");
    if (failed > 0) {
      TALLY.forEach(
          (category, t) ->
              System.out.println("  " + category + ": " + t[0] + " passed, " + t[1] + " failed"));
      FAILURES.forEach(f -> System.out.println("  FAILED " + f));
    }
  }

  private static void run(Map<String, Object> vector) throws Exception {
    String category = (String) vector.get("category");
    int[] tally = TALLY.computeIfAbsent(category, c -> new int[2]);
    try {
      if ("func".equals(category)) {
        runFunction(vector);
      } else {
        runValue(vector);
      }
      tally[0]++;
    } catch (Throwable e) {
      tally[1]++;
      FAILURES.add(vector.get("name") + ": " + e);
      throw e;
    }
  }

  /** The resolved test package and its interface {@code t}. */
  private record Parsed(Resolve resolve, Interface iface) {}

  private static Parsed parse(Map<String, Object> vector, String item) throws Exception {
    String wit =
        "package test:abi;\n\ninterface t {\n" + vector.get("defs") + "\n" + item + "\n}\n";
    Path file = tempDir.resolve(vector.get("name") + ".wit");
    Files.writeString(file, wit);
    Resolve resolve = Wit.load(file, Set.of());
    int pkg = resolve.mainPackages().get(0);
    return new Parsed(resolve, resolve.iface(resolve.pkg(pkg).interfaces().get("t")));
  }

  private static void runFunction(Map<String, Object> vector) throws Exception {
    Parsed parsed = parse(vector, "root: " + vector.get("func") + ";");
    Function function = parsed.iface().functions().get("root");
    FunctionAbi abi = FunctionAbi.of(new AbiLayout(parsed.resolve()), function);
    assertEquals(vector.get("flat_params"), names(abi.flatParams()), "flat_params");
    assertEquals(vector.get("flat_results"), names(abi.flatResults()), "flat_results");
    assertEquals(signature(vector.get("lift")), signature(abi.lift()), "lift");
    assertEquals(signature(vector.get("lower")), signature(abi.lower()), "lower");
  }

  private static void runValue(Map<String, Object> vector) throws Exception {
    Parsed parsed = parse(vector, "type root = " + vector.get("type") + ";");
    AbiLayout layout = new AbiLayout(parsed.resolve());
    Type root = new TypeRef(parsed.iface().types().get("root"));
    assertEquals(number(vector.get("alignment")), layout.alignment(root), "alignment");
    assertEquals(number(vector.get("size")), layout.size(root), "size");
    assertEquals(vector.get("flat"), names(layout.flat(root)), "flat");

    DynamicValueCodec codec = new DynamicValueCodec(layout);
    DynamicFlatCodec flat = new DynamicFlatCodec(codec);
    Object value = new VectorValues(codec).fromJson(root, vector.get("value"));
    String expectedValue = VectorValues.render(value);
    StringEncoding encoding = encoding((String) vector.get("encoding"));

    Map<?, ?> store = (Map<?, ?>) vector.get("store");
    int addr = number(store.get("addr"));
    Memory memory = memory();
    VectorAllocator alloc = new VectorAllocator(memory, number(store.get("heap_start")));
    CanonContext cx = context(memory, alloc, encoding, StringLowering.SPEC_UTF8_SOURCE, vector);
    codec.store(cx, root, value, addr);
    assertEquals(store.get("bytes"), hex(memory, addr, layout.size(root)), "store: bytes at addr");
    checkHeap("store", store, memory, alloc);
    assertEquals(
        expectedValue, VectorValues.render(codec.load(cx, root, addr)), "load after store");

    Map<?, ?> lowered = (Map<?, ?>) vector.get("lower_flat");
    Memory flatMemory = memory();
    VectorAllocator flatAlloc = new VectorAllocator(flatMemory, number(lowered.get("heap_start")));
    CanonContext flatCx =
        context(flatMemory, flatAlloc, encoding, StringLowering.SPEC_UTF8_SOURCE, vector);
    List<Long> values = flat.lower(flatCx, root, value);
    assertEquals(unsignedList(lowered.get("values")), values, "lower_flat: values");
    checkHeap("lower_flat", lowered, flatMemory, flatAlloc);
    FlatReader reader = new FlatReader(values.stream().mapToLong(Long::longValue).toArray());
    assertEquals(expectedValue, VectorValues.render(flat.lift(flatCx, root, reader)), "lift_flat");
    assertTrue(reader.done(), "lift_flat consumed every flat value");

    if (ContentComparison.containsString(layout, root)) {
      byContent(vector, layout, codec, flat, root, value, encoding);
    }
  }

  /** Runtime-support's default string lowering, compared with the vector by content. */
  private static void byContent(
      Map<String, Object> vector,
      AbiLayout layout,
      DynamicValueCodec codec,
      DynamicFlatCodec flat,
      Type root,
      Object value,
      StringEncoding encoding) {
    Map<?, ?> store = (Map<?, ?>) vector.get("store");
    int addr = number(store.get("addr"));
    Memory expected = expectedMemory(store, addr);
    Memory actual = memory();
    CanonContext cx =
        context(
            actual,
            new VectorAllocator(actual, number(store.get("heap_start"))),
            encoding,
            StringLowering.EXACT,
            vector);
    codec.store(cx, root, value, addr);
    ContentComparison comparison = new ContentComparison(layout, encoding);
    comparison.compareStored(root, expected, addr, actual, addr, "store");

    Map<?, ?> lowered = (Map<?, ?>) vector.get("lower_flat");
    Memory expectedFlat = expectedMemory(lowered, -1);
    Memory actualFlat = memory();
    CanonContext flatCx =
        context(
            actualFlat,
            new VectorAllocator(actualFlat, number(lowered.get("heap_start"))),
            encoding,
            StringLowering.EXACT,
            vector);
    List<Long> values = flat.lower(flatCx, root, value);
    comparison.compareFlat(
        root, unsignedList(lowered.get("values")), expectedFlat, values, actualFlat);
    synchronized (CanonicalAbiConformanceTest.class) {
      byContent++;
    }
  }

  private static void checkHeap(
      String what, Map<?, ?> expected, Memory memory, VectorAllocator alloc) {
    List<List<Long>> calls =
        ((List<?>) expected.get("realloc_calls")).stream().map(c -> unsignedList(c)).toList();
    assertEquals(calls, alloc.calls, what + ": realloc calls");
    assertEquals(
        unsignedList(expected.get("realloc_returns")), alloc.returns, what + ": realloc returns");
    for (Object block : (List<?>) expected.get("heap")) {
      Map<?, ?> b = (Map<?, ?>) block;
      int at = number(b.get("addr"));
      assertEquals(
          b.get("bytes"), hex(memory, at, number(b.get("len"))), what + ": heap block at " + at);
    }
  }

  /**
   * A memory holding what the vector says: the stored bytes at {@code addr} (if ≥ 0) and every heap
   * block.
   */
  private static Memory expectedMemory(Map<?, ?> result, int addr) {
    Memory memory = memory();
    if (addr >= 0) {
      memory.write(addr, HexFormat.of().parseHex((String) result.get("bytes")));
    }
    for (Object block : (List<?>) result.get("heap")) {
      Map<?, ?> b = (Map<?, ?>) block;
      memory.write(number(b.get("addr")), HexFormat.of().parseHex((String) b.get("bytes")));
    }
    return memory;
  }

  private static CanonContext context(
      Memory memory,
      VectorAllocator alloc,
      StringEncoding encoding,
      StringLowering lowering,
      Map<String, Object> vector) {
    return CanonContext.builder(memory)
        .realloc(alloc)
        .encoding(encoding)
        .stringLowering(lowering)
        .function((String) vector.get("name"))
        .build();
  }

  private static Memory memory() {
    return new ByteArrayMemory(new MemoryLimits(16, 16));
  }

  private static StringEncoding encoding(String name) {
    return switch (name) {
      case "utf8" -> StringEncoding.UTF8;
      case "utf16" -> StringEncoding.UTF16;
      case "latin1+utf16" -> StringEncoding.LATIN1_UTF16;
      default -> throw new IllegalArgumentException("encoding " + name);
    };
  }

  private static String hex(Memory memory, int addr, int length) {
    return HexFormat.of().formatHex(memory.readBytes(addr, length));
  }

  private static int number(Object json) {
    return Integer.parseInt(((JsonReader.Num) json).text());
  }

  private static List<Long> unsignedList(Object json) {
    return ((List<?>) json)
        .stream().map(n -> new BigInteger(((JsonReader.Num) n).text()).longValue()).toList();
  }

  private static List<String> names(List<CoreType> types) {
    return types.stream().map(CoreType::watName).toList();
  }

  private static String signature(Object json) {
    Map<?, ?> m = (Map<?, ?>) json;
    return m.get("params") + " -> " + m.get("results");
  }

  private static String signature(CoreSignature signature) {
    return names(signature.params()) + " -> " + names(signature.results());
  }
}
