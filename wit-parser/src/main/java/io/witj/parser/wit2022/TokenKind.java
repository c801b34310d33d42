package io.witj.parser.wit2022;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of the 2022 WIT dialect (wit-bindgen 0.2): its punctuation and its keywords. Words
 * that are keywords only in today's WIT ({@code world}, {@code import}, {@code result}, {@code
 * own}, …) are plain identifiers here, and {@code float32}/{@code float64}, {@code expected},
 * {@code unit}, {@code union} and {@code handle} are keywords.
 */
enum TokenKind {
  EQUALS(null, "'='"),
  COMMA(null, "','"),
  COLON(null, "':'"),
  SEMICOLON(null, "';'"),
  LPAREN(null, "'('"),
  RPAREN(null, "')'"),
  LBRACE(null, "'{'"),
  RBRACE(null, "'}'"),
  LT(null, "'<'"),
  GT(null, "'>'"),
  ARROW(null, "'->'"),
  STAR(null, "'*'"),
  USE("use", null),
  TYPE("type", null),
  RESOURCE("resource", null),
  FUNC("func", null),
  U8("u8", null),
  U16("u16", null),
  U32("u32", null),
  U64("u64", null),
  S8("s8", null),
  S16("s16", null),
  S32("s32", null),
  S64("s64", null),
  FLOAT32("float32", null),
  FLOAT64("float64", null),
  CHAR("char", null),
  HANDLE("handle", null),
  RECORD("record", null),
  FLAGS("flags", null),
  VARIANT("variant", null),
  ENUM("enum", null),
  UNION("union", null),
  BOOL("bool", null),
  STRING("string", null),
  OPTION("option", null),
  EXPECTED("expected", null),
  FUTURE("future", null),
  STREAM("stream", null),
  LIST("list", null),
  UNDERSCORE("_", null),
  AS("as", null),
  FROM("from", null),
  STATIC("static", null),
  INTERFACE("interface", null),
  TUPLE("tuple", null),
  ASYNC("async", null),
  UNIT("unit", null),
  ID(null, "an identifier"),
  EXPLICIT_ID(null, "an identifier"),
  EOF(null, "eof");

  private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

  static {
    for (TokenKind kind : values()) {
      if (kind.keyword != null) {
        KEYWORDS.put(kind.keyword, kind);
      }
    }
  }

  private final @Nullable String keyword;
  private final String description;

  /** A keyword when {@code keyword} is set (then its description is derived), else punctuation. */
  TokenKind(@Nullable String keyword, @Nullable String description) {
    this.keyword = keyword;
    this.description =
        keyword != null ? "keyword `" + keyword + "`" : Objects.requireNonNull(description);
  }

  /** The keyword spelled {@code word}, or {@link #ID} when it is none. */
  static TokenKind word(String word) {
    return KEYWORDS.getOrDefault(word, ID);
  }

  /** How the token is named in "expected …, found …" messages. */
  String description() {
    return description;
  }
}
