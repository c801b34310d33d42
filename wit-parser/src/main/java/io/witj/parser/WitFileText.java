package io.witj.parser;

import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import io.witj.parser.diag.WitException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a WIT file, which must be UTF-8: a file that is not is reported at the line and
 * column of its first bad byte (the line shown with the bad bytes replaced), not as an I/O error.
 */
final class WitFileText {
  private WitFileText() {}

  /**
   * {@code bytes} decoded as UTF-8.
   *
   * @param display the file's path in messages
   * @throws WitException at the first byte that is not UTF-8
   */
  static SourceFile decode(byte[] bytes, String display) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return new SourceFile(display, out.flip().toString());
    }
    int badByte = bytes[in.position()] & 0xff;
    int charOffset = out.position();
    SourceFile lossy = new SourceFile(display, new String(bytes, StandardCharsets.UTF_8));
    throw new WitException(
        new Diagnostic(
            new Span(lossy, charOffset, charOffset + 1),
            String.format("not UTF-8: byte 0x%02x (WIT files are UTF-8)", badByte)));
  }
}
