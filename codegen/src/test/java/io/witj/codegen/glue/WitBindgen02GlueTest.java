package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.abi.AbiFlavour;
import io.witj.parser.Wit;
import io.witj.parser.model.Resolve;
import io.witj.parser.wit2022.WorldDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bindings generated from 2022-dialect WIT with the wit-bindgen 0.2 ABI flavour, against a WAT
 * guest written to that ABI: core names ({@code host."counter::new"}, {@code
 * canonical_abi.resource_drop_counter}, bare export names), handles numbered per resource type from
 * 0 with the last freed index reused first, import results through the guest's return area and
 * {@code canonical_abi_realloc}, export results freed by the host with {@code canonical_abi_free}
 * (each string, then the list; post-return never runs), the entry point {@code main}, and an
 * exported interface bound at run time under a core name checked when bound.
 */
class WitBindgen02GlueTest {
  static final String HOST =
      """
      resource counter {
        static new: func(start: u32) -> counter
        add: func(n: u32) -> u32
      }
      resource cursor {
        static open: func(name: string) -> expected<cursor, string>
      }
      peek: func(c: counter) -> u32
      """;

  static final String GUEST =
      """
      names: func(n: u32) -> expected<list<string>, string>
      echo: func(s: string) -> string
      """;

  static final String SINGLE = "one: func() -> u32\n";

  static final String WAT =
      """
      (module
        (import "host" "counter::new" (func $new (param i32) (result i32)))
        (import "host" "counter::add" (func $add (param i32 i32) (result i32)))
        (import "host" "cursor::open" (func $open (param i32 i32 i32)))
        (import "host" "peek" (func $peek (param i32) (result i32)))
        (import "canonical_abi" "resource_drop_counter" (func $dropCounter (param i32)))
        (import "canonical_abi" "resource_drop_cursor" (func $dropCursor (param i32)))
        (memory (export "memory") 1)
        (global $heap (mut i32) (i32.const 8192))
        (global $frees (mut i32) (i32.const 0))
        (data (i32.const 3000) "abcdenocurs")
        (func (export "canonical_abi_realloc") (param i32 i32 i32 i32) (result i32)
          (local $ret i32)
          (local.set $ret (i32.and (i32.add (global.get $heap) (i32.sub (local.get 2) (i32.const 1)))
                                   (i32.sub (i32.const 0) (local.get 2))))
          (global.set $heap (i32.add (local.get $ret) (local.get 3)))
          (local.get $ret))
        ;; logs (ptr, size, align) at 512 + 12 * n
        (func (export "canonical_abi_free") (param i32 i32 i32)
          (local $at i32)
          (local.set $at (i32.add (i32.const 512) (i32.mul (global.get $frees) (i32.const 12))))
          (i32.store (local.get $at) (local.get 0))
          (i32.store offset=4 (local.get $at) (local.get 1))
          (i32.store offset=8 (local.get $at) (local.get 2))
          (global.set $frees (i32.add (global.get $frees) (i32.const 1))))
        (func (export "frees") (result i32) (global.get $frees))
        (func (export "cabi_post_names") (param i32) (unreachable))
        ;; c0, c1: counters 0 and 1; u: cursor 0; drop c0; c2 reuses 0; returns c0 + 10 c1 + 100 u + 1000 c2
        (func (export "main") (param i32 i32) (result i32)
          (local $c0 i32) (local $c1 i32) (local $u i32) (local $c2 i32)
          (local.set $c0 (call $new (i32.const 1)))
          (local.set $c1 (call $new (i32.const 2)))
          (call $open (i32.const 3007) (i32.const 4) (i32.const 256))
          (if (i32.load8_u (i32.const 256)) (then (unreachable)))
          (local.set $u (i32.load (i32.const 260)))
          (call $dropCounter (local.get $c0))
          (local.set $c2 (call $new (i32.const 3)))
          (drop (call $add (local.get $c2) (i32.const 4)))
          (i32.store (i32.const 264) (call $peek (local.get $c2)))
          (call $dropCounter (local.get $c1))
          (call $dropCounter (local.get $c2))
          (call $dropCursor (local.get $u))
          (i32.add
            (i32.add (local.get $c0) (i32.mul (local.get $c1) (i32.const 10)))
            (i32.add (i32.mul (local.get $u) (i32.const 100))
                     (i32.mul (local.get $c2) (i32.const 1000)))))
        (func (export "peeked") (result i32) (i32.load (i32.const 264)))
        ;; n == 0: err("no"); else ok(["ab", "cde"])
        (func (export "names") (param $n i32) (result i32)
          (if (i32.eqz (local.get $n))
            (then
              (i32.store8 (i32.const 1024) (i32.const 1))
              (i32.store (i32.const 1028) (i32.const 3005))
              (i32.store (i32.const 1032) (i32.const 2))
              (return (i32.const 1024))))
          (i32.store (i32.const 2048) (i32.const 3000))
          (i32.store (i32.const 2052) (i32.const 2))
          (i32.store (i32.const 2056) (i32.const 3002))
          (i32.store (i32.const 2060) (i32.const 3))
          (i32.store8 (i32.const 1024) (i32.const 0))
          (i32.store (i32.const 1028) (i32.const 2048))
          (i32.store (i32.const 1032) (i32.const 2))
          (i32.const 1024))
        (func (export "echo") (param i32 i32) (result i32)
          (i32.store (i32.const 1040) (local.get 0))
          (i32.store (i32.const 1044) (local.get 1))
          (i32.const 1040))
        (func (export "single-impl") (result i32) (i32.const 42)))
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;
      import static org.junit.jupiter.api.Assertions.assertThrows;

      import com.dylibso.chicory.runtime.Memory;
      import exports.wit2022.root.Guest;
      import io.witj.runtime.GuestLoadException;
      import io.witj.runtime.Result;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.function.Consumer;
      import wit2022.root.Demo;
      import wit2022.root.Host;

      public final class Driver implements Consumer<byte[]>, Host {
        final List<String> log = new ArrayList<>();

        final class MyCounter implements Counter {
          int value;
          MyCounter(int value) { this.value = value; }
          @Override public int add(int n) { return value += n; }
          @Override public void close() { log.add("close counter " + value); }
        }

        @Override public Counter counterNew(int start) { return new MyCounter(start); }
        @Override public Result<Cursor, String> cursorOpen(String name) {
          log.add("open " + name);
          return Result.ok(new Cursor() {
            @Override public void close() { log.add("close cursor " + name); }
          });
        }
        @Override public int peek(Counter c) { return ((MyCounter) c).value; }

        private static List<Integer> freed(Demo demo, int index) {
          Memory memory = demo.instance().memory();
          int at = 512 + 12 * index;
          return List.of(memory.readInt(at), memory.readInt(at + 4), memory.readInt(at + 8));
        }

        private static long frees(Demo demo) {
          return demo.instance().export("frees").apply()[0];
        }

        @Override
        public void accept(byte[] wasm) {
          try (Demo demo = Demo.builder(wasm).host(this).build()) {
            // handles per resource type from 0, the last freed index first
            assertThat(demo.main()).isEqualTo(10);
            assertThat(demo.instance().export("peeked").apply()[0]).isEqualTo(7);
            assertThat(log)
                .containsExactly(
                    "open curs", "close counter 1", "close counter 2", "close counter 7",
                    "close cursor curs")
                .inOrder();

            // the host frees what an export returned: each string, then the list; no post-return
            Guest guest = demo.guest();
            assertThat(guest.names(1).unwrap()).containsExactly("ab", "cde").inOrder();
            assertThat(frees(demo)).isEqualTo(3);
            assertThat(freed(demo, 0)).containsExactly(3000, 2, 1).inOrder();
            assertThat(freed(demo, 1)).containsExactly(3002, 3, 1).inOrder();
            assertThat(freed(demo, 2)).containsExactly(2048, 16, 4).inOrder();
            assertThat(guest.names(0).unwrapErr()).isEqualTo("no");
            assertThat(frees(demo)).isEqualTo(4);
            assertThat(freed(demo, 3)).containsExactly(3005, 2, 1).inOrder();
            // an argument the host allocated comes back in the result and is freed once
            assertThat(guest.echo("héllo")).isEqualTo("héllo");
            assertThat(frees(demo)).isEqualTo(5);
            assertThat(freed(demo, 4).subList(1, 3)).containsExactly(6, 1).inOrder();

            // an interface bound at run time, under a name checked when bound
            assertThat(demo.single("single-impl").one()).isEqualTo(42);
            assertThat(demo.single(f -> f.equals("one") ? "single-impl" : f).one()).isEqualTo(42);
            GuestLoadException missing =
                assertThrows(GuestLoadException.class, () -> demo.single("one"));
            assertThat(missing).hasMessageThat().isEqualTo("the guest does not export one");
            GuestLoadException wrong =
                assertThrows(GuestLoadException.class, () -> demo.single("names"));
            assertThat(wrong)
                .hasMessageThat()
                .isEqualTo(
                    "the guest exports names with core type (param i32) (result i32), the world"
                        + " needs (param) (result i32)");
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void hostsAGuestOfTheWitBindgen02Abi() throws Exception {
    Path wit = Files.createDirectories(temp.resolve("wit"));
    Files.writeString(wit.resolve("host.wit"), HOST);
    Files.writeString(wit.resolve("guest.wit"), GUEST);
    Files.writeString(wit.resolve("single.wit"), SINGLE);
    Resolve resolve =
        Wit.loadWit2022(
            wit, List.of(new WorldDescriptor("demo", List.of("host"), List.of("guest", "single"))));
    GeneratorOptions options =
        GeneratorOptions.builder()
            .world("demo")
            .abi(AbiFlavour.WIT_BINDGEN_0_2)
            .bindAtRunTime("single")
            .build();
    GlueHarness.run(temp, resolve, options, Wat2Wasm.parse(WAT), DRIVER);
  }
}
