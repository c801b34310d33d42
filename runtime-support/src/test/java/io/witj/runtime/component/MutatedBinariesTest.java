package io.witj.runtime.component;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.Import;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.internal.GuestInstance;
import io.witj.runtime.internal.InstanceOptions;
import io.witj.runtime.internal.ModuleGuest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded mutations (byte changes, truncations, insertions, deletions) of real guests —
 * the round-trip C guest as a core module and the keyvalue demo's C component — go through every
 * entry point that takes a binary: what a generated builder does with {@code builder(byte[])} and
 * {@code build()} ({@link GuestModule#fromBytes}, {@link GuestModule#parse}, {@link
 * ModuleGuest#instantiate} with every import provided, so Chicory's validator and instantiation
 * run), {@link Component#fromBytes} (what {@code builder(Component)} gets) and {@link
 * ComponentGraphReader#read}. Only success or a {@link GuestLoadException} may come out; the
 * outcome counts are printed. The seed is fixed (property {@code witj.mutationSeed} overrides it)
 * and printed with each failure, so every failure can be replayed.
 */
class MutatedBinariesTest {
  private static final Path CORE_GUEST = Path.of("../it/guests/roundtrip/roundtrip-c.wasm");
  private static final Path COMPONENT_GUEST = Path.of("../demo/guests/keyvalue-c.component.wasm");
  private static final long SEED = Long.getLong("witj.mutationSeed", 20261205L);
  private static final int MUTANTS = 2500;

  @Test
  void mutatedCoreModuleLoadsOrFailsWithAGuestLoadException() throws IOException {
    Outcomes outcomes = mutate("core module " + CORE_GUEST.getFileName(), CORE_GUEST, SEED);
    assertThat(outcomes.total()).isEqualTo(MUTANTS * 2);
  }

  @Test
  void mutatedComponentLoadsOrFailsWithAGuestLoadException() throws IOException {
    Outcomes outcomes = mutate("component " + COMPONENT_GUEST.getFileName(), COMPONENT_GUEST, SEED);
    assertThat(outcomes.total()).isEqualTo(MUTANTS * 4);
  }

  private static Outcomes mutate(String what, Path path, long seed) throws IOException {
    byte[] original = Files.readAllBytes(path);
    boolean component = BinaryKind.detect(original) == BinaryKind.COMPONENT;
    Outcomes outcomes = new Outcomes();
    // the unmutated guest loads through every entry point
    load(original, component, outcomes, "original");
    assertThat(outcomes.counts.keySet().stream().filter(k -> !k.endsWith(" ok")).toList())
        .isEmpty();
    outcomes = new Outcomes();
    Random random = new Random(seed);
    for (int i = 0; i < MUTANTS; i++) {
      BinaryMutant mutant = BinaryMutant.of(original, random);
      load(
          mutant.bytes(),
          component,
          outcomes,
          "seed " + seed + ", mutant #" + i + " (" + mutant.how() + ")");
    }
    if (!outcomes.firstFailures.isEmpty()) {
      fail(String.join("\n", outcomes.firstFailures));
    }
    System.out.println(
        "mutated " + what + " (seed " + seed + ", " + MUTANTS + " mutants): " + outcomes);
    return outcomes;
  }

  private static void load(byte[] bytes, boolean component, Outcomes outcomes, String what) {
    outcomes.run(
        "builder(byte[]).build()", what, () -> instantiate(GuestModule.fromBytes(bytes).parse()));
    outcomes.run("GuestModule.fromBytes", what, () -> GuestModule.fromBytes(bytes));
    if (component) {
      outcomes.run("Component.fromBytes", what, () -> Component.fromBytes(bytes));
      outcomes.run("ComponentGraphReader.read", what, () -> ComponentGraphReader.read(bytes));
    }
  }

  /** Instantiates {@code module} as a generated builder does, with a host function per import. */
  private static void instantiate(WasmModule module) {
    List<HostFunction> stubs = new ArrayList<>();
    var imports = module.importSection();
    for (int i = 0; i < imports.importCount(); i++) {
      Import imp = imports.getImport(i);
      if (imp.importType() == ExternalType.FUNCTION) {
        stubs.add(
            new HostFunction(
                imp.module(),
                imp.name(),
                module.typeSection().getType(((FunctionImport) imp).typeIndex()),
                (instance, args) -> null));
      }
    }
    GuestInstance owner = new TestInstance();
    ModuleGuest.instantiate(
        module,
        List.of(),
        stubs.toArray(HostFunction[]::new),
        Map.of(),
        owner,
        InstanceOptions.DEFAULTS);
  }

  private static final class TestInstance extends GuestInstance {
    TestInstance() {
      super(StringEncoding.UTF8, 1 << 20);
    }
  }

  /** Outcome counts per entry point: ok, or the witj exception's simple name. */
  private static final class Outcomes {
    final Map<String, Integer> counts = new TreeMap<>();
    final java.util.Set<String> failures = new java.util.HashSet<>();
    final List<String> firstFailures = new ArrayList<>();

    void run(String entry, String what, Runnable load) {
      String outcome;
      try {
        load.run();
        outcome = "ok";
      } catch (GuestLoadException e) {
        assertThat(e).hasMessageThat().isNotEmpty();
        outcome = e.getClass().getSimpleName();
        if (e.getCause() != null && !(e.getCause() instanceof ChicoryException)) {
          outcome += " (wrapping " + e.getCause().getClass().getSimpleName() + ")";
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        outcome = "raw " + e.getClass().getName();
        if (failures.add(entry + " " + outcome)) {
          firstFailures.add(entry + " of " + what + " threw " + e);
          e.printStackTrace();
        }
      }
      counts.merge(entry + " " + outcome, 1, Integer::sum);
    }

    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
      return counts.toString();
    }
  }
}
