package io.witj.parser.wit2022;

import org.jspecify.annotations.Nullable;

/**
 * One significant token of a 2022-dialect file: its kind, where it is ({@code [start, end)} in
 * UTF-16 offsets of the source text) and, for the first token of an item, the {@code ///} doc
 * comment lines written directly before it (null when there are none).
 */
record Token(TokenKind kind, int start, int end, String text, @Nullable String docs) {}
