package io.witj.codegen.glue;

import io.witj.codegen.GeneratorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of a real component (the keyvalue demo's C guest, {@link
 * io.witj.runtime.component.BinaryMutant}'s mutations as in runtime-support's {@code
 * MutatedBinariesTest}) go through the whole path a host takes: {@code Component.fromBytes}, the
 * generated world's {@code builder(Component)} … {@code build()} (the component linker, Chicory's
 * parser, validator and instantiation, start functions and {@code _initialize}) and, for each that
 * builds, one export call ({@code app.run}) against an in-memory store, then {@code close()}. Only
 * the documented witj exceptions may reach the caller: {@code GuestLoadException} (its {@code
 * ComponentReadException} and {@code ComponentLinkException} included) and {@code
 * WitTrapException}; a wrapped foreign exception must be the cause. Outcome counts are printed;
 * {@code -Dwitj.mutationSeed} replays another seed, {@code -Dwitj.mutants} changes the number.
 */
class MutatedComponentBuildTest {
  private static final Path COMPONENT = Path.of("../demo/guests/keyvalue-c.component.wasm");
  private static final Path WIT = Path.of("../wit/keyvalue/keyvalue.wit");

  static final String DRIVER =
      """
      package driver;

      import io.witj.runtime.GuestLoadException;
      import io.witj.runtime.Result;
      import io.witj.runtime.WitTrapException;
      import io.witj.runtime.component.BinaryMutant;
      import io.witj.runtime.component.Component;
      import java.util.ArrayList;
      import java.util.HashMap;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.Random;
      import java.util.TreeMap;
      import java.util.function.Consumer;
      import kvfuzz.KeyvalueDemo;
      import kvfuzz.Store;

      public final class Driver implements Consumer<byte[]> {
        @Override
        public void accept(byte[] original) {
          long seed = Long.getLong("witj.mutationSeed", 20261205L);
          int mutants = Integer.getInteger("witj.mutants", 2500);
          // the unmutated component builds and runs
          Result<String, String> ok = run(Component.fromBytes(original));
          if (!(ok instanceof Result.Ok<String, String>)) {
            throw new AssertionError("the original component's run failed: " + ok);
          }
          Random random = new Random(seed);
          Map<String, Integer> outcomes = new TreeMap<>();
          List<String> failures = new ArrayList<>();
          for (int i = 0; i < mutants; i++) {
            BinaryMutant mutant = BinaryMutant.of(original, random);
            String what = "seed " + seed + ", mutant #" + i + " (" + mutant.how() + ")";
            String stage = "Component.fromBytes";
            try {
              Component component = Component.fromBytes(mutant.bytes());
              stage = "build/run/close";
              run(component);
              count(outcomes, "ran");
            } catch (GuestLoadException | WitTrapException e) {
              if (e.getMessage() == null || e.getMessage().isBlank()) {
                failures.add(what + ": " + stage + " threw " + e + " without a message");
              }
              count(outcomes, stage + " " + e.getClass().getSimpleName()
                  + (e.getCause() == null ? "" : " (cause " + e.getCause().getClass().getSimpleName() + ")"));
            } catch (Throwable t) {
              count(outcomes, stage + " raw " + t.getClass().getName());
              if (failures.size() < 10) {
                failures.add(what + ": " + stage + " threw " + t);
                t.printStackTrace();
              }
            }
          }
          System.out.println("MutatedComponentBuildTest (seed " + seed + ", " + mutants + " mutants): " + outcomes);
          if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\\n", failures));
          }
        }

        private static void count(Map<String, Integer> outcomes, String outcome) {
          outcomes.merge(outcome, 1, Integer::sum);
        }

        private static Result<String, String> run(Component component) {
          try (KeyvalueDemo demo = KeyvalueDemo.builder(component).store(new MemoryStore()).build()) {
            return demo.app().run(List.of("mutant"));
          }
        }

        /** Buckets in a map. */
        static final class MemoryStore implements Store {
          private final Map<String, Map<String, byte[]>> buckets = new HashMap<>();

          @Override
          public Result<Bucket, Error> bucketOpen(String name) {
            Map<String, byte[]> entries = buckets.computeIfAbsent(name, n -> new HashMap<>());
            return Result.ok(new Bucket() {
              @Override
              public Result<Optional<byte[]>, Error> get(String key) {
                return Result.ok(Optional.ofNullable(entries.get(key)));
              }

              @Override
              public Result<Void, Error> set(String key, byte[] value) {
                entries.put(key, value);
                return Result.ok();
              }

              @Override
              public Result<Void, Error> delete(String key) {
                entries.remove(key);
                return Result.ok();
              }

              @Override
              public Result<Boolean, Error> exists(String key) {
                return Result.ok(entries.containsKey(key));
              }

              @Override
              public Result<List<String>, Error> keys() {
                return Result.ok(List.copyOf(entries.keySet()));
              }
            });
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void mutatedComponentsBuildAndRunOrFailWithADocumentedWitjException() throws Exception {
    GlueHarness.run(
        temp,
        GlueHarness.resolve(temp, Files.readString(WIT)),
        GeneratorOptions.builder()
            .world("keyvalue-demo")
            .mapPackage("witj-demo:keyvalue", "kvfuzz")
            .build(),
        Files.readAllBytes(COMPONENT),
        DRIVER);
  }
}
