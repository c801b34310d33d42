package io.witj.bench;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wabt.Wat2Wasm;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.witj.runtime.memory.ArrayBackedMemory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The benchmark guest ({@code bench.wat}, compiled with wat2wasm once per JVM), the inputs both
 * sides pass, and the host work both import implementations do.
 */
public final class Guest {
  /** The string argument: 16 ASCII bytes. */
  public static final String LABEL = "witj bench label";

  /** The list argument: 16 numbers (never modified: a defensive copy would be measured too). */
  @SuppressWarnings("MutablePublicArray")
  public static final int[] NUMBERS = {
    1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 0xFFFF_FFFF
  };

  private static final WasmModule MODULE = Parser.parse(Wat2Wasm.parse(wat()));

  private Guest() {}

  /** The parsed guest module; instances built from it share nothing. */
  public static WasmModule module() {
    return MODULE;
  }

  /**
   * The machine factory named by a benchmark parameter: {@code interpreter} (Chicory's default) or
   * {@code compiler} (Chicory's runtime compiler).
   */
  public static Function<Instance, Machine> machineFactory(String machine) {
    return switch (machine) {
      case "interpreter" -> InterpreterMachine::new;
      case "compiler" -> MachineFactoryCompiler::compile;
      default -> throw new IllegalArgumentException("unknown machine " + machine);
    };
  }

  /**
   * The guest memory named by a benchmark parameter, for both sides alike: {@code array} (witj's
   * {@code ArrayBackedMemory}, the generated bindings' default) or {@code bytebuffer} (Chicory
   * 1.6.1's default {@code ByteBufferMemory}).
   */
  public static Function<MemoryLimits, Memory> memoryFactory(String memory) {
    switch (memory) {
      case "array":
        return ArrayBackedMemory::new;
      case "bytebuffer":
        return ByteBufferMemory::new;
      default:
        throw new IllegalArgumentException("unknown memory " + memory);
    }
  }

  /** The sum of {@code xs} as unsigned 32-bit numbers: the {@code total} of a summary. */
  public static long total(int[] xs) {
    long total = 0;
    for (int x : xs) {
      total += Integer.toUnsignedLong(x);
    }
    return total;
  }

  private static String wat() {
    try (InputStream in = Guest.class.getResourceAsStream("bench.wat")) {
      if (in == null) {
        throw new IllegalStateException("bench.wat is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
