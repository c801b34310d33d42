package io.witj.codegen;

import io.witj.parser.model.Resolve;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Set;

/**
 * Loads WIT for codegen tests through the parser facade {@code io.witj.parser.Wit.load}, falling back
 * to the resolver's loader while the facade is being written (looked up reflectively so these tests
 * compile either way).
 */
public final class WitFixtures {

  private WitFixtures() {}

  /** The Resolve of a {@code .wit} file or a directory with {@code deps/}. */
  public static Resolve load(Path path, Set<String> features) throws Exception {
    Method load = find("io.witj.parser.Wit");
    if (load == null) {
      load = find("io.witj.parser.resolve.WitLoader");
    }
    try {
      return (Resolve) load.invoke(null, path, features);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
    }
  }

  private static Method find(String className) {
    try {
      return Class.forName(className).getMethod("load", Path.class, Set.class);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
