package io.witj.codegen;

import io.witj.parser.Wit;
import io.witj.parser.model.Resolve;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Loads WIT for codegen tests. */
public final class WitFixtures {

  private WitFixtures() {}

  /** The Resolve of a {@code .wit} file or a directory with {@code deps/}. */
  public static Resolve load(Path path, Set<String> features) throws IOException {
    return Wit.load(path, features);
  }

  /** The Resolve of a test resource ({@code /golden/kv.wit}, …). */
  public static Resolve resource(String name) throws Exception {
    return load(Path.of(WitFixtures.class.getResource(name).toURI()), Set.of());
  }
}
