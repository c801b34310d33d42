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

/**
 * Generates bindings with the glue for a WIT text, compiles them (plus extra test sources) with
 * {@code -Xlint:all -Werror}, and loads the classes.
 */
final class GlueHarness {
  private GlueHarness() {}

  static ClassLoader build(Path temp, String wit, String world) throws Exception {
    Path witFile = temp.resolve("world.wit");
    Files.writeString(witFile, wit);
    Resolve resolve = WitFixtures.load(witFile, Set.of());
    GeneratorOptions options = GeneratorOptions.builder().world(world).build();
    GeneratedSources sources = new Generator(new GlueGenerator()).run(resolve, options);
    Path src = temp.resolve("src");
    sources.writeTo(src);
    String errors = new JavacRunner().compile(src, temp.resolve("classes"));
    if (errors != null) {
      throw new AssertionError("generated code does not compile:\n" + errors);
    }
    return new URLClassLoader(new URL[] {temp.resolve("classes").toUri().toURL()},
        GlueHarness.class.getClassLoader());
  }
}
