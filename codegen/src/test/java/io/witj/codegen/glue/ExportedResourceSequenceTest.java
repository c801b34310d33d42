package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported-resource sequence of the componentize-js suite ({@code counter (exported
 * resource)}), replayed against a WAT guest that records what it receives: constructors hand out
 * reps, {@code merge(borrow, borrow)} receives the two reps (lowering a borrow to the resource's
 * own component passes the rep), {@code consume(own)} receives a fresh handle (the index its lift
 * freed, reused as the spec's table does) that {@code [resource-rep]} resolves to the rep, the
 * guest's {@code [resource-drop]} of that handle runs the destructor with the rep, and the host's
 * {@code close()} runs it with the rep of each counter, once.
 *
 * <p>Pins what witj does where componentize-js 0.23.0 goes wrong: its binding of an {@code own}
 * parameter of an exported resource deletes its rep table entry keyed by the <em>handle</em>, so
 * when the handle index equals the rep of another live counter (here: handle 1, rep of {@code c1}),
 * that counter's destructor later does nothing (docs/guests.md, "componentize-js defects").
 */
class ExportedResourceSequenceTest {
  static final String WIT =
      """
      package test:seq;
      interface guest {
        resource counter {
          constructor(start: u32);
          get: func() -> u32;
          merge: static func(a: borrow<counter>, b: borrow<counter>) -> counter;
        }
        consume: func(c: counter) -> u32;
        peek: func(c: borrow<counter>) -> u32;
      }
      world seq {
        export guest;
      }
      """;

  /**
   * Counters are 4-byte cells at 16, 20, 24, ... (the rep is the address). Log at 1024: one i32 per
   * event, {@code kind * 0x10000 + value} (1 new rep, 2 merge arg, 3 consume handle, 4 consume rep,
   * 5 dtor rep, 6 peek arg); length in the global {@code $n}.
   */
  static final String WAT =
      """
      (module
        (import "[export]test:seq/guest" "[resource-new]counter" (func $new (param i32) (result i32)))
        (import "[export]test:seq/guest" "[resource-rep]counter" (func $rep (param i32) (result i32)))
        (import "[export]test:seq/guest" "[resource-drop]counter" (func $drop (param i32)))
        (memory (export "memory") 1)
        (global $next (mut i32) (i32.const 16))
        (global $n (mut i32) (i32.const 0))
        (func $log (param $kind i32) (param $v i32)
          (i32.store (i32.add (i32.const 1024) (i32.shl (global.get $n) (i32.const 2)))
            (i32.add (i32.shl (local.get $kind) (i32.const 16)) (local.get $v)))
          (global.set $n (i32.add (global.get $n) (i32.const 1))))
        (func $make (param $v i32) (result i32)
          (local $r i32)
          (local.set $r (global.get $next))
          (global.set $next (i32.add (global.get $next) (i32.const 4)))
          (i32.store (local.get $r) (local.get $v))
          (call $log (i32.const 1) (local.get $r))
          (call $new (local.get $r)))
        (func (export "test:seq/guest#[constructor]counter") (param i32) (result i32)
          (call $make (local.get 0)))
        (func (export "test:seq/guest#[method]counter.get") (param $r i32) (result i32)
          (i32.load (local.get $r)))
        (func (export "test:seq/guest#[static]counter.merge") (param $a i32) (param $b i32) (result i32)
          (call $log (i32.const 2) (local.get $a))
          (call $log (i32.const 2) (local.get $b))
          (call $make (i32.add (i32.load (local.get $a)) (i32.load (local.get $b)))))
        (func (export "test:seq/guest#peek") (param $r i32) (result i32)
          (call $log (i32.const 6) (local.get $r))
          (i32.load (local.get $r)))
        (func (export "test:seq/guest#consume") (param $h i32) (result i32)
          (local $r i32)
          (call $log (i32.const 3) (local.get $h))
          (local.set $r (call $rep (local.get $h)))
          (call $log (i32.const 4) (local.get $r))
          (call $drop (local.get $h))
          (i32.load (local.get $r)))
        (func (export "test:seq/guest#[dtor]counter") (param $r i32)
          (call $log (i32.const 5) (local.get $r)))
        (func (export "log-length") (result i32) (global.get $n))
      )
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;

      import exports.test.seq.Guest;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.function.Consumer;
      import test.seq.Seq;

      public final class Driver implements Consumer<byte[]> {
        private static List<String> log(Seq w) {
          int n = (int) w.instance().export("log-length").apply()[0];
          String[] kinds = {"?", "new", "merge-arg", "consume-handle", "consume-rep", "dtor", "peek-arg"};
          List<String> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            int e = w.instance().memory().readInt(1024 + 4 * i);
            out.add(kinds[e >>> 16] + " " + (e & 0xffff));
          }
          return out;
        }

        @Override
        public void accept(byte[] wasm) {
          try (Seq w = Seq.builder(wasm).build()) {
            Guest g = w.guest();
            Guest.Counter c1 = g.newCounter(5);
            assertThat(c1.get()).isEqualTo(5);
            Guest.Counter c2 = g.newCounter(20);
            Guest.Counter m = g.counterMerge(c1, c2);
            assertThat(g.peek(m)).isEqualTo(25);
            assertThat(g.consume(m)).isEqualTo(25);
            assertThat(log(w)).containsExactly(
                "new 16", "new 20", "merge-arg 16", "merge-arg 20", "new 24", "peek-arg 24",
                // a fresh handle (index 1, freed by the last lift) for rep 24, not the rep
                "consume-handle 1", "consume-rep 24", "dtor 24").inOrder();
            m.close(); // moved to the guest: nothing happens
            c1.close();
            c1.close();
            c2.close();
            assertThat(log(w).subList(9, log(w).size()))
                .containsExactly("dtor 16", "dtor 20").inOrder();
          }
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void destructorsGetRepsBorrowsAreRepsOwnIsAFreshHandle() throws Exception {
    GlueHarness.run(temp, WIT, "seq", Wat2Wasm.parse(WAT), DRIVER);
  }
}
