package io.witj.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface of witj-runtime (every public type under {@code io.witj.runtime} and its
 * public and protected members, as {@code toGenericString} spells them) against the checked-in
 * listing {@code src/test/resources/api/witj-runtime.api}, so that the API host authors and
 * generated code compile against changes only on purpose. After an intended change, regenerate the
 * listing with {@code -Dwitj.updateApi=true} and commit it with the change.
 */
class PublicApiTest {
  private static final Path LISTING = Path.of("src/test/resources/api/witj-runtime.api");

  @Test
  void publicApiMatchesTheCheckedInListing() throws Exception {
    List<String> actual = listing();
    if (Boolean.getBoolean("witj.updateApi")) {
      Files.createDirectories(LISTING.getParent());
      Files.write(LISTING, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(LISTING, StandardCharsets.UTF_8);
    List<String> added = new ArrayList<>(actual);
    added.removeAll(expected);
    List<String> removed = new ArrayList<>(expected);
    removed.removeAll(actual);
    assertWithMessage(
            "witj-runtime's public API changed; if intended, run the test with"
                + " -Dwitj.updateApi=true and commit %s.\nadded:\n  %s\nremoved:\n  %s",
            LISTING, String.join("\n  ", added), String.join("\n  ", removed))
        .that(actual)
        .containsExactlyElementsIn(expected)
        .inOrder();
  }

  /**
   * Per public type (by name): a line for the type, then one per public or protected member,
   * sorted.
   */
  private static List<String> listing() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Result.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    TreeMap<String, List<String>> types = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes.resolve("io/witj/runtime"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        Class<?> type = loadClass(name.substring(0, name.length() - ".class".length()));
        if (!isVisible(type)) {
          continue;
        }
        TreeSet<String> lines = new TreeSet<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
          add(lines, c, c.toGenericString());
        }
        for (Method m : type.getDeclaredMethods()) {
          if (!m.isBridge()) {
            add(lines, m, m.toGenericString());
          }
        }
        for (Field f : type.getDeclaredFields()) {
          add(lines, f, f.toGenericString());
        }
        List<String> block = new ArrayList<>();
        block.add(Modifier.toString(type.getModifiers()) + " " + kind(type) + type.getName());
        block.addAll(lines);
        types.put(type.getName(), block);
      }
    }
    return types.values().stream().flatMap(List::stream).toList();
  }

  private static Class<?> loadClass(String name) {
    try {
      return Class.forName(name, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("compiled class not loadable: " + name, e);
    }
  }

  /** Public, and so is every class it is nested in (and it is not a compiler artefact). */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isSynthetic() || t.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  private static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "@interface ";
    }
    if (type.isInterface()) {
      return "interface ";
    }
    if (type.isEnum()) {
      return "enum ";
    }
    if (type.isRecord()) {
      return "record ";
    }
    return "class ";
  }

  private static void add(TreeSet<String> lines, Member member, String text) {
    int modifiers = member.getModifiers();
    if (!member.isSynthetic()
        && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))) {
      lines.add("  " + text);
    }
  }
}
