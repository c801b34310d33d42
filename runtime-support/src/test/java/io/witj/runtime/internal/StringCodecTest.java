package io.witj.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.Memory;
import io.witj.runtime.StringEncoding;
import io.witj.runtime.WitTrapException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StringCodecTest {

  static Stream<Arguments> samples() {
    String big = "0123456789abcdef".repeat(65536); // 1 MiB of ASCII
    List<String> strings =
        List.of(
            "",
            "hello, world",
            "caf\u00e9 \u00ff\u00a0",
            "\u0100\u5b57\uffff",
            "a\ud83d\ude00b\udbff\udfff",
            "\u0000nul",
            big,
            big + "\u00e9",
            big + "\u5b57",
            "\u00e9" + "x".repeat(1000) + "\ud83d\ude00");
    Stream.Builder<Arguments> b = Stream.builder();
    for (StringEncoding e : StringEncoding.values()) {
      for (StringLowering l : StringLowering.values()) {
        for (String s : strings) {
          b.add(Arguments.of(e, l, s));
        }
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} {1} #{index}")
  @MethodSource("samples")
  void roundTrip(StringEncoding encoding, StringLowering lowering, String s) {
    Memory m = TestMemory.memory(64, 256);
    CanonContext cx =
        CanonContext.builder(m)
            .realloc(new BumpAllocator(m, 8))
            .encoding(encoding)
            .stringLowering(lowering)
            .function("f")
            .build();
    long pl = StringCodec.lower(cx, s);
    assertThat(StringCodec.lift(cx, PtrLen.ptr(pl), PtrLen.len(pl))).isEqualTo(s);
    cx.storePtrLen(0, pl);
    assertThat(StringCodec.load(cx, 0)).isEqualTo(s);
    int len = PtrLen.len(pl);
    switch (encoding) {
      case UTF8:
        assertThat(len).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        break;
      case UTF16:
        assertThat(len).isEqualTo(s.length());
        break;
      case LATIN1_UTF16:
        boolean latin1 = s.chars().allMatch(c -> c < 0x100);
        assertThat(len).isEqualTo(latin1 ? s.length() : s.length() | StringEncoding.UTF16_TAG);
        break;
    }
  }

  @Test
  void exactLoweringMakesOneExactAllocation() {
    Memory m = TestMemory.memory(1, 1);
    BumpAllocator alloc = new BumpAllocator(m, 32);
    CanonContext cx = TestMemory.context(m, alloc, StringEncoding.UTF16);
    StringCodec.lower(cx, "\u00e9t\u00e9");
    assertThat(alloc.calls).containsExactly(List.of(0, 0, 2, 6));
  }

  /** Conformance vector p-0114-string: strict latin1+utf16 grow and shrink sequence. */
  @Test
  void specSequenceLatin1Utf16MatchesReferenceVector() {
    Memory m = TestMemory.memory(16, 16);
    BumpAllocator alloc = new BumpAllocator(m, 32);
    CanonContext cx =
        CanonContext.builder(m)
            .realloc(alloc)
            .encoding(StringEncoding.LATIN1_UTF16)
            .stringLowering(StringLowering.SPEC_UTF8_SOURCE)
            .build();
    StringCodec.store(cx, 24, "\u0100=&o\u0152w\u5b57\uffff");
    assertThat(alloc.calls)
        .containsExactly(List.of(0, 0, 2, 14), List.of(32, 14, 2, 28), List.of(46, 28, 2, 16))
        .inOrder();
    assertThat(alloc.returns).containsExactly(32, 46, 46).inOrder();
    assertThat(TestMemory.hex(m.readBytes(24, 8))).isEqualTo("2e00000008000080");
    assertThat(TestMemory.hex(m.readBytes(46, 16))).isEqualTo("00013d0026006f0052017700575bffff");
  }

  /** Conformance vector p-0117-string: strict utf16 over-allocation and shrink. */
  @Test
  void specSequenceUtf16MatchesReferenceVector() {
    Memory m = TestMemory.memory(16, 16);
    BumpAllocator alloc = new BumpAllocator(m, 112);
    CanonContext cx =
        CanonContext.builder(m)
            .realloc(alloc)
            .encoding(StringEncoding.UTF16)
            .stringLowering(StringLowering.SPEC_UTF8_SOURCE)
            .build();
    StringCodec.store(cx, 100, "$\u0000\u00b3");
    assertThat(alloc.calls).containsExactly(List.of(0, 0, 2, 8), List.of(112, 8, 2, 6)).inOrder();
    assertThat(TestMemory.hex(m.readBytes(100, 8))).isEqualTo("7000000003000000");
    assertThat(TestMemory.hex(m.readBytes(112, 6))).isEqualTo("24000000b300");
  }

  @Test
  void specSequenceLatin1ShrinksWhenUtf8WasLonger() {
    Memory m = TestMemory.memory(1, 1);
    BumpAllocator alloc = new BumpAllocator(m, 16);
    CanonContext cx =
        CanonContext.builder(m)
            .realloc(alloc)
            .encoding(StringEncoding.LATIN1_UTF16)
            .stringLowering(StringLowering.SPEC_UTF8_SOURCE)
            .build();
    long pl = StringCodec.lower(cx, "a\u00e9b\u0141c");
    // L = 7 (UTF-8); the prefix "a\u00e9b" is written as Latin-1, then grown to 14, shrunk to 10
    assertThat(alloc.calls)
        .containsExactly(List.of(0, 0, 2, 7), List.of(16, 7, 2, 14), List.of(24, 14, 2, 10))
        .inOrder();
    assertThat(PtrLen.len(pl)).isEqualTo(5 | StringEncoding.UTF16_TAG);
    assertThat(StringCodec.lift(cx, PtrLen.ptr(pl), PtrLen.len(pl))).isEqualTo("a\u00e9b\u0141c");

    BumpAllocator alloc2 = new BumpAllocator(m, 16);
    CanonContext cx2 =
        CanonContext.builder(m)
            .realloc(alloc2)
            .encoding(StringEncoding.LATIN1_UTF16)
            .stringLowering(StringLowering.SPEC_UTF8_SOURCE)
            .build();
    assertThat(PtrLen.len(StringCodec.lower(cx2, "\u00e9\u00e9"))).isEqualTo(2);
    assertThat(alloc2.calls).containsExactly(List.of(0, 0, 2, 4), List.of(16, 4, 2, 2)).inOrder();
  }

  @Test
  void unpairedSurrogatesInJavaStringsLowerAsQuestionMark() {
    for (StringEncoding e : StringEncoding.values()) {
      CanonContext cx = TestMemory.context(e);
      long pl = StringCodec.lower(cx, "a\ud800b\udc00");
      assertThat(StringCodec.lift(cx, PtrLen.ptr(pl), PtrLen.len(pl))).isEqualTo("a?b?");
      // a valid pair before, between and after unpaired surrogates stays a pair
      pl = StringCodec.lower(cx, "\ud83d\ude00\udc00\ud83d\ude00\ud800\ud83d\ude00");
      assertThat(StringCodec.lift(cx, PtrLen.ptr(pl), PtrLen.len(pl)))
          .isEqualTo("\ud83d\ude00?\ud83d\ude00?\ud83d\ude00");
    }
  }

  private static WitTrapException liftUtf8(byte... bytes) {
    CanonContext cx = TestMemory.context(StringEncoding.UTF8);
    cx.memory().write(100, bytes);
    return assertThrows(WitTrapException.class, () -> StringCodec.lift(cx, 100, bytes.length));
  }

  @Test
  void invalidUtf8Traps() {
    WitTrapException e = liftUtf8((byte) 'a', (byte) 0x80);
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "trap in test:pkg/i#f: string is not valid UTF-8 (malformed sequence at byte 1 of 2)");
    liftUtf8((byte) 0xC0, (byte) 0xAF); // overlong '/'
    liftUtf8((byte) 0xED, (byte) 0xA0, (byte) 0x80); // encoded surrogate U+D800
    liftUtf8((byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80); // U+110000
    liftUtf8((byte) 0xE2, (byte) 0x82); // truncated
    liftUtf8((byte) 0xFF);
  }

  @Test
  void literalReplacementCharacterIsValidUtf8() {
    CanonContext cx = TestMemory.context(StringEncoding.UTF8);
    byte[] bytes = "x\ufffdy".getBytes(StandardCharsets.UTF_8);
    cx.memory().write(100, bytes);
    assertThat(StringCodec.lift(cx, 100, bytes.length)).isEqualTo("x\ufffdy");
  }

  /** U+FFFD sends lifting to the strict decoder, which accepts it and still finds real errors. */
  @Test
  void replacementCharacterNextToMalformedInputStillTraps() {
    CanonContext cx = TestMemory.context(StringEncoding.UTF8);
    String withReplacement = "\u00e9\ufffd\u5b57\ufffd\ud83d\ude00";
    byte[] legit = withReplacement.getBytes(StandardCharsets.UTF_8);
    cx.memory().write(100, legit);
    assertThat(StringCodec.lift(cx, 100, legit.length)).isEqualTo(withReplacement);
    byte[] mixed = {'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, 'b', (byte) 0xC3};
    WitTrapException e = liftUtf8(mixed);
    assertThat(e).hasMessageThat().endsWith("(malformed sequence at byte 5 of 6)");
  }

  /** One context lowers strings of every shape in turn, longer and shorter, ASCII and not. */
  @ParameterizedTest
  @EnumSource(StringEncoding.class)
  void oneContextLowersStringsOfEveryShapeInTurn(StringEncoding encoding) {
    for (StringLowering lowering : StringLowering.values()) {
      Memory m = TestMemory.memory(64, 64);
      CanonContext cx =
          CanonContext.builder(m)
              .realloc(new BumpAllocator(m, 8))
              .encoding(encoding)
              .stringLowering(lowering)
              .function("f")
              .build();
      String longer = "\u5b57".repeat((1 << 16) + 1);
      for (String s :
          List.of(
              "a much longer ASCII string",
              "\u5b57\u5b57\u00e9",
              "short",
              "",
              "\u00e9\u00e9\u00e9\u00e9",
              longer,
              "x\ud800",
              "\ud83d\ude00 ok",
              "tail")) {
        long pl = StringCodec.lower(cx, s);
        assertThat(StringCodec.lift(cx, PtrLen.ptr(pl), PtrLen.len(pl)))
            .isEqualTo(s.replace("\ud800", "?"));
      }
    }
  }

  /** A guest realloc that re-enters the host and lowers a string does not clobber the outer one. */
  @ParameterizedTest
  @EnumSource(StringEncoding.class)
  void reentrantLoweringFromReallocKeepsBothStrings(StringEncoding encoding) {
    for (StringLowering lowering : StringLowering.values()) {
      Memory m = TestMemory.memory(1, 1);
      BumpAllocator bump = new BumpAllocator(m, 8);
      CanonContext[] cx = new CanonContext[1];
      long[] inner = new long[1];
      Realloc reentrant =
          (p, o, a, n) -> {
            if (inner[0] == 0) {
              inner[0] = -1;
              inner[0] = StringCodec.lower(cx[0], "inner \u0141 string");
            }
            return bump.realloc(p, o, a, n);
          };
      cx[0] =
          CanonContext.builder(m)
              .realloc(reentrant)
              .encoding(encoding)
              .stringLowering(lowering)
              .function("f")
              .build();
      long outer = StringCodec.lower(cx[0], "outer \u00e9 string, longer than the inner one");
      assertThat(StringCodec.lift(cx[0], PtrLen.ptr(outer), PtrLen.len(outer)))
          .isEqualTo("outer \u00e9 string, longer than the inner one");
      assertThat(StringCodec.lift(cx[0], PtrLen.ptr(inner[0]), PtrLen.len(inner[0])))
          .isEqualTo("inner \u0141 string");
    }
  }

  @Test
  void unpairedSurrogateInUtf16Traps() {
    for (StringEncoding enc : List.of(StringEncoding.UTF16, StringEncoding.LATIN1_UTF16)) {
      CanonContext cx = TestMemory.context(enc);
      int tag = enc == StringEncoding.UTF16 ? 0 : StringEncoding.UTF16_TAG;
      cx.memory().write(100, new byte[] {'a', 0, 0x00, (byte) 0xD8, 'b', 0}); // high, then 'b'
      WitTrapException e =
          assertThrows(WitTrapException.class, () -> StringCodec.lift(cx, 100, 3 | tag));
      assertThat(e)
          .hasMessageThat()
          .endsWith("string is not valid UTF-16 (unpaired surrogate 0xd800 at code unit 1)");
      cx.memory()
          .write( // a pair, then a lone low surrogate
              100, new byte[] {0x3D, (byte) 0xD8, 0x00, (byte) 0xDE, 0x00, (byte) 0xDC});
      assertThat(assertThrows(WitTrapException.class, () -> StringCodec.lift(cx, 100, 3 | tag)))
          .hasMessageThat()
          .endsWith("string is not valid UTF-16 (unpaired surrogate 0xdc00 at code unit 2)");
      cx.memory().write(100, new byte[] {0x00, (byte) 0xDC}); // lone low
      assertThrows(WitTrapException.class, () -> StringCodec.lift(cx, 100, 1 | tag));
      cx.memory().write(100, new byte[] {0x3D, (byte) 0xD8}); // high at the end
      assertThrows(WitTrapException.class, () -> StringCodec.lift(cx, 100, 1 | tag));
    }
  }

  @Test
  void latin1TagSelectsEncoding() {
    CanonContext cx = TestMemory.context(StringEncoding.LATIN1_UTF16);
    cx.memory().write(100, new byte[] {(byte) 0xE9, 'a'});
    assertThat(StringCodec.lift(cx, 100, 2)).isEqualTo("\u00e9a");
    assertThat(StringCodec.lift(cx, 100, 1 | StringEncoding.UTF16_TAG)).isEqualTo("\u61e9");
  }

  @Test
  void boundsAndAlignmentAreCheckedBeforeReading() {
    CanonContext utf8 = TestMemory.context(StringEncoding.UTF8);
    WitTrapException e =
        assertThrows(WitTrapException.class, () -> StringCodec.lift(utf8, 0xFFFF_FFF0, 32));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "trap in test:pkg/i#f: string pointer 0xfffffff0"
                + " + length 32 out of bounds (memory size 65536)");
    assertThrows(WitTrapException.class, () -> StringCodec.lift(utf8, 65535, 2));
    assertThat(StringCodec.lift(utf8, 65536, 0)).isEmpty();

    CanonContext utf16 = TestMemory.context(StringEncoding.UTF16);
    WitTrapException odd =
        assertThrows(WitTrapException.class, () -> StringCodec.lift(utf16, 101, 1));
    assertThat(odd).hasMessageThat().endsWith("string pointer 0x00000065 is not 2-byte aligned");
    CanonContext latin1 = TestMemory.context(StringEncoding.LATIN1_UTF16);
    assertThrows(WitTrapException.class, () -> StringCodec.lift(latin1, 101, 1));
    // a tagged length whose doubled byte count would overflow an int
    assertThrows(WitTrapException.class, () -> StringCodec.lift(latin1, 0, 0xFFFF_FFFF));
  }

  @Test
  void lengthAboveSpecMaximumTraps() {
    CanonContext utf8 = TestMemory.context(StringEncoding.UTF8);
    WitTrapException e =
        assertThrows(WitTrapException.class, () -> StringCodec.lift(utf8, 0, 1 << 28));
    assertThat(e)
        .hasMessageThat()
        .endsWith("string of 268435456 bytes exceeds the maximum of 268435455 bytes");
    CanonContext utf16 = TestMemory.context(StringEncoding.UTF16);
    assertThrows(WitTrapException.class, () -> StringCodec.lift(utf16, 0, 0x8000_0000));
    assertThrows(WitTrapException.class, () -> StringCodec.lift(utf16, 0, 1 << 27));
  }

  @Test
  void badAllocatorResultTrapsWhenLowering() {
    Memory m = TestMemory.memory(1, 1);
    CanonContext cx = TestMemory.context(m, (p, o, a, n) -> 1, StringEncoding.UTF16);
    WitTrapException e = assertThrows(WitTrapException.class, () -> StringCodec.lower(cx, "hi"));
    assertThat(e).hasMessageThat().endsWith("cabi_realloc returned 0x00000001, not 2-byte aligned");
    CanonContext oob = TestMemory.context(m, (p, o, a, n) -> 65534, StringEncoding.UTF8);
    assertThrows(WitTrapException.class, () -> StringCodec.lower(oob, "abc"));
  }
}
