package io.witj.parser.wit2022;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.Wit;
import io.witj.parser.json.ResolveJson;
import io.witj.parser.model.Function;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2022 dialect resolves into the same model as today's WIT: a directory of 2022 files and the
 * same interfaces written today give byte-identical JSON dumps.
 */
class Wit2022LoaderTest {
  static final String TYPES_2022 =
      """
      /// The status.
      type status = u16

      record point {
          x: float32,
          /// the second one
          y: float64,
      }

      variant error {
          not-found(string),
          code(status),
          other(unit),
          none,
      }

      union num { u32, string }

      flags perms { read, write }

      enum color {
          red,
          green,
      }
      """;

  static final String STORE_2022 =
      """
      use { error, point as pt } from types
      use * from extra

      /// A bucket.
      resource bucket {
          /// Opens one.
          static open: func(name: string) -> expected<bucket, error>
          get: func(key: string) -> expected<list<u8>, error> // trailing comment
          set: func(key: string, value: list<u8>) -> expected<unit, error>
          merge: func(other: handle bucket) -> expected<bucket, unit>
          delete: func() -> unit
      }

      /* a block /* nested */ comment */
      ping: func()
      pair: func(a: bucket, b: tuple<bucket, pt>, c: size) -> option<list<bucket>>
      """;

  static final String EXTRA_2022 = "type size = u64\n";

  static final String TYPES_TODAY =
      """
      package wit2022:root;
      interface types {
        /// The status.
        type status = u16;

        record point {
          x: f32,
          /// the second one
          y: f64,
        }

        variant error {
          not-found(string),
          code(status),
          other,
          none,
        }

        variant num { c0(u32), c1(string) }

        flags perms { read, write }

        enum color {
          red,
          green,
        }
      }
      """;

  static final String STORE_TODAY =
      """
      package wit2022:root;
      interface store {
        use extra.{size};
        use types.{error, point as pt};

        /// A bucket.
        resource bucket {
          /// Opens one.
          open: static func(name: string) -> result<bucket, error>;
          get: func(key: string) -> result<list<u8>, error>;
          set: func(key: string, value: list<u8>) -> result<_, error>;
          merge: func(other: borrow<bucket>) -> result<bucket>;
          delete: func();
        }

        ping: func();
        pair: func(a: borrow<bucket>, b: tuple<borrow<bucket>, pt>, c: size) -> option<list<bucket>>;
      }
      """;

  static final String EXTRA_TODAY =
      """
      package wit2022:root;
      interface extra {
        type size = u64;
      }
      """;

  static final String WORLD_TODAY =
      """
      package wit2022:root;
      world demo {
        import store;
        export extra;
      }
      """;

  @Test
  void resolvesToTheSameModelAsTodaysWit(@TempDir Path temp) throws IOException {
    Path old =
        write(
            temp.resolve("old"),
            Map.of("types.wit", TYPES_2022, "store.wit", STORE_2022, "extra.wit", EXTRA_2022));
    Path today =
        write(
            temp.resolve("today"),
            Map.of(
                "types.wit", TYPES_TODAY,
                "store.wit", STORE_TODAY,
                "extra.wit", EXTRA_TODAY,
                "world.wit", WORLD_TODAY));
    Resolve fromOld =
        Wit.loadWit2022(
            old, List.of(new WorldDescriptor("demo", List.of("store"), List.of("extra"))));
    Resolve fromToday = Wit.load(today, Set.of());
    assertThat(ResolveJson.toJson(fromOld)).isEqualTo(ResolveJson.toJson(fromToday));
  }

  @Test
  void aSingleFileBringsTheFilesItUses(@TempDir Path temp) throws IOException {
    Path dir =
        write(
            temp,
            Map.of(
                "types.wit", TYPES_2022,
                "store.wit", STORE_2022,
                "extra.wit", EXTRA_2022,
                "unrelated.wit", "this is not even valid"));
    Resolve resolve = Wit.loadWit2022(dir.resolve("store.wit"), List.of());
    List<String> names = resolve.interfaces().stream().map(Interface::name).toList();
    assertThat(names).containsExactly("extra", "types", "store");
  }

  @Test
  void handlesArePassedBorrowedAndReturnedOwned(@TempDir Path temp) throws IOException {
    Path dir =
        write(
            temp,
            Map.of("types.wit", TYPES_2022, "store.wit", STORE_2022, "extra.wit", EXTRA_2022));
    Resolve resolve = Wit.loadWit2022(dir, List.of());
    Interface store =
        resolve.interfaces().stream()
            .filter(i -> i.name().equals("store"))
            .findFirst()
            .orElseThrow();
    Function merge = store.functions().get("[method]bucket.merge");
    assertThat(handle(resolve, merge.params().get(0).type()).borrow()).isTrue();
    assertThat(handle(resolve, merge.params().get(1).type()).borrow()).isTrue();
    TypeDefKind.ResultType result =
        (TypeDefKind.ResultType) resolve.type(((TypeRef) merge.result()).id()).kind();
    assertThat(handle(resolve, result.ok()).borrow()).isFalse();
    assertThat(result.err()).isNull();
  }

  @Test
  void worldsImportWhatTheirInterfacesUse(@TempDir Path temp) throws IOException {
    Path dir =
        write(
            temp,
            Map.of("types.wit", TYPES_2022, "store.wit", STORE_2022, "extra.wit", EXTRA_2022));
    Resolve resolve =
        Wit.loadWit2022(dir, List.of(new WorldDescriptor("host", List.of(), List.of("store"))));
    World world = resolve.worlds().get(0);
    assertThat(world.name()).isEqualTo("host");
    assertThat(interfaceNames(resolve, world.imports().values())).containsExactly("extra", "types");
    assertThat(interfaceNames(resolve, world.exports().values())).containsExactly("store");
  }

  private static List<String> interfaceNames(
      Resolve resolve, java.util.Collection<WorldItem> items) {
    return items.stream()
        .map(i -> resolve.iface(((WorldItem.InterfaceItem) i).interfaceId()).name())
        .toList();
  }

  private static TypeDefKind.HandleType handle(Resolve resolve, Type type) {
    TypeDefKind kind = resolve.type(((TypeRef) type).id()).kind();
    return (TypeDefKind.HandleType) kind;
  }

  static Path write(Path dir, Map<String, String> files) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    return dir;
  }
}
