package io.witj.codegen.declarations;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** WIT doc markdown as Javadoc HTML, and what must never come through. */
class DocMarkdownTest {

  @Test
  void codeSpansBecomeCodeTags() {
    assertThat(DocMarkdown.toJavadoc("Returns `list<u8>` or `none`."))
        .isEqualTo("Returns {@code list<u8>} or {@code none}.");
    assertThat(DocMarkdown.toJavadoc("a `{x}` b")).isEqualTo("a {@code {x}} b");
    // an unmatched backquote is text
    assertThat(DocMarkdown.toJavadoc("it's a ` b")).isEqualTo("it's a ` b");
  }

  @Test
  void codeSpansThatCannotStandInACodeTagAreEscapedText() {
    assertThat(DocMarkdown.toJavadoc("see `a{b`")).isEqualTo("see <code>a&#123;b</code>");
    assertThat(DocMarkdown.toJavadoc("`@deprecated` and `a}`"))
        .isEqualTo("<code>&#64;deprecated</code> and <code>a&#125;</code>");
    assertThat(DocMarkdown.toJavadoc("`*/` and `\\u0041` and `a < b`"))
        .isEqualTo("<code>*&#47;</code> and <code>&#92;u0041</code> and {@code a < b}");
  }

  @Test
  void blankLinesSeparateParagraphs() {
    assertThat(DocMarkdown.toJavadoc("First line\ncontinued.\n\nSecond.\n\n\nThird."))
        .isEqualTo("First line\ncontinued.\n<p>Second.\n<p>Third.");
  }

  @Test
  void dashStarAndPlusItemsBecomeAList() {
    assertThat(
            DocMarkdown.toJavadoc(
                "Errors:\n- `not-supported`: no\n  continued\n* `again`\n+ third\n\nAfter."))
        .isEqualTo(
            "Errors:\n<ul>\n<li>{@code not-supported}: no\ncontinued</li>\n<li>{@code again}</li>\n"
                + "<li>third</li>\n</ul>\n<p>After.");
    assertThat(DocMarkdown.toJavadoc("- only\n- items"))
        .isEqualTo("<ul>\n<li>only</li>\n<li>items</li>\n</ul>");
  }

  @Test
  void fencedBlocksArePreformattedEscapedText() {
    assertThat(DocMarkdown.toJavadoc("Example:\n```text\nif (a < b) { @x }\n```\nDone."))
        .isEqualTo("Example:\n<pre>if (a &lt; b) &#123; @x }</pre>\n<p>Done.");
  }

  @Test
  void textNeverBecomesATagOrMarkup() {
    assertThat(DocMarkdown.toJavadoc("x\n@deprecated no\n  @param y\n{@link Z} <b> & */"))
        .isEqualTo("x\n&#64;deprecated no\n&#64;param y\n{&#64;link Z} &lt;b&gt; &amp; *&#47;");
    assertThat(DocMarkdown.toJavadoc("- @return nothing"))
        .isEqualTo("<ul>\n<li>&#64;return nothing</li>\n</ul>");
  }
}
