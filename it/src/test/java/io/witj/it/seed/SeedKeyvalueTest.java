package io.witj.it.seed;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.runtime.GuestLoadException;
import io.witj.runtime.WitTrapException;
import org.junit.jupiter.api.Test;

/**
 * The seed's {@code keyvalue-demo.wasm} (wit-bindgen 0.2, 2023) run unchanged through bindings of
 * {@code wit/spiderlightning} generated with the wit-bindgen 0.2 ABI flavour: its {@code main}
 * opens two stores, sets, lists, reads, deletes and checks that the key is gone.
 */
class SeedKeyvalueTest {
  @Test
  void mainRunsTheDemoToSuccess() {
    MemoryKeyvalue host = new MemoryKeyvalue();
    try (Spiderlightning demo =
        Spiderlightning.builder(SeedBinaries.keyvalue()).keyvalue(host).build()) {
      assertThat(demo.main()).isEqualTo(0);
    }
    assertThat(host.log)
        .containsExactly(
            "open my-container",
            "open my-container2",
            "set my-container key spiderlightning",
            "set my-container2 key spiderlightning",
            "keys my-container",
            "get my-container key",
            "get my-container2 key",
            "delete my-container key",
            "delete my-container2 key",
            "get my-container key",
            "close my-container2",
            "close my-container")
        .inOrder();
    assertThat(host.open).isEqualTo(0);
    assertThat(host.data.get("my-container")).isEmpty();
  }

  @Test
  void theGuestsOwnCheckFailsWhenDeleteDoesNotDelete() {
    MemoryKeyvalue host = new MemoryKeyvalue(false);
    try (Spiderlightning demo =
        Spiderlightning.builder(SeedBinaries.keyvalue()).keyvalue(host).build()) {
      WitTrapException trap = assertThrows(WitTrapException.class, demo::main);
      assertThat(trap)
          .hasMessageThat()
          .isEqualTo("trap in main: guest trapped: Trapped on unreachable instruction");
      // the guest panicked after its last get, still holding both stores
      assertThat(host.log.get(host.log.size() - 1)).isEqualTo("get my-container key");
      assertThat(host.open).isEqualTo(2);
    }
    assertThat(host.open).isEqualTo(0); // closing the instance closed what the guest held
  }

  @Test
  void withoutAKeyvalueHostTheGuestCannotBeBuilt() {
    GuestLoadException e =
        assertThrows(
            GuestLoadException.class,
            () -> Spiderlightning.builder(SeedBinaries.keyvalue()).build());
    assertThat(e)
        .hasMessageThat()
        .contains("keyvalue#keyvalue::open (call .keyvalue(...) on the builder)");
    assertThat(e)
        .hasMessageThat()
        .contains(
            "canonical_abi#resource_drop_keyvalue (resource drops: set the imported interfaces on the builder)");
  }
}
