package io.witj.runtime.component;

import static com.google.common.truth.Truth.assertThat;
import static io.witj.runtime.component.ComponentBytes.concat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed, truncated and random input fails with {@link ComponentReadException} only, in the
 * guest reader and in the graph reader.
 */
class MalformedInputTest {
  private static final byte[] CORE_PREAMBLE = {0, 'a', 's', 'm', 1, 0, 0, 0};

  @Test
  void preambles() {
    assertThat(reject(new byte[0]))
        .isEqualTo("not a WebAssembly binary: 0 bytes, the preamble alone is 8");
    assertThat(reject("PK\3\4zip-file".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo("not a WebAssembly binary: expected magic 00 61 73 6d, found 50 4b 03 04");
    assertThat(reject(new byte[] {0, 'a', 's', 'm', 0x0e, 0, 1, 0}))
        .isEqualTo("unsupported component binary version 0x0e (this reader understands 0x0d)");
    assertThat(reject(new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}))
        .isEqualTo(
            "unsupported WebAssembly binary: version/layer bytes 02 00 00 00 (core modules have"
                + " 01 00 00 00, components 0d 00 01 00)");
  }

  @Test
  void overlongAndTruncatedLeb128() {
    byte[] preamble = ComponentBytes.COMPONENT_PREAMBLE;
    assertThat(
            reject(
                concat(
                    preamble,
                    new byte[] {
                      1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1
                    })))
        .isEqualTo("malformed component at byte offset 0x9: LEB128 u32 longer than 5 bytes");
    assertThat(
            reject(
                concat(
                    preamble,
                    new byte[] {1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f})))
        .isEqualTo("malformed component at byte offset 0x9: LEB128 value does not fit in 32 bits");
    assertThat(reject(concat(preamble, new byte[] {1, (byte) 0x80})))
        .isEqualTo(
            "malformed component at byte offset 0xa: unexpected end: needs 1 more bytes, 0 left");
    assertThat(reject(concat(preamble, new byte[] {1, 100, 0})))
        .isEqualTo(
            "malformed component at byte offset 0xa: unexpected end: needs 100 more bytes, 1 left");
    assertThat(reject(concat(CORE_PREAMBLE, new byte[] {7, 2, 1, 1})))
        .isEqualTo(
            "malformed core module section 7 at byte offset 0xc: unexpected end: needs 1 more"
                + " bytes, 0 left");
    assertThat(reject(concat(CORE_PREAMBLE, new byte[] {42, 0})))
        .isEqualTo("malformed core module at byte offset 0x8: unknown section id 42");
  }

  @Test
  void everyTruncationOfAComponentFailsCleanly() throws Exception {
    byte[] smoke = FixtureComponents.smoke();
    for (int length = 0; length < smoke.length; length += length < 4096 ? 1 : 13) {
      readOrReject(Arrays.copyOf(smoke, length), "truncated to " + length);
    }
  }

  @Test
  void corruptedComponentsFailCleanly() throws Exception {
    byte[] smoke = FixtureComponents.smoke();
    Random random = new Random(20240605);
    for (int round = 0; round < 3000; round++) {
      byte[] copy = smoke.clone();
      int at = round < 1500 ? random.nextInt(2048) : random.nextInt(copy.length);
      copy[at] = (byte) random.nextInt(256);
      readOrReject(copy, "byte " + at + " changed");
    }
  }

  @Test
  void randomBytesAfterAPreambleFailCleanly() {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      byte[] noise = new byte[random.nextInt(64)];
      random.nextBytes(noise);
      byte[] preamble = round % 2 == 0 ? ComponentBytes.COMPONENT_PREAMBLE : CORE_PREAMBLE;
      readOrReject(concat(preamble, noise), "noise round " + round);
    }
  }

  private static void readOrReject(byte[] bytes, String what) {
    try {
      ComponentReader.read(bytes);
    } catch (ComponentReadException expected) {
      assertThat(expected).hasMessageThat().isNotEmpty();
    } catch (RuntimeException | Error e) {
      fail(what + ": " + e, e);
    }
    try {
      ComponentGraphReader.read(bytes);
    } catch (ComponentReadException expected) {
      assertThat(expected).hasMessageThat().isNotEmpty();
    } catch (RuntimeException | Error e) {
      fail("graph of " + what + ": " + e, e);
    }
  }

  private static String reject(byte[] bytes) {
    return assertThrows(ComponentReadException.class, () -> ComponentReader.read(bytes))
        .getMessage();
  }
}
