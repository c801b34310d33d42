package io.witj.codegen.glue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of an instance, as the Component Model defines it, through generated bindings and a WAT
 * guest. After a trap (a guest {@code unreachable}, a bad value lifted from the guest, a bad
 * argument of an import call, a guest recursion deeper than the JVM's stack, a host exception
 * thrown through the guest) the instance is dead: every later call, including the lowering of its
 * arguments ({@code cabi_realloc}), throws a {@code WitTrapException} saying it trapped earlier and
 * where, with the first trap as its cause. After {@code close()} every call throws an {@code
 * IllegalStateException} saying the instance is closed; closing again, and closing an exported
 * resource of a closed instance, do nothing. The host's implementation of an import calling an
 * export of the same instance traps (the spec's {@code may_enter}), and so does the outer call.
 * Missing imports, missing exports and exports of the wrong core type are one {@code
 * GuestLoadException} from {@code build()}.
 */
class InstanceStateTest {
  static final String WIT =
      """
      package test:state;
      interface host {
        ping: func(n: u32) -> u32;
      }
      interface api {
        enum color { red, green }
        resource thing {
          constructor(n: u32);
          get: func() -> u32;
        }
        add: func(a: u32, b: u32) -> u32;
        crash: func();
        bad-enum: func() -> color;
        call-host: func(n: u32) -> u32;
        bad-import-arg: func() -> u32;
        recurse: func(n: u32) -> u32;
        echo: func(s: string) -> string;
      }
      world state {
        import host;
        export api;
      }
      """;

  static final String WAT =
      """
      (module
        (import "test:state/host" "ping" (func $ping (param i32) (result i32)))
        (import "[export]test:state/api" "[resource-new]thing" (func $new (param i32) (result i32)))
        (memory (export "memory") 1)
        (global $bump (mut i32) (i32.const 1024))
        (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
          (local $p i32)
          (local.set $p (global.get $bump))
          (global.set $bump (i32.add (global.get $bump) (local.get 3)))
          (local.get $p))
        (func (export "test:state/api#[constructor]thing") (param i32) (result i32)
          (call $new (local.get 0)))
        (func (export "test:state/api#[method]thing.get") (param i32) (result i32) (local.get 0))
        (func (export "test:state/api#[dtor]thing") (param i32))
        (func (export "test:state/api#add") (param i32 i32) (result i32)
          (i32.add (local.get 0) (local.get 1)))
        (func (export "test:state/api#crash") unreachable)
        (func (export "test:state/api#bad-enum") (result i32) (i32.const 7))
        (func (export "test:state/api#call-host") (param i32) (result i32)
          (call $ping (local.get 0)))
        (func (export "test:state/api#bad-import-arg") (result i32)
          (call $ping (i32.const 0)))
        (func $recurse (export "test:state/api#recurse") (param i32) (result i32)
          (i32.add (call $recurse (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
        (func (export "test:state/api#echo") (param i32 i32) (result i32)
          (i32.store (i32.const 16) (local.get 0))
          (i32.store (i32.const 20) (local.get 1))
          (i32.const 16))
      )
      """;

  static final String DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;
      import static org.junit.jupiter.api.Assertions.assertThrows;

      import exports.test.state.Api;
      import io.witj.runtime.WitTrapException;
      import java.util.function.Consumer;
      import java.util.function.Function;
      import test.state.Host;
      import test.state.State;

      public final class Driver implements Consumer<byte[]> {
        private State world;
        private String pingBehaviour = "echo";

        private final Host host = n -> {
          switch (pingBehaviour) {
            case "reenter":
              return world.api().add(n, 1); // calls back into the same instance
            case "reenter-caught":
              try {
                return world.api().add(n, 1);
              } catch (WitTrapException e) {
                return -1; // swallowing the trap does not save the call
              }
            case "throw":
              throw new IllegalStateException("host failure " + n);
            default:
              return n;
          }
        };

        /** Builds an instance, makes it trap with {@code first}, and checks later calls. */
        private void deadAfter(
            String function, Function<Api, ?> first, Class<? extends Throwable> thrown,
            String firstMessage, byte[] wasm) {
          try (State w = State.builder(wasm).host(host).build()) {
            world = w;
            Api api = w.api();
            Api.Thing thing = api.newThing(5);
            Throwable t = assertThrows(thrown, () -> first.apply(api));
            assertThat(t).hasMessageThat().contains(firstMessage);
            pingBehaviour = "echo";
            for (Function<Api, ?> later : java.util.List.<Function<Api, ?>>of(
                a -> a.add(1, 2), a -> a.echo("needs cabi_realloc"), a -> a.callHost(3),
                a -> thing.get())) {
              WitTrapException e = assertThrows(WitTrapException.class, () -> later.apply(api));
              assertThat(e).hasMessageThat().contains(
                  "the instance trapped earlier, in test:state/api#" + function);
              assertThat(e).hasMessageThat().endsWith("and cannot be used again");
              assertThat(e.getCause()).isInstanceOf(WitTrapException.class);
              assertThat(((WitTrapException) e.getCause()).function())
                  .isEqualTo(function.startsWith("test:") ? function : "test:state/api#" + function);
            }
            thing.close(); // the dead instance's resources went with it: no destructor runs
          }
        }

        @Override
        public void accept(byte[] wasm) {
          try (State w = State.builder(wasm).host(host).build()) {
            world = w;
            assertThat(w.api().add(2, 3)).isEqualTo(5);
            assertThat(w.api().echo("hello")).isEqualTo("hello");
            assertThat(w.api().callHost(7)).isEqualTo(7);
          }
          deadAfter("crash", a -> { a.crash(); return null; }, WitTrapException.class,
              "guest trapped", wasm);
          deadAfter("bad-enum", Api::badEnum, WitTrapException.class,
              "enum color discriminant 7 out of range", wasm);
          deadAfter("recurse", a -> a.recurse(0), WitTrapException.class, "test:state/api#recurse",
              wasm);
          pingBehaviour = "throw";
          deadAfter("call-host", a -> a.callHost(4), IllegalStateException.class,
              "host failure 4", wasm);
          pingBehaviour = "reenter";
          deadAfter("add", a -> a.callHost(4), WitTrapException.class,
              "cannot enter the guest while it runs test:state/api#call-host: the host's"
                  + " implementation of an import called back into the same instance", wasm);
          pingBehaviour = "reenter-caught";
          deadAfter("add", a -> a.callHost(4), WitTrapException.class,
              "trap in test:state/api#add: cannot enter the guest while it runs", wasm);

          // closed: every call says so; closing twice and closing a resource afterwards are harmless
          State w = State.builder(wasm).host(host).build();
          Api api = w.api();
          Api.Thing thing = api.newThing(9);
          w.close();
          w.close();
          for (Function<Api, ?> later : java.util.List.<Function<Api, ?>>of(
              a -> a.add(1, 2), a -> a.echo("x"), a -> thing.get(), a -> a.newThing(1))) {
            IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> later.apply(api));
            assertThat(e).hasMessageThat().startsWith("the guest instance is closed: cannot call ");
          }
          thing.close();
        }
      }
      """;

  /** A guest that imports what the host does not provide (one unknown to the world). */
  static final String WRONG_IMPORTS_WAT =
      """
      (module
        (import "test:state/host" "ping" (func $ping (param i32) (result i32)))
        (import "test:state/other" "thing" (func))
        (memory (export "memory") 1)
      )
      """;

  static final String WRONG_DRIVER =
      """
      package driver;

      import static com.google.common.truth.Truth.assertThat;
      import static org.junit.jupiter.api.Assertions.assertThrows;

      import com.dylibso.chicory.wabt.Wat2Wasm;
      import io.witj.runtime.GuestLoadException;
      import java.util.function.Consumer;
      import test.state.Host;
      import test.state.State;

      public final class Driver implements Consumer<byte[]> {
        private static final Host HOST = n -> n;

        @Override
        public void accept(byte[] wasm) {
          GuestLoadException imports =
              assertThrows(GuestLoadException.class, () -> State.builder(wasm).build());
          assertThat(imports).hasMessageThat().isEqualTo(
              "the guest imports what the host does not provide: test:state/host#ping (call"
                  + " .host(...) on the builder); test:state/other#thing (not part of the world)");

          byte[] noExports = Wat2Wasm.parse("(module (memory (export \\"memory\\") 1))");
          GuestLoadException exports = assertThrows(
              GuestLoadException.class, () -> State.builder(noExports).host(HOST).build());
          assertThat(exports).hasMessageThat().isEqualTo(
              "the guest does not export what the world needs: test:state/api#[constructor]thing,"
                  + " test:state/api#add, test:state/api#crash, test:state/api#bad-enum,"
                  + " test:state/api#call-host, test:state/api#bad-import-arg,"
                  + " test:state/api#recurse, test:state/api#echo, test:state/api#[method]thing.get");

          String allButAdd = "";
          for (String f : new String[] {"crash", "bad-enum", "call-host", "bad-import-arg",
              "recurse", "echo", "[method]thing.get"}) {
            allButAdd += "(func (export \\"test:state/api#" + f + "\\"))";
          }
          byte[] mistyped = Wat2Wasm.parse("(module (memory (export \\"memory\\") 1)"
              + " (func (export \\"test:state/api#[constructor]thing\\") (param i32) (result i32)"
              + " i32.const 0)"
              + " (func (export \\"test:state/api#add\\") (param i64) (result i32) i32.const 0)"
              + allButAdd + ")");
          GuestLoadException types = assertThrows(
              GuestLoadException.class, () -> State.builder(mistyped).host(HOST).build());
          assertThat(types).hasMessageThat().isEqualTo(
              "the guest exports test:state/api#add with core type (param i64) (result i32), the"
                  + " world needs (param i32 i32) (result i32)");

          byte[] badSegment = Wat2Wasm.parse("(module (memory (export \\"memory\\") 1)"
              + " (data (i32.const 65535) \\"too long\\"))");
          GuestLoadException segment = assertThrows(
              GuestLoadException.class, () -> State.builder(badSegment).host(HOST).build());
          assertThat(segment).hasMessageThat().startsWith("the guest cannot be instantiated: ");
          assertThat(segment.getCause()).isNotNull();
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void aTrappedInstanceIsDeadAClosedOneRefusesCallsAndReentranceTraps() throws Exception {
    GlueHarness.run(temp, WIT, "state", Wat2Wasm.parse(WAT), DRIVER);
  }

  @Test
  void missingImportsAndMissingOrMistypedExportsAreGuestLoadExceptions() throws Exception {
    GlueHarness.run(temp, WIT, "state", Wat2Wasm.parse(WRONG_IMPORTS_WAT), WRONG_DRIVER);
  }
}
