package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imported resources (the host's {@code counter}: constructor, methods, static function, own and
 * borrow parameters, own results, {@code [resource-drop]} closing the host object, closing the
 * world closing what the guest still holds, handle misuse trapping) and exported resources (the
 * guest's {@code acc}: constructor, methods, own results and parameters, borrows, the host's {@code
 * close()} running the guest's destructor) with a hand-written WAT guest.
 */
class ResourceRoundTripTest {
  static final String WIT =
      """
      package test:glue;
      interface host {
        resource counter {
          constructor(start: u32);
          add: func(n: u32) -> u32;
          get: func() -> u32;
          merge: static func(a: counter, b: borrow<counter>) -> counter;
        }
        peek: func(c: borrow<counter>) -> u32;
      }
      interface guest {
        use host.{counter};
        resource acc {
          constructor(start: u32);
          add: func(n: u32) -> u32;
          take: static func(a: acc) -> u32;
        }
        make-acc: func(v: u32) -> acc;
        sum: func(a: borrow<acc>, b: borrow<acc>) -> u32;
        use-counter: func(c: borrow<counter>) -> u32;
        give-counter: func(c: counter) -> u32;
        run: func() -> u32;
        keep: func();
        leak-borrow: func(c: borrow<counter>);
        bad-drop: func();
        double-drop: func();
        move-and-borrow: func();
      }
      world res {
        import host;
        export guest;
      }
      """;

  static final String WAT =
      """
      (module
        (import "test:glue/host" "[constructor]counter" (func $new (param i32) (result i32)))
        (import "test:glue/host" "[method]counter.add" (func $add (param i32 i32) (result i32)))
        (import "test:glue/host" "[method]counter.get" (func $get (param i32) (result i32)))
        (import "test:glue/host" "[static]counter.merge" (func $merge (param i32 i32) (result i32)))
        (import "test:glue/host" "[resource-drop]counter" (func $drop (param i32)))
        (import "test:glue/host" "peek" (func $peek (param i32) (result i32)))
        (import "[export]test:glue/guest" "[resource-new]acc" (func $accNew (param i32) (result i32)))
        (import "[export]test:glue/guest" "[resource-rep]acc" (func $accRep (param i32) (result i32)))
        (import "[export]test:glue/guest" "[resource-drop]acc" (func $accDrop (param i32)))
        (memory (export "memory") 1)
        (global $next (mut i32) (i32.const 16))
        (global $dtors (mut i32) (i32.const 0))
        (global $dtorSum (mut i32) (i32.const 0))
        (global $kept (mut i32) (i32.const 0))
        (func $acc (param $v i32) (result i32)
          (local $rep i32)
          (local.set $rep (global.get $next))
          (global.set $next (i32.add (global.get $next) (i32.const 4)))
          (i32.store (local.get $rep) (local.get $v))
          (call $accNew (local.get $rep)))
        (func (export "test:glue/guest#[constructor]acc") (param i32) (result i32)
          (call $acc (local.get 0)))
        (func (export "test:glue/guest#make-acc") (param i32) (result i32)
          (call $acc (local.get 0)))
        (func (export "test:glue/guest#[method]acc.add") (param $rep i32) (param $n i32) (result i32)
          (i32.store (local.get $rep) (i32.add (i32.load (local.get $rep)) (local.get $n)))
          (i32.load (local.get $rep)))
        (func (export "test:glue/guest#[static]acc.take") (param $h i32) (result i32)
          (local $v i32)
          (local.set $v (i32.load (call $accRep (local.get $h))))
          (call $accDrop (local.get $h))
          (local.get $v))
        (func (export "test:glue/guest#sum") (param i32 i32) (result i32)
          (i32.add (i32.load (local.get 0)) (i32.load (local.get 1))))
        (func (export "test:glue/guest#[dtor]acc") (param $rep i32)
          (global.set $dtors (i32.add (global.get $dtors) (i32.const 1)))
          (global.set $dtorSum (i32.add (global.get $dtorSum) (i32.load (local.get $rep)))))
        (func (export "dtors") (result i32) (global.get $dtors))
        (func (export "dtor-sum") (result i32) (global.get $dtorSum))
        (func (export "test:glue/guest#use-counter") (param $h i32) (result i32)
          (local $r i32)
          (local.set $r (call $add (local.get $h) (i32.const 5)))
          (call $drop (local.get $h))
          (local.get $r))
        (func (export "test:glue/guest#give-counter") (param $h i32) (result i32)
          (local $r i32)
          (local.set $r (call $get (local.get $h)))
          (call $drop (local.get $h))
          (local.get $r))
        (func (export "test:glue/guest#run") (result i32)
          (local $c i32) (local $d i32) (local $m i32) (local $v i32)
          (local.set $c (call $new (i32.const 10)))
          (drop (call $add (local.get $c) (i32.const 1)))
          (local.set $d (call $new (i32.const 100)))
          (local.set $m (call $merge (local.get $c) (local.get $d)))
          (local.set $v (i32.add (call $get (local.get $m)) (call $peek (local.get $m))))
          (call $drop (local.get $m))
          (call $drop (local.get $d))
          (local.get $v))
        (func (export "test:glue/guest#keep")
          (global.set $kept (call $new (i32.const 7))))
        (func (export "test:glue/guest#leak-borrow") (param i32))
        (func (export "test:glue/guest#bad-drop")
          (call $drop (i32.const 12345)))
        (func (export "test:glue/guest#double-drop")
          (local $c i32)
          (local.set $c (call $new (i32.const 1)))
          (call $drop (local.get $c))
          (call $drop (local.get $c)))
        (func (export "test:glue/guest#move-and-borrow")
          (local $c i32)
          (local.set $c (call $new (i32.const 1)))
          (drop (call $merge (local.get $c) (local.get $c))))
      )
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;
      import static org.junit.jupiter.api.Assertions.assertThrows;

      import exports.test.glue.Guest;
      import io.witj.runtime.ResourceReleasedException;
      import io.witj.runtime.WitTrapException;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.function.Consumer;
      import test.glue.Host;
      import test.glue.Res;

      public final class Driver implements Consumer<byte[]>, Host {
        final List<String> closed = new ArrayList<>();

        final class MyCounter implements Counter {
          int value;
          MyCounter(int value) { this.value = value; }
          @Override public int add(int n) { return value += n; }
          @Override public int get() { return value; }
          @Override public void close() { closed.add("counter " + value); }
        }

        @Override public Counter newCounter(int start) { return new MyCounter(start); }
        @Override public Counter counterMerge(Counter a, Counter b) {
          a.close();
          return new MyCounter(a.get() + b.get());
        }
        @Override public int peek(Counter c) { return c.get() * 1000; }

        private static int call(Res w, String export) {
          return (int) w.instance().export(export).apply()[0];
        }

        private static void assertTrap(Runnable call, String function, String message) {
          WitTrapException e = assertThrows(WitTrapException.class, call::run);
          assertThat(e.function()).isEqualTo(function);
          assertThat(e).hasMessageThat().contains(message);
        }

        @Override
        public void accept(byte[] wasm) {
          try (Res w = Res.builder(wasm).host(this).build()) {
            Guest g = w.guest();
            // imported resource, driven by the guest: constructor, method, static with own + borrow, drop
            assertThat(g.run()).isEqualTo(111 + 111_000);
            assertThat(closed).containsExactly("counter 11", "counter 111", "counter 100").inOrder();
            closed.clear();
            // the host lends its own object to the guest, then gives it away
            MyCounter mine = new MyCounter(1);
            assertThat(g.useCounter(mine)).isEqualTo(6);
            assertThat(closed).isEmpty();
            assertThat(g.giveCounter(mine)).isEqualTo(6);
            assertThat(closed).containsExactly("counter 6");
            closed.clear();

            // exported resource: constructor, method, borrow, own result, own parameter, close
            Guest.Acc a = g.newAcc(5);
            assertThat(a.add(2)).isEqualTo(7);
            Guest.Acc b = g.makeAcc(10);
            assertThat(g.sum(a, b)).isEqualTo(17);
            assertThat(g.accTake(b)).isEqualTo(10);
            assertThat(call(w, "dtors")).isEqualTo(1);
            // a moved or closed wrapper says so, naming the call that took it
            ResourceReleasedException moved =
                assertThrows(ResourceReleasedException.class, () -> b.add(1));
            assertThat(moved).hasMessageThat().startsWith("test:glue/guest#acc (rep ");
            assertThat(moved).hasMessageThat().endsWith(") was moved to the guest by"
                + " test:glue/guest#[static]acc.take; it can no longer be used");
            assertThat(moved.resource()).isEqualTo("test:glue/guest#acc");
            b.close();
            assertThat(call(w, "dtors")).isEqualTo(1);
            a.close();
            a.close();
            assertThat(call(w, "dtors")).isEqualTo(2);
            assertThat(assertThrows(ResourceReleasedException.class, () -> g.sum(a, a)))
                .hasMessageThat().endsWith(" was closed; it can no longer be used");
            assertThat(call(w, "dtor-sum")).isEqualTo(17);
            g.keep();
            closed.clear();
          }
          // closing the world closes the host objects the guest still owns, once
          assertThat(closed).containsExactly("counter 7");
          closed.clear();

          String prefix = "test:glue/host#";
          try (Res w = Res.builder(wasm).host(this).build()) {
            assertTrap(() -> w.guest().leakBorrow(new MyCounter(3)), "test:glue/guest#leak-borrow",
                "borrowed handles [1] were not dropped before the call returned");
          }
          try (Res w = Res.builder(wasm).host(this).build()) {
            assertTrap(w.guest()::badDrop, prefix + "[resource-drop]counter", "unknown test:glue/host#counter handle 12345");
          }
          try (Res w = Res.builder(wasm).host(this).build()) {
            assertTrap(w.guest()::doubleDrop, prefix + "[resource-drop]counter", "unknown test:glue/host#counter handle 1");
          }
          try (Res w = Res.builder(wasm).host(this).build()) {
            assertTrap(w.guest()::moveAndBorrow, prefix + "[static]counter.merge", "unknown test:glue/host#counter handle 1");
          }
          // double-drop closed its counter once; move-and-borrow's counter, lifted as own before its
          // borrow trapped, went back into the table, so closing the world closed it
          assertThat(closed).containsExactly("counter 1", "counter 1");
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void importedAndExportedResources() throws Exception {
    GlueHarness.run(temp, WIT, "res", Wat2Wasm.parse(WAT), DRIVER);
  }
}
