package io.witj.parser.conformance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The difference report of {@code canonicalize.py}: a list of {@code $.path: …} lines (at most 50),
 * empty when the two trees are equal. Key order of objects matters once everything else agrees.
 */
public final class JsonDiff {
  private static final int LIMIT = 50;

  private final List<String> out = new ArrayList<>();

  private JsonDiff() {}

  /** The differences between {@code expected} and {@code actual}; empty means equal. */
  public static List<String> diff(Object expected, Object actual) {
    JsonDiff d = new JsonDiff();
    d.walk(expected, actual, "$");
    return d.out;
  }

  private void walk(Object a, Object b, String path) {
    if (out.size() >= LIMIT) {
      return;
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      Set<Object> keys = new LinkedHashSet<>(ma.keySet());
      keys.addAll(mb.keySet());
      for (Object k : keys) {
        if (!mb.containsKey(k)) {
          out.add(path + "." + k + ": only in expected");
        } else if (!ma.containsKey(k)) {
          out.add(path + "." + k + ": only in actual");
        } else {
          walk(ma.get(k), mb.get(k), path + "." + k);
        }
      }
      if (out.isEmpty()
          && !new ArrayList<>(ma.keySet()).equals(new ArrayList<>(mb.keySet()))
          && ma.keySet().equals(mb.keySet())) {
        out.add(path + ": same keys, different order (IndexMap order matters in wit-parser)");
      }
    } else if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        out.add(path + ": length " + la.size() + " != " + lb.size());
      }
      for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
        walk(la.get(i), lb.get(i), path + "[" + i + "]");
      }
    } else if (!Objects.equals(a, b)) {
      out.add(path + ": " + truncate(compact(a)) + " != " + truncate(compact(b)));
    }
  }

  private static String truncate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 120);
  }

  /** Single-line JSON text of a tree read by {@link JsonReader}, as Python's {@code json.dumps}. */
  public static String compact(Object value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Object value) {
    if (value instanceof Map<?, ?> m) {
      sb.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(sep);
        appendString(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        append(sb, e.getValue());
        sep = ", ";
      }
      sb.append('}');
    } else if (value instanceof List<?> l) {
      sb.append('[');
      String sep = "";
      for (Object v : l) {
        sb.append(sep);
        append(sb, v);
        sep = ", ";
      }
      sb.append(']');
    } else if (value instanceof String s) {
      appendString(sb, s);
    } else {
      sb.append(value == null ? "null" : value.toString());
    }
  }

  private static void appendString(StringBuilder sb, String s) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
