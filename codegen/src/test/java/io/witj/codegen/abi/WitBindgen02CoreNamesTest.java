package io.witj.codegen.abi;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.Wit;
import io.witj.parser.model.Resolve;
import io.witj.parser.wit2022.WorldDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core names of wit-bindgen 0.2 guests, for a world of 2022-dialect interfaces. */
class WitBindgen02CoreNamesTest {
  @TempDir Path dir;

  @Test
  void namesEveryImportAndExportOfAWorld() throws Exception {
    Files.writeString(
        dir.resolve("store.wit"),
        """
        resource bucket {
          static open: func(name: string) -> expected<bucket, string>
          get: func(key: string) -> option<list<u8>>
        }
        ping: func()
        """);
    Files.writeString(dir.resolve("handler.wit"), "handle-http: func(x: u32) -> u32\n");
    Resolve resolve =
        Wit.loadWit2022(
            dir, List.of(new WorldDescriptor("w", List.of("store"), List.of("handler"))));
    WorldCoreItems items = WorldCoreItems.of(resolve, 0, CoreNames.WIT_BINDGEN_0_2);
    assertThat(items.imports().stream().map(i -> i.module() + " " + i.name()).toList())
        .containsExactly(
            "store bucket::open",
            "store bucket::get",
            "store ping",
            "canonical_abi resource_drop_bucket")
        .inOrder();
    assertThat(items.exports().stream().map(e -> e.kind() + " " + e.name()).toList())
        .containsExactly(
            "FUNCTION handle-http",
            "MEMORY memory",
            "REALLOC canonical_abi_realloc",
            "FREE canonical_abi_free",
            "ENTRY_POINT main")
        .inOrder();
  }

  @Test
  void importModulesAreTheBareInterfaceName() {
    CoreNames names = CoreNames.WIT_BINDGEN_0_2;
    assertThat(names.importModule("wit2022:root/http-server")).isEqualTo("http-server");
    assertThat(names.importModule("a:b/keyvalue@1.0.0")).isEqualTo("keyvalue");
    assertThat(names.importResourceDropModule("keyvalue")).isEqualTo("canonical_abi");
    assertThat(names.postReturn("handle-http")).isNull();
    assertThat(names.initialize()).isNull();
    assertThat(CoreNames.LEGACY.importResourceDropModule("a:b/c")).isEqualTo("a:b/c");
    assertThat(CoreNames.LEGACY.free()).isNull();
    assertThat(CoreNames.LEGACY.entryPoint()).isNull();
  }
}
