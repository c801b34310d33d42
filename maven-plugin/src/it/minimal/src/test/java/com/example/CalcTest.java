package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wabt.Wat2Wasm;
import demo.calc.Calc;
import demo.calc.Host;
import org.junit.jupiter.api.Test;

/** Calls a WAT guest through the bindings the plugin generated in this build. */
class CalcTest {
  static final String WAT =
      """
      (module
        (import "demo:calc/host@1.0.0" "add" (func $add (param i32 i32) (result i32)))
        (import "demo:calc/host@1.0.0" "greet" (func $greet (param i32 i32 i32)))
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
        (func (export "hello") (param i32 i32) (result i32)
          (call $greet (local.get 0) (local.get 1) (i32.const 16))
          (i32.const 16))
      )
      """;

  @Test
  void guestCallsGoThroughTheGeneratedBindings() {
    Host host =
        new Host() {
          @Override
          public int add(int a, int b) {
            return a + b;
          }

          @Override
          public String greet(String name) {
            return "hello, " + name;
          }
        };
    try (Calc calc = Calc.builder(Wat2Wasm.parse(WAT)).host(host).build()) {
      assertEquals(42, calc.run(32));
      assertEquals("hello, maven", calc.hello("maven"));
    }
  }
}
