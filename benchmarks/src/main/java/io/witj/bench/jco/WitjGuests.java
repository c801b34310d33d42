package io.witj.bench.jco;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.witj.bench.jco.lists.test.lists.Lists;
import io.witj.bench.jco.numbers.test.numbers.Numbers;
import io.witj.bench.jco.strings.test.strings.Strings;
import io.witj.runtime.component.GuestModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fixture guests of one {@link Variant}, instantiated through the bindings generated from the
 * fixtures' WIT (numbers, strings with {@code --string-encoding utf16}, lists), with the calls and
 * result checks of each {@link ComparisonCase}.
 */
final class WitjGuests implements AutoCloseable {
  /** The parsed guest core modules, shared by every variant. */
  record Modules(WasmModule numbers, WasmModule strings, WasmModule lists) {
    static Modules load(Path fixtures) throws IOException {
      return new Modules(
          parse(fixtures, "numbers"), parse(fixtures, "strings"), parse(fixtures, "lists"));
    }

    private static WasmModule parse(Path fixtures, String name) throws IOException {
      return GuestModule.fromPath(fixtures.resolve(name).resolve(name + ".component.wasm")).parse();
    }
  }

  private static final String TEXT_1K = ComparisonCase.text(1024);
  private static final byte[] LIST_1M = ComparisonCase.bytes(1 << 20);
  private static final String TEXT_1M = ComparisonCase.text(1 << 20);

  private final WasiPreview1 wasi =
      WasiPreview1.builder()
          .withOptions(
              WasiOptions.builder()
                  .withStdout(OutputStream.nullOutputStream())
                  .withStderr(OutputStream.nullOutputStream())
                  .build())
          .build();
  private final Numbers numbers;
  private final Strings strings;
  private final Lists lists;

  WitjGuests(Modules modules, Variant variant) {
    this(modules, variant.machineFactory(), variant.memoryFactory());
  }

  /** The guests on {@code machineFactory} (null: the interpreter) over {@code memoryFactory}. */
  WitjGuests(
      Modules modules,
      Function<Instance, Machine> machineFactory,
      Function<MemoryLimits, Memory> memoryFactory) {
    HostFunction[] wasiFunctions = wasi.toHostFunctions();
    this.numbers =
        Numbers.builder(modules.numbers())
            .test(UnusedImports.of(io.witj.bench.jco.numbers.test.numbers.Test.class))
            .wasi(wasiFunctions)
            .machineFactory(machineFactory)
            .memoryFactory(memoryFactory)
            .build();
    this.strings =
        Strings.builder(modules.strings())
            .imports(UnusedImports.of(io.witj.bench.jco.strings.test.strings.Imports.class))
            .wasi(wasiFunctions)
            .machineFactory(machineFactory)
            .memoryFactory(memoryFactory)
            .build();
    this.lists =
        Lists.builder(modules.lists())
            .test(UnusedImports.of(io.witj.bench.jco.lists.test.lists.Test.class))
            .wasi(wasiFunctions)
            .machineFactory(machineFactory)
            .memoryFactory(memoryFactory)
            .build();
  }

  Numbers numbers() {
    return numbers;
  }

  Strings strings() {
    return strings;
  }

  /** One call of {@code c}'s export with its input; returns the lifted result. */
  Supplier<Object> call(ComparisonCase c) {
    switch (c) {
      case SMALL_CALL:
        return () -> numbers.test().roundtripU32(ComparisonCase.SMALL);
      case STRING_1K:
        return () -> strings.roundtrip(TEXT_1K);
      case LIST_1M:
        return () -> lists.test().listRoundtrip(LIST_1M);
      case STRING_1M:
        return () -> lists.test().stringRoundtrip(TEXT_1M);
      default:
        throw new AssertionError(c);
    }
  }

  /** Whether {@code result} is what {@code c}'s call must return (its input). */
  static boolean ok(ComparisonCase c, Object result) {
    switch (c) {
      case SMALL_CALL:
        return Integer.valueOf(ComparisonCase.SMALL).equals(result);
      case STRING_1K:
        return TEXT_1K.equals(result);
      case LIST_1M:
        return result instanceof byte[] b && Arrays.equals(b, LIST_1M);
      case STRING_1M:
        return TEXT_1M.equals(result);
      default:
        throw new AssertionError(c);
    }
  }

  @Override
  public void close() {
    numbers.close();
    strings.close();
    lists.close();
    wasi.close();
  }
}
