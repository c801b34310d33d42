package io.witj.codegen.glue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Functions over 16 flat parameters (spilled to memory on both the export and the import side), at
 * exactly 16, and results over one flat value (a return area for exports, an out-pointer for
 * imports), through a {@link ForwardingGuest}.
 */
class SpillTest {
  static final String WIT =
      """
      package test:glue;
      interface api {
        record big { a: u64, b: string, c: list<u32>, d: option<f64> }
        sixteen: func(a0: u32, a1: u32, a2: u32, a3: u32, a4: u32, a5: u32, a6: u32, a7: u32,
                      a8: u32, a9: u32, a10: u32, a11: u32, a12: u32, a13: u32, a14: u32, a15: u32) -> u32;
        seventeen: func(a0: u32, a1: u32, a2: u32, a3: u32, a4: u32, a5: u32, a6: u32, a7: u32,
                        a8: u32, a9: u32, a10: u32, a11: u32, a12: u32, a13: u32, a14: u32, a15: u32, a16: u8) -> u64;
        mixed: func(a: u8, b: s16, c: u32, d: u64, e: f32, f: f64, g: char, h: bool, i: string,
                    j: list<u8>, k: u32, l: u32, m: u32, n: u32, o: u32) -> tuple<u32, string>;
        records: func(a: big, b: big, c: big) -> big;
        pair: func() -> tuple<u32, u64>;
        none: func();
      }
      world spill {
        import api;
        export api;
      }
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;

      import io.witj.runtime.Tuple2;
      import java.util.Optional;
      import java.util.function.Consumer;
      import test.glue.Api;
      import test.glue.Spill;

      public final class Driver implements Consumer<byte[]>, Api {
        private int calls;

        @Override public int sixteen(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7,
            int a8, int a9, int a10, int a11, int a12, int a13, int a14, int a15) {
          return a0 + 2 * a1 + 3 * a2 + 4 * a3 + 5 * a4 + 6 * a5 + 7 * a6 + 8 * a7 + 9 * a8 + 10 * a9
              + 11 * a10 + 12 * a11 + 13 * a12 + 14 * a13 + 15 * a14 + 16 * a15;
        }
        @Override public long seventeen(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7,
            int a8, int a9, int a10, int a11, int a12, int a13, int a14, int a15, byte a16) {
          return ((long) sixteen(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15) << 8) | (a16 & 0xFF);
        }
        @Override public Tuple2<Integer, String> mixed(byte a, short b, int c, long d, float e, double f,
            int g, boolean h, String i, byte[] j, int k, int l, int m, int n, int o) {
          return new Tuple2<>(a + b + c + (int) d + (int) e + (int) f + g + (h ? 1 : 0) + j.length + k + l + m + n + o,
              i + "/" + j.length);
        }
        @Override public Big records(Big a, Big b, Big c) {
          return new Big(a.a() + b.a() + c.a(), a.b() + b.b() + c.b(),
              new int[] {a.c().length, b.c().length, c.c().length}, c.d());
        }
        @Override public Tuple2<Integer, Long> pair() {
          return new Tuple2<>(-1, Long.MIN_VALUE);
        }
        @Override public void none() {
          calls++;
        }

        @Override
        public void accept(byte[] wasm) {
          try (Spill w = Spill.builder(wasm).api(this).build()) {
            var api = w.api();
            assertThat(api.sixteen(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2)).isEqualTo(152);
            assertThat(api.seventeen(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, (byte) 0xAB)).isEqualTo((17L << 8) | 0xAB);
            assertThat(api.mixed((byte) 1, (short) 2, 3, 4L, 5.5f, 6.5, 7, true, "str", new byte[] {1, 2, 3}, 1, 1, 1, 1, 1))
                .isEqualTo(new Tuple2<>(1 + 2 + 3 + 4 + 5 + 6 + 7 + 1 + 3 + 5, "str/3"));
            var big = new exports.test.glue.Api.Big(1L << 40, "a", new int[] {1}, Optional.of(2.5));
            var none = new exports.test.glue.Api.Big(1, "bc", new int[0], Optional.empty());
            var sum = api.records(big, none, big);
            assertThat(sum.a()).isEqualTo((2L << 40) + 1);
            assertThat(sum.b()).isEqualTo("abca");
            assertThat(sum.c()).isEqualTo(new int[] {1, 0, 1});
            assertThat(sum.d()).hasValue(2.5);
            assertThat(api.pair()).isEqualTo(new Tuple2<>(-1, Long.MIN_VALUE));
            api.none();
            assertThat(calls).isEqualTo(1);
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void spilledParametersAndResultsBothWays() throws Exception {
    byte[] wasm = ForwardingGuest.wasm(GlueHarness.resolve(temp, WIT), "spill");
    GlueHarness.run(temp, WIT, "spill", wasm, DRIVER);
  }
}
