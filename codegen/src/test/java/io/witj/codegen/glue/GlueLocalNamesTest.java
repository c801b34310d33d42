package io.witj.codegen.glue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WIT parameters named like the glue's locals and fields ({@code cx}, {@code scope}, {@code args},
 * {@code results}, {@code params}, {@code ptr}, {@code out}, {@code result}, {@code abi}, {@code
 * owner}, and {@code f-fn} next to the field {@code fFn} of function {@code f}) are renamed ({@code
 * cx_2}, …) and the calls still work both ways, flat and spilled.
 */
class GlueLocalNamesTest {
  static final String WIT = """
      package test:glue;
      interface api {
        f: func(cx: u32, scope: string, args: list<u8>, results: u64, params: u32, ptr: u32, out: u32,
                %result: u32, abi: u32, owner: u32, f-fn: u32) -> u64;
        spilled: func(params: string, ptr: string, out: string, %result: string, args: string,
                      results: string, cx: string, scope: string, abi: string) -> tuple<string, u32>;
      }
      world names {
        import api;
        export api;
      }
      """;

  static final String DRIVER = """
      package driver;

      import static com.google.common.truth.Truth.assertThat;

      import io.witj.runtime.Tuple2;
      import java.util.function.Consumer;
      import test.glue.Api;
      import test.glue.Names;

      public final class Driver implements Consumer<byte[]>, Api {
        @Override public long f(int cx_2, String scope_2, byte[] args_2, long results_2, int params_2, int ptr_2,
            int out_2, int result_2, int abi_2, int owner_2, int fFn) {
          return cx_2 + scope_2.length() + args_2.length + results_2 + params_2 + ptr_2 + out_2 + result_2 + abi_2
              + owner_2 + fFn;
        }
        @Override public Tuple2<String, Integer> spilled(String params_2, String ptr_2, String out_2, String result_2,
            String args_2, String results_2, String cx_2, String scope_2, String abi_2) {
          String all = params_2 + ptr_2 + out_2 + result_2 + args_2 + results_2 + cx_2 + scope_2 + abi_2;
          return new Tuple2<>(all, all.length());
        }

        @Override
        public void accept(byte[] wasm) {
          try (Names w = Names.builder(wasm).api(this).build()) {
            assertThat(w.api().f(1, "ab", new byte[3], 1L << 40, 5, 6, 7, 8, 9, 10, 11)).isEqualTo((1L << 40) + 62);
            assertThat(w.api().spilled("a", "b", "c", "d", "e", "f", "g", "h", "i")).isEqualTo(new Tuple2<>("abcdefghi", 9));
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void parametersNamedLikeGlueLocalsAreRenamed() throws Exception {
    byte[] wasm = ForwardingGuest.wasm(GlueHarness.resolve(temp, WIT), "names");
    GlueHarness.run(temp, WIT, "names", wasm, DRIVER);
  }
}
