package io.witj.codegen.glue;

import static com.google.common.truth.Truth.assertThat;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Primitives and strings through imports and exports of a WAT guest. */
class PrimitiveRoundTripTest {
  static final String WIT =
      """
      package test:glue;
      interface host {
        add: func(a: u32, b: u32) -> u32;
        greet: func(name: string) -> string;
      }
      world prims {
        import host;
        export run: func(x: u32) -> u32;
        export echo: func(s: string) -> string;
        export hello: func(s: string) -> string;
      }
      """;

  static final String WAT =
      """
      (module
        (import "test:glue/host" "add" (func $add (param i32 i32) (result i32)))
        (import "test:glue/host" "greet" (func $greet (param i32 i32 i32)))
        (memory (export "memory") 1)
        (global $bump (mut i32) (i32.const 1024))
        (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
          (local $p i32)
          (local.set $p (i32.and (i32.add (global.get $bump) (i32.sub (local.get 2) (i32.const 1)))
                                 (i32.sub (i32.const 0) (local.get 2))))
          (global.set $bump (i32.add (local.get $p) (local.get 3)))
          (local.get $p))
        (func (export "run") (param i32) (result i32)
          (call $add (local.get 0) (i32.const 10)))
        (func (export "echo") (param i32 i32) (result i32)
          (i32.store (i32.const 8) (local.get 0))
          (i32.store (i32.const 12) (local.get 1))
          (i32.const 8))
        (func (export "hello") (param i32 i32) (result i32)
          (call $greet (local.get 0) (local.get 1) (i32.const 16))
          (i32.const 16))
      )
      """;

  @TempDir Path temp;

  @Test
  void primitivesAndStringsBothWays() throws Exception {
    ClassLoader loader = GlueHarness.build(temp, WIT, "prims");
    Class<?> hostType = loader.loadClass("test.glue.Host");
    Object host =
        Proxy.newProxyInstance(
            loader,
            new Class<?>[] {hostType},
            (p, m, a) ->
                switch (m.getName()) {
                  case "add" -> (Integer) a[0] + (Integer) a[1];
                  case "greet" -> "hello, " + a[0];
                  default -> throw new UnsupportedOperationException(m.getName());
                });
    Class<?> worldType = loader.loadClass("test.glue.Prims");
    Object builder =
        worldType.getMethod("builder", byte[].class).invoke(null, (Object) Wat2Wasm.parse(WAT));
    builder.getClass().getMethod("host", hostType).invoke(builder, host);
    Object world = builder.getClass().getMethod("build").invoke(builder);
    Method run = worldType.getMethod("run", int.class);
    assertThat(run.invoke(world, 32)).isEqualTo(42);
    assertThat(worldType.getMethod("echo", String.class).invoke(world, "héllo wörld"))
        .isEqualTo("héllo wörld");
    assertThat(worldType.getMethod("hello", String.class).invoke(world, "wit"))
        .isEqualTo("hello, wit");
  }
}
