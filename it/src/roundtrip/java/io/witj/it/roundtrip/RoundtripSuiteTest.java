package io.witj.it.roundtrip;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import io.witj.runtime.memory.ArrayBackedMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Round trips of every WIT type in both directions through bindings generated during this build,
 * against the committed C and Rust guests ({@code it/guests/roundtrip}): each case on a fresh
 * instance over Chicory's default memory ({@link ByteBufferMemory}), in Chicory's interpreter, a
 * few also with its compiler; and again over witj's {@link ArrayBackedMemory}, the generated
 * default (all cases of both guests, a few compiled). Prints {@code roundtrip: N passed, N failed}.
 */
class RoundtripSuiteTest {
  private static final List<String> PASSED = new ArrayList<>();
  private static final List<String> FAILED = new ArrayList<>();
  private static final Function<Instance, Machine> COMPILER = MachineFactoryCompiler::compile;

  @TestFactory
  Stream<DynamicTest> cGuest() {
    return tests("c", allCCases(), () -> new CGuest(null, ByteBufferMemory::new));
  }

  @TestFactory
  Stream<DynamicTest> cGuestCompiled() {
    return tests("c/compiler", someCCases(), () -> new CGuest(COMPILER, ByteBufferMemory::new));
  }

  @TestFactory
  Stream<DynamicTest> rustGuest() {
    return tests("rust", RustCases.all(), () -> new RustGuest(ByteBufferMemory::new));
  }

  @TestFactory
  Stream<DynamicTest> cGuestOverArrayBackedMemory() {
    return tests("c/array-memory", allCCases(), () -> new CGuest(null, ArrayBackedMemory::new));
  }

  @TestFactory
  Stream<DynamicTest> cGuestCompiledOverArrayBackedMemory() {
    return tests(
        "c/compiler/array-memory",
        someCCases(),
        () -> new CGuest(COMPILER, ArrayBackedMemory::new));
  }

  @TestFactory
  Stream<DynamicTest> rustGuestOverArrayBackedMemory() {
    return tests("rust/array-memory", RustCases.all(), () -> new RustGuest(ArrayBackedMemory::new));
  }

  @Test
  void theBuildersMemoryFactoryMakesTheGuestsMemory() {
    try (CGuest array = new CGuest(null, ArrayBackedMemory::new);
        RustGuest rust = new RustGuest(ArrayBackedMemory::new);
        CGuest byDefault = new CGuest(null, null);
        CGuest chicory = new CGuest(null, ByteBufferMemory::new)) {
      Assertions.assertInstanceOf(ArrayBackedMemory.class, array.world.instance().memory());
      Assertions.assertInstanceOf(ArrayBackedMemory.class, rust.world.instance().memory());
      Assertions.assertInstanceOf(ArrayBackedMemory.class, byDefault.world.instance().memory());
      Assertions.assertInstanceOf(ByteBufferMemory.class, chicory.world.instance().memory());
    }
  }

  private static List<Case<CGuest>> allCCases() {
    List<Case<CGuest>> cases = new ArrayList<>();
    cases.addAll(CBasicsCases.all());
    cases.addAll(CMoreCases.all());
    cases.addAll(CResourceCases.all());
    cases.addAll(Traps.all());
    return cases;
  }

  private static List<Case<CGuest>> someCCases() {
    List<Case<CGuest>> cases = new ArrayList<>();
    cases.addAll(CBasicsCases.all().subList(0, 3));
    cases.addAll(CMoreCases.all().subList(0, 2));
    cases.addAll(CResourceCases.all().subList(4, 6));
    return cases;
  }

  @SuppressWarnings("try") // the guests' close() throws nothing
  private static <W extends AutoCloseable> Stream<DynamicTest> tests(
      String guest, List<Case<W>> cases, Supplier<W> instances) {
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    guest + ": " + c.name(),
                    () -> {
                      String name = guest + ": " + c.name();
                      try (W g = instances.get()) {
                        c.body().run(g);
                        PASSED.add(name);
                      } catch (Exception | Error e) {
                        FAILED.add(name + " (" + e + ")");
                        throw e;
                      }
                    }));
  }

  @AfterAll
  static void summary() {
    FAILED.forEach(f -> System.out.println("roundtrip failed: " + f));
    System.out.println("roundtrip: " + PASSED.size() + " passed, " + FAILED.size() + " failed");
  }
}
