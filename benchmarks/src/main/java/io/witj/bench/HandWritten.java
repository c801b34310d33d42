package io.witj.bench;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.ValType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: the benchmark guest driven by hand-written Chicory code, without witj. The import
 * is a plain {@link HostFunction} and the export a plain {@link ExportFunction} call; both lift and
 * lower {@code summarize(s: string, xs: list<u32>) -> summary} directly ({@code readBytes} + a
 * view, {@code cabi_realloc} + {@code write}) and check what the generated glue checks: alignment
 * and bounds of every guest pointer, allocator results, string and list length limits, strict
 * UTF-8.
 */
public final class HandWritten {
  /** The hand-written twin of the generated {@code Summary} record. */
  public record Summary(int count, long total, String label) {}

  private static final int MAX_LENGTH = (1 << 28) - 1;

  private final Instance instance;
  private final Memory memory;
  private final ExportFunction realloc;
  private final ExportFunction summarize;
  private final ExportFunction postSummarize;

  /**
   * Instantiates the guest with {@code machineFactory} ({@code null}: the interpreter) over the
   * memory {@code memoryFactory} makes.
   */
  public HandWritten(
      Function<Instance, Machine> machineFactory, Function<MemoryLimits, Memory> memoryFactory) {
    HostFunction summarizeImport =
        new HostFunction(
            "witj:bench/summarize",
            "summarize",
            FunctionType.of(
                List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32),
                List.of()),
            this::importSummarize);
    Instance.Builder builder =
        Instance.builder(Guest.module())
            .withImportValues(ImportValues.builder().addFunction(summarizeImport).build())
            .withMemoryFactory(memoryFactory)
            .withStart(false);
    if (machineFactory != null) {
      builder.withMachineFactory(machineFactory);
    }
    this.instance = builder.build();
    this.memory = instance.memory();
    this.realloc = instance.export("cabi_realloc");
    this.summarize = instance.export("witj:bench/summarize#summarize");
    this.postSummarize = instance.export("cabi_post_witj:bench/summarize#summarize");
  }

  /** The Chicory instance. */
  public Instance instance() {
    return instance;
  }

  /** Host→guest: calls the guest's {@code summarize} export. */
  public Summary summarize(String s, int[] xs) {
    byte[] sBytes = s.getBytes(StandardCharsets.UTF_8);
    check(sBytes.length <= MAX_LENGTH, "string too long");
    int sPtr = allocate(1, sBytes.length);
    memory.write(sPtr, sBytes);
    byte[] xsBytes = new byte[xs.length * 4];
    ByteBuffer.wrap(xsBytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(xs);
    int xsPtr = allocate(4, xsBytes.length);
    memory.write(xsPtr, xsBytes);
    long[] results = summarize.apply(sPtr, sBytes.length, xsPtr, xs.length);
    int ret = (int) results[0];
    checkRange(ret, 24, 8);
    Summary summary =
        new Summary(
            memory.readInt(ret),
            memory.readLong(ret + 8),
            readString(memory.readInt(ret + 16), memory.readInt(ret + 20)));
    postSummarize.apply(results);
    return summary;
  }

  /** Guest→host: the import {@code summarize}, lifting, computing and lowering by hand. */
  private long @Nullable [] importSummarize(Instance caller, long... args) {
    String s = readString((int) args[0], (int) args[1]);
    int xsPtr = (int) args[2];
    int xsLen = (int) args[3];
    long xsByteLength = Integer.toUnsignedLong(xsLen) * 4;
    check(xsByteLength <= MAX_LENGTH, "list too long");
    checkRange(xsPtr, xsByteLength, 4);
    int[] xs = new int[xsLen];
    ByteBuffer.wrap(memory.readBytes(xsPtr, xsLen * 4))
        .order(ByteOrder.LITTLE_ENDIAN)
        .asIntBuffer()
        .get(xs);

    Summary summary = new Summary(xs.length, Guest.total(xs), s);

    int out = (int) args[4];
    checkRange(out, 24, 8);
    byte[] label = summary.label().getBytes(StandardCharsets.UTF_8);
    check(label.length <= MAX_LENGTH, "string too long");
    int labelPtr = allocate(1, label.length);
    memory.write(labelPtr, label);
    memory.writeI32(out, summary.count());
    memory.writeLong(out + 8, summary.total());
    memory.writeI32(out + 16, labelPtr);
    memory.writeI32(out + 20, label.length);
    return null;
  }

  private String readString(int ptr, int len) {
    check(Integer.toUnsignedLong(len) <= MAX_LENGTH, "string too long");
    checkRange(ptr, len, 1);
    byte[] bytes = memory.readBytes(ptr, len);
    String s = new String(bytes, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0) { // malformed input or a real U+FFFD: decode strictly
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        throw new IllegalStateException("string is not valid UTF-8", e);
      }
    }
    return s;
  }

  private int allocate(int align, int size) {
    int ptr = (int) realloc.apply(0, 0, align, size)[0];
    checkRange(ptr, size, align);
    return ptr;
  }

  private void checkRange(int ptr, long byteLength, int align) {
    check((ptr & (align - 1)) == 0, "misaligned pointer");
    check(
        Integer.toUnsignedLong(ptr) + byteLength <= (long) memory.pages() * Memory.PAGE_SIZE,
        "pointer out of bounds");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }
}
