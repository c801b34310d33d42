package io.witj.codegen.names;

import java.util.Locale;
import java.util.Set;

/**
 * The one place where WIT identifiers become Java identifiers. WIT names are kebab-case words
 * ({@code is-XML}, {@code get-a}); each word is lower- or upper-case letters and digits starting
 * with a letter. Conversions:
 *
 * <ul>
 *   <li>{@link #lowerCamel}: members (methods, parameters, record components) — {@code is-XML} →
 *       {@code isXml};
 *   <li>{@link #upperCamel}: types — {@code ludicrous-speed} → {@code LudicrousSpeed};
 *   <li>{@link #upperSnake}: enum and flags constants — {@code read-only} → {@code READ_ONLY};
 *   <li>{@link #packageSegment}: Java package segments — {@code wit-bindgen} → {@code wit_bindgen}.
 * </ul>
 *
 * Every result is passed through {@link #escape}: a Java keyword, a contextual/restricted name
 * ({@code record}, {@code yield}, {@code var}, {@code sealed}, {@code permits}, …) or a method name
 * of {@link Object} gets a trailing {@code _}. Natural names therefore never contain {@code _}
 * followed by a digit, nor start with {@code _}; {@link NameScope} relies on that for its clash
 * suffixes. Nor do they contain {@code $} (WIT identifiers are letters, digits and {@code -}): the
 * glue names the locals of its call bodies with it ({@code $cx}), so WIT parameter names never need
 * to avoid them.
 */
public final class JavaNames {

  private static final Set<String> RESERVED =
      Set.of(
          // keywords and literals
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "_",
          // contextual keywords and restricted identifiers outside module-info
          "permits",
          "record",
          "sealed",
          "var",
          "when",
          "yield",
          // methods of java.lang.Object (clash as members, and as record components)
          "clone",
          "equals",
          "finalize",
          "getClass",
          "hashCode",
          "notify",
          "notifyAll",
          "toString",
          "wait");

  private JavaNames() {}

  /** {@code foo-bar-baz} → {@code fooBarBaz}, escaped. */
  public static String lowerCamel(String kebab) {
    String upper = camel(kebab);
    return escape(Character.toLowerCase(upper.charAt(0)) + upper.substring(1));
  }

  /** {@code foo-bar-baz} → {@code FooBarBaz} (type names are never keywords). */
  public static String upperCamel(String kebab) {
    return camel(kebab);
  }

  /** {@code foo-bar} → {@code FOO_BAR}. */
  public static String upperSnake(String kebab) {
    return kebab.replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** {@code foo-bar} → {@code foo_bar}, lower-cased and escaped; also used for version strings. */
  public static String packageSegment(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    if (!Character.isLetter(out.charAt(0))) {
      out.insert(0, '_');
    }
    return escape(out.toString());
  }

  /** {@code name} with a trailing {@code _} when it is reserved in Java, unchanged otherwise. */
  public static String escape(String name) {
    return isReserved(name) ? name + "_" : name;
  }

  /**
   * Whether {@code javaPackage} is in the JDK's {@code java.*} (which class loaders refuse to
   * define) or {@code javax.*} namespace.
   */
  public static boolean isJdkPackage(String javaPackage) {
    return javaPackage.equals("java")
        || javaPackage.startsWith("java.")
        || javaPackage.equals("javax")
        || javaPackage.startsWith("javax.");
  }

  /**
   * Whether {@code name} is a Java keyword, literal, restricted identifier or Object method name.
   */
  public static boolean isReserved(String name) {
    return RESERVED.contains(name);
  }

  private static String camel(String kebab) {
    StringBuilder out = new StringBuilder(kebab.length());
    for (String word : kebab.split("-", -1)) {
      if (word.isEmpty()) {
        continue;
      }
      out.append(Character.toUpperCase(word.charAt(0)));
      out.append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    if (out.length() == 0) {
      throw new IllegalArgumentException("not a WIT identifier: '" + kebab + "'");
    }
    return out.toString();
  }
}
