package io.witj.runtime.internal;

import io.witj.runtime.StringEncoding;
import io.witj.runtime.memory.ArrayBackedMemory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lifting and lowering of WIT {@code string} in the three encodings of {@link StringEncoding} (the
 * spec's {@code load_string_from_range} and {@code store_string_into_range}).
 *
 * <p>Lifting validates before it allocates: byte length at most {@link
 * CanonContext#MAX_STRING_BYTE_LENGTH}, alignment, then bounds; then one bulk read, or none over an
 * {@link ArrayBackedMemory}, whose array is decoded in place. Invalid UTF-8 and unpaired UTF-16
 * surrogates trap, as the spec's strict decoders do. Valid UTF-8 takes the JDK's intrinsic decoder;
 * the strict decoder only runs when the fast result contains U+FFFD. UTF-16 is decoded in one pass
 * into the string's {@code char[]}; pairs are only checked when that pass saw a surrogate.
 *
 * <p>Lowering writes one bulk copy; UTF-16 is encoded straight into an {@link ArrayBackedMemory}'s
 * array. Java strings can hold unpaired surrogates, which no WIT string can; each is lowered as
 * {@code '?'} in every encoding, exactly as {@link String#getBytes} does for UTF-8. The allocation
 * sequence is chosen by the context's {@link StringLowering}.
 */
public final class StringCodec {
  private static final VarHandle U16 =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

  private StringCodec() {}

  /**
   * Lifts the string at {@code ptr} with {@code taggedLen} code units (for {@code latin1+utf16},
   * bit 31 marks UTF-16).
   */
  public static String lift(CanonContext cx, int ptr, int taggedLen) {
    long units = Integer.toUnsignedLong(taggedLen);
    // up to 2 Java bytes per byte: one non-Latin-1 character makes every char 2 bytes (UTF-8);
    // a char[] and the String made of it (UTF-16)
    return switch (cx.encoding()) {
      case UTF8 -> decodeUtf8(cx, ptr, checkedLength(cx, ptr, units, 1, 2));
      case UTF16 -> decodeUtf16(cx, ptr, checkedLength(cx, ptr, 2 * units, 2, 2));
      case LATIN1_UTF16 ->
          (taggedLen & StringEncoding.UTF16_TAG) != 0
              ? decodeUtf16(cx, ptr, checkedLength(cx, ptr, 2 * (units ^ 0x8000_0000L), 2, 2))
              : decodeLatin1(cx, ptr, checkedLength(cx, ptr, units, 2, 1));
    };
  }

  /** Lifts the string whose (pointer, length) pair is stored at {@code addr}. */
  public static String load(CanonContext cx, int addr) {
    return lift(cx, cx.loadInt(addr), cx.loadInt(addr + 4));
  }

  /**
   * Lowers {@code s} into a fresh guest allocation in the context's encoding.
   *
   * @return the packed (pointer, tagged length), see {@link PtrLen}
   */
  public static long lower(CanonContext cx, String s) {
    return cx.stringLowering() == StringLowering.EXACT
        ? lowerExact(cx, s)
        : lowerSpecSequence(cx, s);
  }

  /** Lowers {@code s} and stores its (pointer, length) pair at {@code addr}. */
  public static void store(CanonContext cx, int addr, String s) {
    cx.storePtrLen(addr, lower(cx, s));
  }

  /**
   * Checks a string's byte length (maximum, alignment, bounds) and charges it to the call's lift
   * budget, before anything is allocated: {@code byteLength} guest bytes read, and the characters
   * of the Java {@code String}, about {@code javaBytesPerByte * byteLength} bytes (the object
   * itself is charged with the list holding it, see {@link ListCodec#checkRange(CanonContext, int,
   * int, int, int, int, String)}).
   */
  private static int checkedLength(
      CanonContext cx, int ptr, long byteLength, int align, int javaBytesPerByte) {
    if (byteLength > CanonContext.MAX_STRING_BYTE_LENGTH) {
      throw cx.trap(
          String.format(
              "string of %d bytes exceeds the maximum of %d bytes",
              byteLength, CanonContext.MAX_STRING_BYTE_LENGTH));
    }
    cx.checkRange(ptr, byteLength, align, "string");
    cx.chargeLift(byteLength);
    cx.chargeHost(javaBytesPerByte * byteLength, "string", byteLength);
    return (int) byteLength;
  }

  private static byte[] read(CanonContext cx, int ptr, int length) {
    return length == 0 ? new byte[0] : cx.memory().readBytes(ptr, length);
  }

  /**
   * The array holding the checked bytes {@code [ptr, ptr + length)}: an {@link ArrayBackedMemory}'s
   * own array, where they start at {@link #offsetIn}{@code (cx, ptr)} = {@code ptr}, else a copy
   * from one bulk read, where they start at 0.
   */
  private static byte[] bytesOf(CanonContext cx, int ptr, int length) {
    return cx.memory() instanceof ArrayBackedMemory
        ? ((ArrayBackedMemory) cx.memory()).array()
        : read(cx, ptr, length);
  }

  /** Where {@link #bytesOf} puts the byte at {@code ptr}. */
  private static int offsetIn(CanonContext cx, int ptr) {
    return cx.memory() instanceof ArrayBackedMemory ? ptr : 0;
  }

  /**
   * Decodes checked UTF-8 bytes; straight from the memory's array when it is an {@link
   * ArrayBackedMemory} (one copy less), else from one bulk read.
   */
  private static String decodeUtf8(CanonContext cx, int ptr, int length) {
    byte[] bytes = bytesOf(cx, ptr, length);
    int offset = offsetIn(cx, ptr);
    String fast = new String(bytes, offset, length, StandardCharsets.UTF_8); // malformed -> U+FFFD
    if (fast.indexOf('\uFFFD') >= 0) {
      validateUtf8(cx, ByteBuffer.wrap(bytes, offset, length), fast.length());
    }
    return fast;
  }

  /** Traps unless the remaining bytes of {@code in} are strict UTF-8. */
  private static void validateUtf8(CanonContext cx, ByteBuffer in, int chars) {
    int start = in.position();
    int length = in.remaining();
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = strict.decode(in, CharBuffer.allocate(chars), true);
    if (result.isError()) {
      throw cx.trap(
          String.format(
              "string is not valid UTF-8 (malformed sequence at byte %d of %d)",
              in.position() - start, length));
    }
  }

  /**
   * Decodes checked Latin-1 bytes, from the memory's array when it is an {@link ArrayBackedMemory}.
   */
  private static String decodeLatin1(CanonContext cx, int ptr, int length) {
    return new String(
        bytesOf(cx, ptr, length), offsetIn(cx, ptr), length, StandardCharsets.ISO_8859_1);
  }

  /**
   * Decodes checked UTF-16LE code units with one bulk copy into a {@code char[]} (from the memory's
   * array when it is an {@link ArrayBackedMemory}, else from one bulk read), scans it for
   * surrogates, pairing them only from the first one on, and makes the {@code String} of it.
   */
  private static String decodeUtf16(CanonContext cx, int ptr, int byteLength) {
    char[] chars = new char[byteLength >>> 1];
    ByteBuffer.wrap(bytesOf(cx, ptr, byteLength), offsetIn(cx, ptr), byteLength)
        .order(ByteOrder.LITTLE_ENDIAN)
        .asCharBuffer()
        .get(chars);
    for (int i = 0; i < chars.length; i++) {
      if (Character.isSurrogate(chars[i])) {
        checkSurrogatePairs(cx, chars, i);
        break;
      }
    }
    return new String(chars);
  }

  /** Traps at the first unpaired surrogate of {@code chars} at or after {@code from}. */
  private static void checkSurrogatePairs(CanonContext cx, char[] chars, int from) {
    for (int i = from; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c)
          && i + 1 < chars.length
          && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw cx.trap(
            String.format(
                "string is not valid UTF-16 (unpaired surrogate 0x%04x at code unit %d)",
                (int) c, i));
      }
    }
  }

  // ---- lowering --------------------------------------------------------------------------------

  private static long lowerExact(CanonContext cx, String s) {
    return switch (cx.encoding()) {
      case UTF8 -> writeNew(cx, s.getBytes(StandardCharsets.UTF_8), 1, 1, 0);
      case UTF16 -> writeNewUtf16(cx, s, 0);
      case LATIN1_UTF16 ->
          firstAboveLatin1(s) < 0
              ? writeNew(cx, s.getBytes(StandardCharsets.ISO_8859_1), 2, 1, 0)
              : writeNewUtf16(cx, s, StringEncoding.UTF16_TAG);
    };
  }

  /** One exact allocation; the length is counted in code units of {@code unitSize} bytes. */
  private static long writeNew(CanonContext cx, byte[] bytes, int align, int unitSize, int tag) {
    checkLowerLength(cx, bytes.length);
    int ptr = cx.allocate(align, bytes.length);
    write(cx, ptr, bytes, bytes.length);
    return PtrLen.pack(ptr, (bytes.length / unitSize) | tag);
  }

  /**
   * One exact allocation of {@code s} in UTF-16, its length in code units tagged by {@code tag}.
   */
  private static long writeNewUtf16(CanonContext cx, String s, int tag) {
    long byteLength = 2L * s.length();
    checkLowerLength(cx, byteLength);
    int ptr = cx.allocate(2, byteLength);
    writeUtf16(cx, ptr, s);
    return PtrLen.pack(ptr, s.length() | tag);
  }

  /** The spec's sequence of realloc calls, as if the source string were UTF-8. */
  private static long lowerSpecSequence(CanonContext cx, String s) {
    return switch (cx.encoding()) {
      case UTF8 -> writeNew(cx, s.getBytes(StandardCharsets.UTF_8), 1, 1, 0);
      case UTF16 -> {
        long utf8Length = utf8Length(s);
        checkLowerLength(cx, 2 * utf8Length);
        int ptr = cx.allocate(2, 2 * utf8Length);
        writeUtf16(cx, ptr, s);
        if (s.length() < utf8Length) {
          ptr = cx.reallocate(ptr, (int) (2 * utf8Length), 2, 2L * s.length());
        }
        yield PtrLen.pack(ptr, s.length());
      }
      case LATIN1_UTF16 -> lowerLatin1OrUtf16Sequence(cx, s);
    };
  }

  private static long lowerLatin1OrUtf16Sequence(CanonContext cx, String s) {
    long utf8Length = utf8Length(s);
    checkLowerLength(cx, 2 * utf8Length);
    int ptr = cx.allocate(2, utf8Length);
    int firstWide = firstAboveLatin1(s);
    if (firstWide < 0) {
      byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
      write(cx, ptr, latin1, latin1.length);
      if (latin1.length < utf8Length) {
        ptr = cx.reallocate(ptr, (int) utf8Length, 2, latin1.length);
      }
      return PtrLen.pack(ptr, latin1.length);
    }
    byte[] prefix = s.substring(0, firstWide).getBytes(StandardCharsets.ISO_8859_1);
    write(cx, ptr, prefix, prefix.length);
    ptr = cx.reallocate(ptr, (int) utf8Length, 2, 2 * utf8Length);
    writeUtf16(cx, ptr, s); // the widened prefix followed by the rest
    if (s.length() < utf8Length) {
      ptr = cx.reallocate(ptr, (int) (2 * utf8Length), 2, 2L * s.length());
    }
    return PtrLen.pack(ptr, s.length() | StringEncoding.UTF16_TAG);
  }

  private static void checkLowerLength(CanonContext cx, long byteLength) {
    if (byteLength > CanonContext.MAX_STRING_BYTE_LENGTH) {
      throw cx.trap(
          String.format(
              "string of %d bytes exceeds the maximum of %d bytes",
              byteLength, CanonContext.MAX_STRING_BYTE_LENGTH));
    }
  }

  private static void write(CanonContext cx, int ptr, byte[] bytes, int length) {
    if (length > 0) {
      cx.memory().write(ptr, bytes, 0, length);
    }
  }

  /** Index of the first char above U+00FF, or -1. */
  private static int firstAboveLatin1(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) > 0xFF) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Writes the {@code 2 * s.length()} UTF-16LE bytes of {@code s} at {@code ptr} (checked by the
   * allocation): straight into the memory's array when it is an {@link ArrayBackedMemory}, else
   * through one bulk write.
   */
  private static void writeUtf16(CanonContext cx, int ptr, String s) {
    if (cx.memory() instanceof ArrayBackedMemory) {
      encodeUtf16(s, ((ArrayBackedMemory) cx.memory()).array(), ptr);
    } else {
      byte[] out = new byte[2 * s.length()];
      encodeUtf16(s, out, 0);
      write(cx, ptr, out, out.length);
    }
  }

  /**
   * UTF-16LE of {@code s} into {@code out} at {@code offset}, each unpaired surrogate replaced by
   * {@code '?'}. One pass copies every char; only when it saw a surrogate does a second pass look
   * for pairs, so strings without surrogates (every Latin-1 string) pay no per-char pairing check.
   */
  private static void encodeUtf16(String s, byte[] out, int offset) {
    int n = s.length();
    boolean surrogates = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      U16.set(out, offset + 2 * i, (short) c);
      surrogates |= Character.isSurrogate(c);
    }
    if (!surrogates) {
      return;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        U16.set(out, offset + 2 * i, (short) '?');
      }
    }
  }

  /** The UTF-8 byte length of {@code s} as {@link String#getBytes} encodes it. */
  private static long utf8Length(String s) {
    long length = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        length += 1; // replaced by '?'
      } else {
        length += 3;
      }
    }
    return length;
  }
}
