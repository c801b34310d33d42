package io.witj.codegen.declarations;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.parser.model.Stability;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** WIT docs as javadoc, and {@code @Deprecated} for deprecated items. */
public final class Javadocs {

  /** An {@code @} at the start of a line (after blanks), where javadoc reads a block tag. */
  private static final Pattern LINE_START_AT = Pattern.compile("(?m)^(\\s*)@");

  private static final AnnotationSpec DEPRECATED = AnnotationSpec.builder(Deprecated.class).build();

  private Javadocs() {}

  /**
   * Javadoc for WIT {@code docs} (null or blank → empty): {@linkplain #text their markdown as
   * Javadoc HTML}; JavaPoet's {@code $} is passed as a literal argument.
   */
  public static CodeBlock of(@Nullable String docs) {
    if (docs == null || docs.isBlank()) {
      return CodeBlock.of("");
    }
    return CodeBlock.of("$L\n", text(docs));
  }

  /**
   * WIT docs (markdown) as Javadoc HTML: paragraphs, lists, code spans and blocks become their
   * HTML; all text is {@linkplain #escape escaped} (see {@link DocMarkdown}).
   */
  public static String text(String docs) {
    return DocMarkdown.toJavadoc(docs);
  }

  /** {@link #of} followed by one paragraph per extra line (e.g. items left out), if any. */
  public static CodeBlock of(@Nullable String docs, List<String> skipped) {
    CodeBlock.Builder out = of(docs).toBuilder();
    if (!skipped.isEmpty()) {
      if (!out.isEmpty()) {
        out.add("\n");
      }
      out.add("<p>Not generated (not supported yet):\n<ul>\n");
      skipped.forEach(s -> out.add("<li>$L\n", escape(s)));
      out.add("</ul>\n");
    }
    return out.build();
  }

  /**
   * WIT docs as javadoc text that says exactly what they say: HTML-escaped ({@code list<u8>},
   * {@code a < b && c} are text, not markup), every {@code @} an entity so that no line becomes a
   * block tag ({@code @deprecated}, {@code @param}) and no brace an inline tag (a link to nothing),
   * and {@code *}{@code /} and unicode-escape look-alikes neutralised.
   */
  public static String escape(String text) {
    return LINE_START_AT
        .matcher(
            text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("{@", "{&#64;")
                .replace("*/", "*&#47;")
                .replace("\\u", "&#92;u"))
        .replaceAll("$1&#64;");
  }

  /** {@code @Deprecated} when the item is deprecated, nothing otherwise. */
  public static List<AnnotationSpec> annotations(Stability stability) {
    return WorldModel.isDeprecated(stability) ? List.of(DEPRECATED) : List.of();
  }
}
