package io.witj.wasi;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.runtime.Result;
import io.witj.runtime.Tuple2;
import io.witj.runtime.WitTrapException;
import io.witj.runtime.internal.HandleTable;
import io.witj.runtime.internal.HostImport;
import io.witj.wasi.cli.EnvironmentImpl;
import io.witj.wasi.cli.ExitImpl;
import io.witj.wasi.random.RandomImpl;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the WASI 0.2 host offers a component, and the pieces with behaviour of their own. */
class WasiHostTest {
  @TempDir Path temp;

  @Test
  void bindsEveryImplementedInterfaceAndNoSockets() {
    WasiHost host = WasiHost.builder().preopen(temp, "/data").build();
    List<HostImport> imports = host.bind(new HandleTable());
    Set<String> modules =
        imports.stream()
            .map(HostImport::module)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(modules)
        .containsExactly(
            "wasi:cli/environment@0.2.12",
            "wasi:cli/exit@0.2.12",
            "wasi:cli/stderr@0.2.12",
            "wasi:cli/stdin@0.2.12",
            "wasi:cli/stdout@0.2.12",
            "wasi:cli/terminal-input@0.2.12",
            "wasi:cli/terminal-output@0.2.12",
            "wasi:cli/terminal-stderr@0.2.12",
            "wasi:cli/terminal-stdin@0.2.12",
            "wasi:cli/terminal-stdout@0.2.12",
            "wasi:clocks/monotonic-clock@0.2.12",
            "wasi:clocks/wall-clock@0.2.12",
            "wasi:filesystem/preopens@0.2.12",
            "wasi:filesystem/types@0.2.12",
            "wasi:io/error@0.2.12",
            "wasi:io/poll@0.2.12",
            "wasi:io/streams@0.2.12",
            "wasi:random/insecure-seed@0.2.12",
            "wasi:random/insecure@0.2.12",
            "wasi:random/random@0.2.12");
    assertThat(imports.stream().filter(i -> i.module().startsWith("wasi:filesystem/types")).count())
        .isGreaterThan(28L);
    assertThat(host.missingHint("wasi:sockets/tcp@0.2.0"))
        .isEqualTo(
            "wasi:sockets/tcp@0.2.0: witj's WASI 0.2 host does not implement wasi:sockets and"
                + " wasi:http yet");
    assertThat(host.missingHint("wasi:keyvalue/store@0.2.0")).contains("no such interface");
    assertThat(host.missingHint("my:app/api")).isNull();
  }

  @Test
  void grantsMustBeExistingDirectories() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WasiHost.builder().preopenReadOnly(temp.resolve("nope"), "/"));
    assertThat(e).hasMessageThat().contains("it is not an existing directory");
  }

  @Test
  void exitIsACleanStatusNotATrap() {
    ExitImpl exit = new ExitImpl();
    assertThat(assertThrows(WasiExit.class, () -> exit.exit(Result.ok())).status()).isEqualTo(0);
    assertThat(assertThrows(WasiExit.class, () -> exit.exit(Result.err())).status()).isEqualTo(1);
    assertThat(assertThrows(WasiExit.class, () -> exit.exitWithCode((byte) 200)).status())
        .isEqualTo(200);
  }

  @Test
  void environmentKeepsOrder() {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("b", "2");
    vars.put("a", "1");
    EnvironmentImpl env = new EnvironmentImpl(List.of("prog", "x"), vars);
    assertThat(env.getArguments()).containsExactly("prog", "x").inOrder();
    assertThat(env.getEnvironment())
        .containsExactly(new Tuple2<>("b", "2"), new Tuple2<>("a", "1"))
        .inOrder();
    assertThat(env.initialCwd()).isEmpty();
  }

  @Test
  void randomnessIsBounded() {
    RandomImpl random = new RandomImpl(new SecureRandom());
    assertThat(random.getRandomBytes(32)).hasLength(32);
    assertThat(random.getInsecureRandomBytes(0)).hasLength(0);
    assertThat(random.insecureSeed()).isEqualTo(random.insecureSeed());
    WitTrapException e = assertThrows(WitTrapException.class, () -> random.getRandomBytes(-1L));
    assertThat(e).hasMessageThat().contains("asked for 18446744073709551615 random bytes");
  }
}
