package io.witj.runtime.component;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A bounds-checked reader over {@code bytes[position, limit)}: LEB128 integers, names and raw
 * bytes. Every read that would pass {@code limit} throws {@link ComponentReadException} naming the
 * offset, so truncated input never becomes an {@link ArrayIndexOutOfBoundsException}.
 */
final class ByteCursor {
  private final byte[] bytes;
  private final int limit;
  private final String what;
  private int position;

  ByteCursor(byte[] bytes, int position, int limit, String what) {
    this.bytes = bytes;
    this.position = position;
    this.limit = limit;
    this.what = what;
  }

  /** A cursor over the next {@code length} bytes; this cursor moves past them. */
  ByteCursor slice(int length, String sliceWhat) {
    require(length);
    ByteCursor slice = new ByteCursor(bytes, position, position + length, sliceWhat);
    position += length;
    return slice;
  }

  boolean atEnd() {
    return position >= limit;
  }

  int position() {
    return position;
  }

  int remaining() {
    return limit - position;
  }

  int readByte() {
    require(1);
    return bytes[position++] & 0xff;
  }

  void skip(int length) {
    require(length);
    position += length;
  }

  /** An unsigned LEB128 value of at most 32 bits. */
  int readU32() {
    int start = position;
    long result = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readByte();
      result |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        if (result > 0xffffffffL) {
          throw error(start, "LEB128 value does not fit in 32 bits");
        }
        if (result > Integer.MAX_VALUE) {
          throw error(start, "LEB128 value " + result + " is too large for this reader");
        }
        return (int) result;
      }
    }
    throw error(start, "LEB128 u32 longer than 5 bytes");
  }

  /**
   * A signed LEB128 value of at most 33 bits (5 bytes): the encoding of component value types,
   * where a negative value is a primitive type code and a non-negative one a type index.
   */
  long readS33() {
    int start = position;
    long result = 0;
    int shift = 0;
    int b;
    do {
      if (shift >= 35) {
        throw error(start, "LEB128 s33 longer than 5 bytes");
      }
      b = readByte();
      result |= (long) (b & 0x7f) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    if ((b & 0x40) != 0 && shift < 64) {
      result |= -1L << shift;
    }
    if (result < -(1L << 32) || result >= (1L << 32)) {
      throw error(start, "LEB128 value does not fit in 33 bits");
    }
    return result;
  }

  /** Skips a LEB128 value (signed or unsigned) of at most {@code maxBytes} bytes. */
  void skipLeb(int maxBytes) {
    int start = position;
    for (int i = 0; i < maxBytes; i++) {
      if ((readByte() & 0x80) == 0) {
        return;
      }
    }
    throw error(start, "LEB128 value longer than " + maxBytes + " bytes");
  }

  /** A length-prefixed UTF-8 name. */
  String readName() {
    int start = position;
    int length = readU32();
    require(length);
    try {
      String name =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, position, length))
              .toString();
      position += length;
      return name;
    } catch (CharacterCodingException e) {
      throw error(start, "name is not valid UTF-8");
    }
  }

  /** Fails unless {@code length} more bytes are available. */
  void require(int length) {
    if (length < 0 || length > limit - position) {
      throw error(
          position,
          "unexpected end: needs "
              + Integer.toUnsignedString(length)
              + " more bytes, "
              + (limit - position)
              + " left");
    }
  }

  ComponentReadException error(int at, String message) {
    return new ComponentReadException(
        String.format("malformed %s at byte offset 0x%x: %s", what, at, message));
  }
}
