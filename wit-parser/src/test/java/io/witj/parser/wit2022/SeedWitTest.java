package io.witj.parser.wit2022;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.Wit;
import io.witj.parser.conformance.SharedData;
import io.witj.parser.model.Function;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WIT the seed's 2023 binaries were built against ({@code ../shared/fixtures/seed/wit}): it
 * resolves with the worlds of both demos, and {@code http-router-error} resolves whether {@code
 * http-server.wit} declares it (hermit's copy) or {@code use}s it from {@code http-types}
 * (Spiderlightning's).
 */
class SeedWitTest {
  static final List<WorldDescriptor> WORLDS =
      List.of(
          new WorldDescriptor("keyvalue-demo", List.of("keyvalue"), List.of()),
          new WorldDescriptor(
              "http-server-demo", List.of("keyvalue", "http-server"), List.of("http-handler")));

  @Test
  void resolvesWithBothWorlds() throws IOException {
    Resolve resolve = Wit.loadWit2022(SharedData.seed().resolve("wit"), WORLDS);
    Interface keyvalue = iface(resolve, "keyvalue");
    assertThat(keyvalue.functions().keySet())
        .containsExactly(
            "[static]keyvalue.open",
            "[method]keyvalue.get",
            "[method]keyvalue.set",
            "[method]keyvalue.keys",
            "[method]keyvalue.delete")
        .inOrder();
    Interface server = iface(resolve, "http-server");
    assertThat(server.functions().keySet())
        .containsExactly(
            "[static]router.new",
            "[static]router.new-with-base",
            "[method]router.get",
            "[method]router.put",
            "[method]router.post",
            "[method]router.delete",
            "[static]server.serve",
            "[method]server.stop")
        .inOrder();
    assertThat(iface(resolve, "http-handler").functions().keySet()).containsExactly("handle-http");
    assertThat(resolve.worlds().stream().map(w -> w.name()).toList())
        .containsExactly("keyvalue-demo", "http-server-demo");
    assertThat(errorOwner(resolve)).isEqualTo("http-server");
  }

  @Test
  void httpRouterErrorMayComeFromHttpTypes(@TempDir Path temp) throws IOException {
    Path seed = SharedData.seed().resolve("wit");
    for (String name : List.of("keyvalue.wit", "http-handler.wit")) {
      Files.copy(seed.resolve(name), temp.resolve(name));
    }
    String server = Files.readString(seed.resolve("http-server.wit"));
    int start = server.indexOf("/// HTTP errors returned by the runtime.");
    int end = server.indexOf("}", start) + 1;
    String variant = server.substring(start, end);
    Files.writeString(
        temp.resolve("http-server.wit"),
        server
            .replace(variant, "")
            .replace("use { uri, http-status }", "use { uri, http-status, http-router-error }"));
    Files.writeString(
        temp.resolve("http-types.wit"),
        Files.readString(seed.resolve("http-types.wit"))
            + "\n"
            + variant.replace("variant http-router-error", "variant http-router-error"));
    Resolve resolve = Wit.loadWit2022(temp, WORLDS);
    assertThat(errorOwner(resolve)).isEqualTo("http-types");
    Function serve = iface(resolve, "http-server").functions().get("[static]server.serve");
    assertThat(serve.params()).hasSize(2);
  }

  /** The interface that defines the variant behind {@code router::new}'s error. */
  private static String errorOwner(Resolve resolve) {
    Function create = iface(resolve, "http-server").functions().get("[static]router.new");
    TypeDefKind.ResultType result =
        (TypeDefKind.ResultType) resolve.type(((TypeRef) create.result()).id()).kind();
    TypeDef error = resolve.type(((TypeRef) result.err()).id());
    while (error.kind() instanceof TypeDefKind.AliasType alias) {
      error = resolve.type(((TypeRef) alias.target()).id());
    }
    assertThat(error.name()).isEqualTo("http-router-error");
    assertThat(error.kind()).isInstanceOf(TypeDefKind.VariantType.class);
    return resolve.iface(((TypeOwner.OfInterface) error.owner()).interfaceId()).name();
  }

  private static Interface iface(Resolve resolve, String name) {
    return resolve.interfaces().stream()
        .filter(i -> name.equals(i.name()))
        .findFirst()
        .orElseThrow();
  }
}
