package io.witj.codegen.glue;

import io.witj.codegen.GeneratedSources;
import io.witj.codegen.Generator;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.JavacRunner;
import io.witj.codegen.WitFixtures;
import io.witj.parser.model.Resolve;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Generates bindings with the glue for a WIT text, compiles them together with a test driver (Java
 * source of a class {@code driver.Driver implements Consumer<byte[]>}, which receives the guest's
 * wasm bytes) with {@code -Xlint:all -Werror}, and runs the driver. Drivers use the generated API
 * with real types and assert with Truth/JUnit; their failures propagate unchanged.
 */
final class GlueHarness {
  private GlueHarness() {}

  /** The Resolve of {@code wit} (written to {@code temp/world.wit}). */
  static Resolve resolve(Path temp, String wit) throws Exception {
    Path witFile = temp.resolve("world.wit");
    Files.writeString(witFile, wit);
    return WitFixtures.load(witFile, Set.of());
  }

  static ClassLoader build(Path temp, String wit, String world) throws Exception {
    return build(temp, wit, world, null);
  }

  /** Generates {@code world}, compiles it with {@code driver} (or none), and loads the classes. */
  static ClassLoader build(Path temp, String wit, String world, String driver) throws Exception {
    return build(temp, resolve(temp, wit), GeneratorOptions.builder().world(world).build(), driver);
  }

  /**
   * Generates the world of {@code resolve} that {@code options} choose, compiles it with {@code
   * driver} (or none), and loads the classes.
   */
  static ClassLoader build(Path temp, Resolve resolve, GeneratorOptions options, String driver)
      throws Exception {
    GeneratedSources sources = Generator.generate(resolve, options);
    Path src = temp.resolve("src");
    sources.writeTo(src);
    if (driver != null) {
      Files.createDirectories(src.resolve("driver"));
      Files.writeString(src.resolve("driver/Driver.java"), driver);
    }
    String errors = new JavacRunner().compile(src, temp.resolve("classes"));
    if (errors != null) {
      throw new AssertionError("generated code does not compile:\n" + errors);
    }
    return new URLClassLoader(
        new URL[] {temp.resolve("classes").toUri().toURL()}, GlueHarness.class.getClassLoader());
  }

  /** Builds {@code world} with {@code driver} and runs the driver on {@code wasm}. */
  static void run(Path temp, String wit, String world, byte[] wasm, String driver)
      throws Exception {
    drive(build(temp, wit, world, driver), wasm);
  }

  /** Builds the world {@code options} choose with {@code driver} and runs it on {@code wasm}. */
  static void run(Path temp, Resolve resolve, GeneratorOptions options, byte[] wasm, String driver)
      throws Exception {
    drive(build(temp, resolve, options, driver), wasm);
  }

  @SuppressWarnings("unchecked")
  private static void drive(ClassLoader loader, byte[] wasm) throws Exception {
    Object instance = loader.loadClass("driver.Driver").getDeclaredConstructor().newInstance();
    ((Consumer<byte[]>) instance).accept(wasm);
  }
}
