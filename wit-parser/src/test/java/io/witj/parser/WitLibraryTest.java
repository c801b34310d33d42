package io.witj.parser;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.WitException;
import io.witj.parser.model.PackageName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Packages that neither the root nor its deps define come from a {@link WitLibrary}. */
class WitLibraryTest {
  private static final PackageName TYPES = new PackageName("acme", "types", "1.0.0");
  private static final PackageName BASE = new PackageName("acme", "base", null);

  private final List<PackageName> asked = new ArrayList<>();

  private final Map<PackageName, String> library =
      Map.of(
          TYPES,
          "package acme:types@1.0.0;\ninterface t { use acme:base/b.{id}; record point { x: id } }\n",
          BASE,
          "package acme:base;\ninterface b { type id = u64; }\n",
          new PackageName("acme", "unused", null),
          "package acme:unused;\ninterface broken { syntax error here }\n");

  private Optional<List<SourceFile>> find(PackageName name) {
    asked.add(name);
    return Optional.ofNullable(library.get(name))
        .map(text -> List.of(new SourceFile("lib!/" + name + ".wit", text)));
  }

  private static WitSources root(String text) {
    return new WitSources(List.of(new SourceFile("src/main/wit/app.wit", text)), List.of());
  }

  @Test
  void usedPackagesAreTakenFromTheLibraryTransitively() {
    WitResolution r =
        Wit.resolve(
            root("package my:app;\nworld w { import acme:types/t@1.0.0; }\n"),
            this::find,
            Set.of());
    assertThat(asked).containsExactly(TYPES, BASE).inOrder();
    assertThat(r.origins())
        .containsExactly(
            BASE,
            "lib!/acme:base.wit",
            TYPES,
            "lib!/acme:types@1.0.0.wit",
            new PackageName("my", "app", null),
            "src/main/wit/app.wit")
        .inOrder();
    assertThat(r.resolve().mainPackages()).containsExactly(2);
  }

  @Test
  void localDepsWinAndTheLibraryIsNotAsked() {
    WitSources sources =
        new WitSources(
            List.of(
                new SourceFile("app.wit", "package my:app;\nworld w { import acme:base/b; }\n")),
            List.of(
                List.of(
                    new SourceFile(
                        "deps/base.wit", "package acme:base;\ninterface b { type id = u32; }\n"))));
    WitResolution r = Wit.resolve(sources, this::find, Set.of());
    assertThat(asked).isEmpty();
    assertThat(r.origins().get(BASE)).isEqualTo("deps/base.wit");
  }

  @Test
  void aPackageTheLibraryDoesNotHaveIsNotFound() {
    WitException e =
        assertThrows(
            WitException.class,
            () ->
                Wit.resolve(
                    root("package my:app;\nworld w { import acme:nope/x; }\n"),
                    this::find,
                    Set.of()));
    assertThat(asked).containsExactly(new PackageName("acme", "nope", null));
    assertThat(e).hasMessageThat().contains("acme:nope");
  }
}
