package io.witj.codegen.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random valid WIT: one package of a few interfaces and worlds, deterministic for a seed. The
 * interfaces define records, variants, enums, flags, aliases and resources (constructors, methods,
 * statics) over every kind of type ({@code option}, {@code result} in its four shapes, tuples,
 * lists, fixed-size lists, maps, {@code own}/{@code borrow} handles), {@code use} types of earlier
 * interfaces (sometimes renamed), and declare functions of 0 to 12 parameters. Names are drawn
 * mostly from Java keywords, {@code java.lang} class names and names the generated code uses
 * itself; WIT keywords among them are written {@code %escaped}. Doc comments carry text that is
 * awkward in Javadoc (comment terminators, {@code @deprecated}, {@code <b>}, {@code &}, unicode
 * escapes, non-BMP characters; bidi controls are refused by the parser). Worlds import and export
 * interfaces (never an export that an import depends on) and declare functions of their own.
 *
 * <p>Only valid WIT is produced: types only refer to earlier definitions (no cycles), every record,
 * variant, enum, flags and tuple is non-empty, flags have at most 32 labels, {@code borrow} appears
 * only as a parameter type, and names are unique in their scope.
 */
final class RandomWit {
  /** Names a Java binding must cope with: keywords, java.lang classes, names glue code uses. */
  private static final String[] NAMES = {
    "class",
    "public",
    "static",
    "void",
    "new",
    "this",
    "super",
    "null",
    "true",
    "false",
    "default",
    "switch",
    "case",
    "final",
    "package",
    "import",
    "object",
    "string",
    "integer",
    "system",
    "thread",
    "runtime",
    "override",
    "deprecated",
    "record",
    "enum",
    "var",
    "yield",
    "sealed",
    "permits",
    "goto",
    "const",
    "native",
    "list",
    "map",
    "optional",
    "result",
    "option",
    "exception",
    "error",
    "iterable",
    "character",
    "byte",
    "short",
    "long",
    "float",
    "double",
    "boolean",
    "char",
    "math",
    "class-loader",
    "get-class",
    "hash-code",
    "to-string",
    "equals",
    "wait",
    "notify",
    "finalize",
    "clone",
    "values",
    "value-of",
    "ordinal",
    "name",
    "builder",
    "instance",
    "close",
    "memory",
    "handle",
    "world",
    "exports",
    "imports",
    "java",
    "io",
    "witj",
    "interface",
    "resource",
    "type",
    "func",
    "use",
    "own",
    "borrow",
    "tuple",
    "flags",
    "variant",
    "u8",
    "u32",
    "s64",
    "f64",
    "bool",
    "with",
    "as",
    "from",
    "include",
    "constructor",
    "export",
    "return",
    "throw",
    "throws",
    "try",
    "catch",
    "finally",
    "if",
    "else",
    "for",
    "while",
    "do",
    "break",
    "continue",
    "int",
    "instanceof",
    "synchronized",
    "volatile",
    "transient",
    "abstract",
    "extends",
    "implements",
    "assert",
    "strictfp",
    "protected",
    "private",
    "non-sealed",
    "number",
    "void-type",
    "ok",
    "err",
    "some",
    "none",
    "value",
    "self",
    "handle-table",
    "canon-context",
    "wit-trap-exception",
    "lift",
    "lower",
    "ptr",
    "len",
    "retptr",
    "args",
    "results",
    "a",
    "b",
    "x",
    "get",
    "set",
    "apply",
    "run",
    "call",
    "from-bits",
    "bits",
    "t0",
    "t1",
    "of",
    "empty",
    "size",
    "iterator",
    "stream-data",
    "process",
    "void-a",
    "enum-set",
    "array-list",
    "collections",
  };

  private static final Set<String> KEYWORDS =
      Set.of(
          "as",
          "async",
          "bool",
          "borrow",
          "char",
          "constructor",
          "enum",
          "error-context",
          "export",
          "f32",
          "f64",
          "flags",
          "from",
          "func",
          "future",
          "import",
          "include",
          "interface",
          "list",
          "map",
          "option",
          "own",
          "package",
          "record",
          "resource",
          "result",
          "s16",
          "s32",
          "s64",
          "s8",
          "static",
          "stream",
          "string",
          "tuple",
          "type",
          "u16",
          "u32",
          "u64",
          "u8",
          "use",
          "variant",
          "with",
          "world");

  private static final String[] DOCS = {
    "a < b && c > d",
    "returns list<u8> & more",
    "@deprecated not really",
    "{@link Object} and {@code x}",
    "ends a comment */ here",
    "unicode escape \\u002a/ and \\u000a and \\",
    "<script>alert(1)</script> <b>bold</b> &amp; &lt;",
    "100% sure; 'quotes' \"double\"",
    "emoji \uD83D\uDE80 and \u00e9\u00e8 and \u4e2d\u6587",
    "@param x @return y @throws Z",
    "/* nested */ /** javadoc */",
    "tab\there",
    "",
  };

  private static final String[] PRIMITIVES = {
    "bool", "s8", "u8", "s16", "u16", "s32", "u32", "s64", "u64", "f32", "f64", "char", "string"
  };

  private enum Kind {
    RECORD,
    VARIANT,
    ENUM,
    FLAGS,
    ALIAS,
    RESOURCE
  }

  /** A type visible in a scope: its WIT name there, and whether it is (an alias of) a resource. */
  private record Named(String name, boolean resource) {}

  private record Iface(String name, List<Named> exported, Set<Integer> uses) {}

  private final SplittableRandom random;
  private final StringBuilder out = new StringBuilder();
  private final List<Iface> interfaces = new ArrayList<>();

  private RandomWit(SplittableRandom random) {
    this.random = random;
  }

  /** A random package {@code fuzz:p<index>} drawn from {@code random}. */
  static String generate(SplittableRandom random, int index) {
    RandomWit wit = new RandomWit(random);
    wit.doc("");
    wit.out.append("package fuzz:p").append(index).append("@1.0.").append(index).append(";\n\n");
    Set<String> topLevel = new HashSet<>();
    int interfaceCount = 1 + random.nextInt(4);
    for (int i = 0; i < interfaceCount; i++) {
      wit.iface(wit.fresh(topLevel));
    }
    int worlds = 1 + random.nextInt(2);
    for (int w = 0; w < worlds; w++) {
      wit.world(wit.fresh(topLevel));
    }
    return wit.out.toString();
  }

  // ------------------------------------------------------------------------------- names, docs

  /** A name not yet in {@code scope} (added to it), as written in WIT (escaped if a keyword). */
  private String fresh(Set<String> scope) {
    String base = NAMES[random.nextInt(NAMES.length)];
    String name = base;
    for (int n = 2; !scope.add(name); n++) {
      name = base + "-n" + n;
    }
    return KEYWORDS.contains(name) || random.nextInt(8) == 0 ? "%" + name : name;
  }

  private void doc(String indent) {
    if (random.nextInt(3) != 0) {
      return;
    }
    int lines = 1 + random.nextInt(3);
    if (random.nextInt(4) == 0) {
      out.append(indent).append("/** ");
      for (int i = 0; i < lines; i++) {
        out.append(DOCS[random.nextInt(DOCS.length)].replace("*/", "* /").replace("/*", "/ *"));
        out.append('\n');
        out.append(indent);
      }
      out.append(" */\n");
      return;
    }
    for (int i = 0; i < lines; i++) {
      out.append(indent).append("/// ").append(DOCS[random.nextInt(DOCS.length)]).append('\n');
    }
  }

  // ------------------------------------------------------------------------------- interfaces

  private void iface(String name) {
    Set<String> scope = new HashSet<>();
    List<Named> visible = new ArrayList<>();
    Set<Integer> uses = new LinkedHashSet<>();
    doc("");
    out.append("interface ").append(name).append(" {\n");
    // use types of earlier interfaces
    for (int i = 0; i < interfaces.size(); i++) {
      Iface earlier = interfaces.get(i);
      if (earlier.exported().isEmpty() || random.nextInt(2) == 0) {
        continue;
      }
      List<String> items = new ArrayList<>();
      for (Named t : earlier.exported()) {
        if (random.nextInt(2) == 0) {
          continue;
        }
        if (random.nextInt(4) == 0) {
          String alias = fresh(scope);
          items.add(t.name() + " as " + alias);
          visible.add(new Named(alias, t.resource()));
        } else if (scope.add(unescaped(t.name()))) {
          items.add(t.name());
          visible.add(t);
        }
      }
      if (!items.isEmpty()) {
        uses.add(i);
        out.append("  use ").append(earlier.name()).append(".{").append(String.join(", ", items));
        out.append("};\n");
      }
    }
    List<Named> defined = new ArrayList<>();
    int types = random.nextInt(7);
    for (int i = 0; i < types; i++) {
      Named t = typedef(scope, visible, "  ");
      visible.add(t);
      defined.add(t);
    }
    int functions = random.nextInt(5);
    for (int i = 0; i < functions; i++) {
      doc("  ");
      out.append("  ").append(fresh(scope)).append(": ").append(func(visible)).append(";\n");
    }
    out.append("}\n\n");
    interfaces.add(new Iface(name, defined, uses));
  }

  private static String unescaped(String name) {
    return name.startsWith("%") ? name.substring(1) : name;
  }

  private Named typedef(Set<String> scope, List<Named> visible, String indent) {
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    String name = fresh(scope);
    doc(indent);
    out.append(indent);
    switch (kind) {
      case RECORD -> {
        out.append("record ").append(name).append(" {\n");
        Set<String> fields = new HashSet<>();
        int n = 1 + random.nextInt(random.nextInt(8) == 0 ? 20 : 5);
        for (int i = 0; i < n; i++) {
          doc(indent + "  ");
          out.append(indent).append("  ").append(fresh(fields)).append(": ");
          out.append(type(visible, 2)).append(",\n");
        }
        out.append(indent).append("}\n");
      }
      case VARIANT -> {
        out.append("variant ").append(name).append(" {\n");
        Set<String> cases = new HashSet<>();
        int n = 1 + random.nextInt(random.nextInt(8) == 0 ? 40 : 5);
        for (int i = 0; i < n; i++) {
          doc(indent + "  ");
          out.append(indent).append("  ").append(fresh(cases));
          if (random.nextInt(3) != 0) {
            out.append('(').append(type(visible, 2)).append(')');
          }
          out.append(",\n");
        }
        out.append(indent).append("}\n");
      }
      case ENUM, FLAGS -> {
        out.append(kind == Kind.ENUM ? "enum " : "flags ").append(name).append(" {\n");
        Set<String> cases = new HashSet<>();
        int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 32 : 6);
        for (int i = 0; i < n; i++) {
          doc(indent + "  ");
          out.append(indent).append("  ").append(fresh(cases)).append(",\n");
        }
        out.append(indent).append("}\n");
      }
      case ALIAS -> {
        boolean ofResource = random.nextInt(3) == 0 && visible.stream().anyMatch(Named::resource);
        if (ofResource) {
          List<Named> resources = visible.stream().filter(Named::resource).toList();
          out.append("type ").append(name).append(" = ");
          out.append(resources.get(random.nextInt(resources.size())).name()).append(";\n");
          return new Named(name, true);
        }
        out.append("type ").append(name).append(" = ").append(type(visible, 3)).append(";\n");
      }
      case RESOURCE -> {
        if (random.nextInt(4) == 0) {
          out.append("resource ").append(name).append(";\n");
          return new Named(name, true);
        }
        out.append("resource ").append(name).append(" {\n");
        List<Named> inside = new ArrayList<>(visible);
        Named self = new Named(name, true);
        inside.add(self);
        Set<String> members = new HashSet<>();
        if (random.nextInt(3) != 0) {
          doc(indent + "  ");
          out.append(indent).append("  constructor").append(params(inside)).append(";\n");
        }
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          doc(indent + "  ");
          out.append(indent).append("  ").append(fresh(members)).append(": ");
          if (random.nextInt(3) == 0) {
            out.append("static ");
          }
          out.append(func(inside)).append(";\n");
        }
        out.append(indent).append("}\n");
        return self;
      }
    }
    return new Named(name, false);
  }

  // ------------------------------------------------------------------------------- types

  private String func(List<Named> visible) {
    String params = params(visible);
    if (random.nextInt(3) == 0) {
      return "func" + params;
    }
    return "func" + params + " -> " + type(visible, 3);
  }

  private String params(List<Named> visible) {
    int arity = random.nextInt(10) == 0 ? random.nextInt(13) : random.nextInt(4);
    Set<String> names = new HashSet<>(Set.of("self")); // a method's implicit parameter
    List<String> params = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      String type;
      List<Named> resources = visible.stream().filter(Named::resource).toList();
      if (!resources.isEmpty() && random.nextInt(5) == 0) {
        type = "borrow<" + resources.get(random.nextInt(resources.size())).name() + ">";
      } else {
        type = type(visible, 3);
      }
      params.add(fresh(names) + ": " + type);
    }
    return "(" + String.join(", ", params) + ")";
  }

  /** A type expression over the primitives and {@code visible} types, nested at most depth. */
  private String type(List<Named> visible, int depth) {
    int r = random.nextInt(depth <= 0 ? 10 : 24);
    if (r < 6) {
      return PRIMITIVES[random.nextInt(PRIMITIVES.length)];
    }
    if (r < 10) {
      if (visible.isEmpty()) {
        return PRIMITIVES[random.nextInt(PRIMITIVES.length)];
      }
      Named t = visible.get(random.nextInt(visible.size()));
      return t.resource() && random.nextInt(2) == 0 ? "own<" + t.name() + ">" : t.name();
    }
    int d = depth - 1;
    return switch (r) {
      case 10, 11 -> "list<" + type(visible, d) + ">";
      case 12 -> "list<" + type(visible, d) + ", " + (1 + random.nextInt(5)) + ">";
      case 13, 14 -> "option<" + type(visible, d) + ">";
      case 15 -> "result<" + type(visible, d) + ", " + type(visible, d) + ">";
      case 16 -> "result<" + type(visible, d) + ">";
      case 17 -> "result<_, " + type(visible, d) + ">";
      case 18 -> "result";
      case 19 ->
          "map<" + (random.nextInt(2) == 0 ? "string" : "u32") + ", " + type(visible, d) + ">";
      default -> {
        int n = 1 + random.nextInt(4);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          items.add(type(visible, d));
        }
        yield "tuple<" + String.join(", ", items) + ">";
      }
    };
  }

  // ------------------------------------------------------------------------------- worlds

  private void world(String name) {
    doc("");
    out.append("world ").append(name).append(" {\n");
    Set<String> scope = new HashSet<>();
    for (Iface i : interfaces) {
      scope.add(unescaped(i.name()));
    }
    Set<Integer> exports = new LinkedHashSet<>();
    for (int i = 0; i < interfaces.size(); i++) {
      if (random.nextInt(2) == 0) {
        exports.add(i);
      }
    }
    // an exported interface's dependencies are imported: none of them may be exported too
    for (int i : List.copyOf(exports)) {
      exports.removeAll(dependencies(i));
    }
    Set<Integer> blocked = new HashSet<>();
    for (int i = 0; i < interfaces.size(); i++) {
      Set<Integer> deps = dependencies(i);
      deps.add(i);
      deps.retainAll(exports);
      if (!deps.isEmpty()) {
        blocked.add(i);
      }
    }
    for (int i = 0; i < interfaces.size(); i++) {
      if (!blocked.contains(i) && random.nextInt(3) != 0) {
        doc("  ");
        out.append("  import ").append(interfaces.get(i).name()).append(";\n");
      }
    }
    for (int i : exports) {
      doc("  ");
      out.append("  export ").append(interfaces.get(i).name()).append(";\n");
    }
    int functions = random.nextInt(4);
    for (int i = 0; i < functions; i++) {
      doc("  ");
      out.append(random.nextInt(2) == 0 ? "  import " : "  export ");
      out.append(fresh(scope)).append(": ").append(func(List.of())).append(";\n");
    }
    out.append("}\n\n");
  }

  /** The interfaces {@code i} uses, transitively. */
  private Set<Integer> dependencies(int i) {
    Set<Integer> all = new HashSet<>();
    List<Integer> todo = new ArrayList<>(interfaces.get(i).uses());
    while (!todo.isEmpty()) {
      int d = todo.remove(todo.size() - 1);
      if (all.add(d)) {
        todo.addAll(interfaces.get(d).uses());
      }
    }
    return all;
  }
}
