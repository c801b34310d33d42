package io.witj.codegen.declarations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WIT doc comments, which are written in markdown, as Javadoc HTML: paragraphs (separated by blank
 * lines) become {@code <p>}, {@code -}, {@code *} and {@code +} items a {@code <ul>} list, fenced
 * code blocks {@code <pre>}, and {@code `code`} spans <code>&#123;&#64;code code&#125;</code>.
 * Everything else is text, {@linkplain Javadocs#escape escaped} so that it says exactly what the
 * WIT says and never becomes a Javadoc tag or markup. The result passes javadoc's doclint.
 */
final class DocMarkdown {
  private static final Pattern ITEM = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}```.*$");

  private final List<String> out = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  private final List<StringBuilder> items = new ArrayList<>();
  private boolean afterBlock;

  private DocMarkdown() {}

  /** The Javadoc HTML for markdown {@code docs} (without leading or trailing blank lines). */
  static String toJavadoc(String docs) {
    DocMarkdown converter = new DocMarkdown();
    String[] lines = docs.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      i = converter.line(lines, i);
    }
    converter.endBlock();
    return String.join("\n", converter.out);
  }

  /** Handles line {@code i}; returns the last line consumed (a fenced block takes several). */
  private int line(String[] lines, int i) {
    String line = lines[i];
    if (line.isBlank()) {
      endBlock();
      return i;
    }
    if (FENCE.matcher(line).matches()) {
      endBlock();
      StringBuilder code = new StringBuilder();
      int j = i + 1;
      for (; j < lines.length && !FENCE.matcher(lines[j]).matches(); j++) {
        code.append(code.length() == 0 ? "" : "\n").append(lines[j]);
      }
      out.add("<pre>" + Javadocs.escape(code.toString()).replace("{", "&#123;") + "</pre>");
      afterBlock = true;
      return j;
    }
    Matcher item = ITEM.matcher(line);
    if (item.matches()) {
      if (paragraph.length() > 0) {
        endParagraph();
      }
      items.add(new StringBuilder(item.group(1).strip()));
    } else if (!items.isEmpty()) {
      items.get(items.size() - 1).append('\n').append(line.strip());
    } else {
      paragraph.append(paragraph.length() == 0 ? "" : "\n").append(line.strip());
    }
    return i;
  }

  private void endBlock() {
    if (paragraph.length() > 0) {
      endParagraph();
    }
    if (!items.isEmpty()) {
      out.add("<ul>");
      items.forEach(item -> out.add("<li>" + inline(item.toString()) + "</li>"));
      out.add("</ul>");
      items.clear();
      afterBlock = true;
    }
  }

  private void endParagraph() {
    String text = inline(paragraph.toString());
    out.add(out.isEmpty() && !afterBlock ? text : "<p>" + text);
    paragraph.setLength(0);
    afterBlock = true;
  }

  /** Text with {@code `code`} spans; an unmatched backquote is text. */
  static String inline(String text) {
    StringBuilder html = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf('`', at);
      int close = open < 0 ? -1 : text.indexOf('`', open + 1);
      if (close < 0) {
        html.append(Javadocs.escape(text.substring(at)));
        break;
      }
      html.append(Javadocs.escape(text.substring(at, open)));
      html.append(code(text.substring(open + 1, close)));
      at = close + 1;
    }
    return html.toString();
  }

  /**
   * A code span: <code>&#123;&#64;code …&#125;</code> when its text can stand there literally
   * (braces balanced, and nothing javac or the comment would read: no {@code *}{@code /}, no
   * unicode escape, no line break, no {@code @}), else {@code <code>} with escaped text.
   */
  private static String code(String code) {
    if (!code.isBlank()
        && balancedBraces(code)
        && !code.contains("*/")
        && !code.contains("\\u")
        && !code.contains("\n")
        && !code.contains("@")) {
      return "{@code " + code.strip() + "}";
    }
    return "<code>"
        + Javadocs.escape(code).replace("{", "&#123;").replace("}", "&#125;")
        + "</code>";
  }

  private static boolean balancedBraces(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
