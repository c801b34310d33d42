package io.witj.codegen.glue;

import static com.google.common.truth.Truth.assertThat;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WIT parameters named like the glue's locals and fields ({@code cx}, {@code scope}, {@code args},
 * {@code results}, {@code params}, {@code ptr}, {@code out}, {@code result}, {@code abi}, {@code
 * owner}, {@code instance}, {@code handle}, and {@code f-fn} next to the field {@code fFn} of
 * function {@code f}) keep their names in the host interface, on the exported interface's class, on
 * an exported resource (constructor and method) and on a world-level export, and the calls still
 * work both ways, flat and spilled: the glue's own locals start with {@code $} and fields are
 * reached through {@code this.}.
 */
class GlueLocalNamesTest {
  static final String WIT =
      """
      package test:glue;
      interface api {
        f: func(cx: u32, scope: string, args: list<u8>, results: u64, params: u32, ptr: u32, out: u32,
                %result: u32, abi: u32, owner: u32, instance: u32, f-fn: u32) -> u64;
        spilled: func(params: string, ptr: string, out: string, %result: string, args: string,
                      results: string, cx: string, scope: string, abi: string) -> tuple<string, u32>;
      }
      world names {
        import api;
        export api;
      }
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;

      import io.witj.runtime.Tuple2;
      import java.util.function.Consumer;
      import test.glue.Api;
      import test.glue.Names;

      public final class Driver implements Consumer<byte[]>, Api {
        @Override public long f(int cx, String scope, byte[] args, long results, int params, int ptr,
            int out, int result, int abi, int owner, int instance, int fFn) {
          return cx + scope.length() + args.length + results + params + ptr + out + result + abi
              + owner + instance + fFn;
        }
        @Override public Tuple2<String, Integer> spilled(String params, String ptr, String out, String result,
            String args, String results, String cx, String scope, String abi) {
          String all = params + ptr + out + result + args + results + cx + scope + abi;
          return new Tuple2<>(all, all.length());
        }

        @Override
        public void accept(byte[] wasm) {
          try (Names w = Names.builder(wasm).api(this).build()) {
            assertThat(w.api().f(1, "ab", new byte[3], 1L << 40, 5, 6, 7, 8, 9, 10, 11, 12))
                .isEqualTo((1L << 40) + 74);
            assertThat(w.api().spilled("a", "b", "c", "d", "e", "f", "g", "h", "i")).isEqualTo(new Tuple2<>("abcdefghi", 9));
          }
        }
      }
      """;

  /** An exported resource and a world-level export, whose bodies use the owner and abi fields. */
  static final String RESOURCE_WIT =
      """
      package test:glue;
      interface res {
        resource thing {
          constructor(owner: u32, abi: u32, cx: string);
          get: func(owner: u32, scope: u32, cx: u32, handle: u32, results: list<u8>) -> u32;
        }
      }
      world things {
        export res;
        export total: func(abi: u32, cx: u32, instance: u32, args: string, owner: u32, scope: u32) -> u32;
      }
      """;

  static final String RESOURCE_WAT =
      """
      (module
        (import "[export]test:glue/res" "[resource-new]thing" (func $thingNew (param i32) (result i32)))
        (memory (export "memory") 1)
        (global $next (mut i32) (i32.const 16))
        (func $alloc (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
          (local $p i32)
          (local.set $p (i32.and (i32.add (global.get $next) (i32.const 7)) (i32.const -8)))
          (global.set $next (i32.add (local.get $p) (local.get 3)))
          (local.get $p))
        (func (export "test:glue/res#[constructor]thing") (param $owner i32) (param $abi i32)
            (param $cx i32) (param $cxLen i32) (result i32)
          (local $rep i32)
          (local.set $rep (call $alloc (i32.const 0) (i32.const 0) (i32.const 4) (i32.const 4)))
          (i32.store (local.get $rep)
            (i32.add (i32.add (local.get $owner) (local.get $abi)) (local.get $cxLen)))
          (call $thingNew (local.get $rep)))
        (func (export "test:glue/res#[method]thing.get") (param $rep i32) (param $owner i32)
            (param $scope i32) (param $cx i32) (param $handle i32) (param $ptr i32) (param $len i32)
            (result i32)
          (i32.add (i32.add (i32.add (i32.load (local.get $rep)) (local.get $owner))
            (i32.add (local.get $scope) (local.get $cx)))
            (i32.add (local.get $handle) (local.get $len))))
        (func (export "test:glue/res#[dtor]thing") (param i32))
        (func (export "total") (param $abi i32) (param $cx i32) (param $instance i32) (param $args i32)
            (param $argsLen i32) (param $owner i32) (param $scope i32) (result i32)
          (i32.add (i32.add (i32.add (local.get $abi) (local.get $cx)) (local.get $instance))
            (i32.add (i32.add (local.get $argsLen) (local.get $owner)) (local.get $scope))))
      )
      """;

  static final String RESOURCE_DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;

      import exports.test.glue.Res;
      import java.util.function.Consumer;
      import test.glue.Things;

      public final class Driver implements Consumer<byte[]> {
        @Override
        public void accept(byte[] wasm) {
          try (Things w = Things.builder(wasm).build()) {
            try (Res.Thing t = w.res().newThing(1, 2, "abc")) {
              assertThat(t.get(10, 20, 30, 40, new byte[5])).isEqualTo(6 + 10 + 20 + 30 + 40 + 5);
            }
            assertThat(w.total(1, 2, 3, "four", 5, 6)).isEqualTo(1 + 2 + 3 + 4 + 5 + 6);
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void parametersNamedLikeGlueLocalsKeepTheirNames() throws Exception {
    byte[] wasm = ForwardingGuest.wasm(GlueHarness.resolve(temp, WIT), "names");
    GlueHarness.run(temp, WIT, "names", wasm, DRIVER);
    String f =
        "f(int cx, String scope, byte[] args, long results, int params, int ptr, int out, int result,"
            + " int abi, int owner, int instance, int fFn)";
    String spilled =
        "spilled(String params, String ptr, String out, String result, String args,"
            + " String results, String cx, String scope, String abi)";
    String host = source("test/glue/Api.java");
    assertThat(host).contains("long " + f + ";");
    assertThat(host).contains("Tuple2<String, Integer> " + spilled + ";");
    String export = source("exports/test/glue/Api.java");
    assertThat(export).contains("public long " + f + " {");
    assertThat(export).contains("public Tuple2<String, Integer> " + spilled + " {");
    assertThat(export).contains("this.abi.");
    assertThat(export).doesNotContain("_2");
  }

  @Test
  void exportedResourceAndWorldExportKeepTheirNames() throws Exception {
    GlueHarness.run(temp, RESOURCE_WIT, "things", Wat2Wasm.parse(RESOURCE_WAT), RESOURCE_DRIVER);
    String res = source("exports/test/glue/Res.java");
    assertThat(res).contains("public Thing newThing(int owner, int abi, String cx) {");
    assertThat(res)
        .contains("public int get(int owner, int scope, int cx, int handle, byte[] results) {");
    assertThat(res).contains("this.owner.abi.");
    String world = source("test/glue/Things.java");
    assertThat(world)
        .contains(
            "public int total(int abi, int cx, int instance, String args, int owner, int scope) {");
    assertThat(res + world).doesNotContain("_2");
  }

  /** A generated source file with its whitespace runs collapsed to single spaces. */
  private String source(String path) throws Exception {
    return Files.readString(temp.resolve("src").resolve(path)).replaceAll("\\s+", " ");
  }
}
