package io.witj.codegen.glue;

import static com.google.common.truth.Truth.assertThat;

import io.witj.codegen.GeneratedSources;
import io.witj.codegen.Generator;
import io.witj.codegen.GeneratorOptions;
import io.witj.codegen.WitFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The destructor export of a guest resource uses the world key of its interface: {@code
 * exports#[dtor]z} for an interface declared inline in the world, not the qualified {@code
 * test:res/w/exports#[dtor]z} (found by the wit-bindgen {@code resources} fixture: the guest's
 * destructors never ran).
 */
class ExportedResourceDestructorTest {
  private static final String WIT =
      """
      package test:res;
      interface named {
        resource y { constructor(); }
      }
      world w {
        export exports: interface {
          resource z { constructor(); }
        }
        export named;
      }
      """;

  @Test
  void destructorExportNamesFollowTheWorldKey(@TempDir Path temp) throws Exception {
    Path wit = temp.resolve("world.wit");
    Files.writeString(wit, WIT);
    GeneratedSources sources =
        Generator.generate(
            WitFixtures.load(wit, Set.of()), GeneratorOptions.builder().world("w").build());
    String code = sources.files().stream().map(Object::toString).reduce("", String::concat);
    assertThat(code).contains("destroy(\"exports#[dtor]z\", rep)");
    assertThat(code).contains("destroy(\"test:res/named#[dtor]y\", rep)");
  }
}
