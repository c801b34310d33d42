package io.witj.parser.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A streaming JSON writer whose output is byte-for-byte the pretty format of Rust's {@code
 * serde_json::to_string_pretty}: two-space indentation, {@code "key": value}, empty containers as
 * {@code {}} and {@code []}, non-ASCII characters written raw and control characters escaped.
 * Callers are trusted to nest begin/end calls correctly.
 */
final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder();

  /** Per open container: whether it has received an element yet. */
  private boolean[] nonEmpty = new boolean[32];

  private int depth;
  private boolean afterName;

  JsonWriter beginObject() {
    return open('{');
  }

  JsonWriter endObject() {
    return close('}');
  }

  JsonWriter beginArray() {
    return open('[');
  }

  JsonWriter endArray() {
    return close(']');
  }

  /** Starts an object member; the next call writes its value. */
  JsonWriter name(String name) {
    newElement();
    writeString(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /** A string value, or {@code null} when {@code value} is null. */
  JsonWriter value(@Nullable String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      writeString(value);
    }
    return this;
  }

  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private JsonWriter open(char bracket) {
    beforeValue();
    out.append(bracket);
    if (depth == nonEmpty.length) {
      nonEmpty = Arrays.copyOf(nonEmpty, depth * 2);
    }
    nonEmpty[depth++] = false;
    return this;
  }

  private JsonWriter close(char bracket) {
    depth--;
    if (nonEmpty[depth]) {
      out.append('\n');
      indent();
    }
    out.append(bracket);
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      newElement();
    }
  }

  private void newElement() {
    if (nonEmpty[depth - 1]) {
      out.append(',');
    }
    nonEmpty[depth - 1] = true;
    out.append('\n');
    indent();
  }

  private void indent() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void writeString(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
