package io.witj.codegen.javamodel;

import static com.google.common.truth.Truth.assertThat;

import io.witj.parser.model.Function;
import io.witj.parser.model.Interface;
import io.witj.parser.model.Package;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Stability;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.World;
import io.witj.parser.model.WorldItem;
import io.witj.parser.model.WorldKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * WIT → Java type mapping over a hand-built Resolve (interface {@code test:types/t}, imported and
 * exported).
 */
class JavaTypesTest {

  private final List<TypeDef> types = new ArrayList<>();
  private final Map<String, Integer> named = new LinkedHashMap<>();
  private final TypeOwner owner = new TypeOwner.OfInterface(0);

  private final Type point =
      named(
          "point",
          new TypeDefKind.RecordType(List.of(new TypeDefKind.Field("x", PrimitiveType.U32, null))));
  private final Type r = named("r", new TypeDefKind.ResourceType());
  private final Type perms =
      named("perms", new TypeDefKind.FlagsType(List.of(new TypeDefKind.Flag("read", null))));
  private final Type alias = named("a", new TypeDefKind.AliasType(point));
  private final Type bytes = named("bytes", new TypeDefKind.ListType(PrimitiveType.U8));

  private JavaTypes javaTypes() {
    Interface iface =
        new Interface("t", named, Map.<String, Function>of(), null, Stability.UNKNOWN, 0);
    World world =
        new World(
            "w",
            Map.of(
                new WorldKey.OfInterface(0),
                new WorldItem.InterfaceItem(0, Stability.UNKNOWN, null)),
            Map.of(
                new WorldKey.OfInterface(0),
                new WorldItem.InterfaceItem(0, Stability.UNKNOWN, null)),
            0,
            null,
            Stability.UNKNOWN);
    Package pkg =
        new Package(
            new PackageName("test", "types", "1.0.0"), null, Map.of("t", 0), Map.of("w", 0));
    Resolve resolve = new Resolve(List.of(world), List.of(iface), types, List.of(pkg), List.of(0));
    return new JavaTypes(WorldModelBuilder.build(resolve, 0, "", Map.of()));
  }

  @Test
  void primitivesKeepTheirWidth() {
    JavaTypes t = javaTypes();
    assertThat(show(t, PrimitiveType.BOOL)).isEqualTo("boolean");
    assertThat(show(t, PrimitiveType.U8)).isEqualTo("byte");
    assertThat(show(t, PrimitiveType.S16)).isEqualTo("short");
    assertThat(show(t, PrimitiveType.U32)).isEqualTo("int");
    assertThat(show(t, PrimitiveType.CHAR)).isEqualTo("int");
    assertThat(show(t, PrimitiveType.U64)).isEqualTo("long");
    assertThat(show(t, PrimitiveType.F32)).isEqualTo("float");
    assertThat(show(t, PrimitiveType.F64)).isEqualTo("double");
    assertThat(show(t, PrimitiveType.STRING)).isEqualTo("java.lang.String");
  }

  @Test
  void listsOfPrimitivesArePrimitiveArrays() {
    Type u8s = anon(new TypeDefKind.ListType(PrimitiveType.U8));
    Type chars = anon(new TypeDefKind.ListType(PrimitiveType.CHAR));
    Type bools = anon(new TypeDefKind.ListType(PrimitiveType.BOOL));
    Type u16s = anon(new TypeDefKind.ListType(PrimitiveType.U16));
    Type fixed = anon(new TypeDefKind.FixedListType(PrimitiveType.F32, 4));
    Type strings = anon(new TypeDefKind.ListType(PrimitiveType.STRING));
    Type nested = anon(new TypeDefKind.ListType(u8s));
    JavaTypes t = javaTypes();
    assertThat(show(t, u8s)).isEqualTo("byte[]");
    assertThat(show(t, bytes)).isEqualTo("byte[]");
    assertThat(show(t, chars)).isEqualTo("int[]");
    assertThat(show(t, bools)).isEqualTo("boolean[]");
    assertThat(show(t, u16s)).isEqualTo("short[]");
    assertThat(show(t, fixed)).isEqualTo("float[]");
    assertThat(show(t, strings)).isEqualTo("java.util.List<java.lang.String>");
    assertThat(show(t, nested)).isEqualTo("java.util.List<byte[]>");
  }

  @Test
  void genericArgumentsAreBoxed() {
    Type optU32 = anon(new TypeDefKind.OptionType(PrimitiveType.U32));
    Type optOpt = anon(new TypeDefKind.OptionType(optU32));
    Type unit = anon(new TypeDefKind.ResultType(null, null));
    Type errOnly = anon(new TypeDefKind.ResultType(null, PrimitiveType.STRING));
    Type tuple = anon(new TypeDefKind.TupleType(List.of(PrimitiveType.U32, PrimitiveType.STRING)));
    Type map = anon(new TypeDefKind.MapType(PrimitiveType.STRING, PrimitiveType.S64));
    JavaTypes t = javaTypes();
    assertThat(show(t, optU32)).isEqualTo("java.util.Optional<java.lang.Integer>");
    assertThat(show(t, optOpt))
        .isEqualTo("java.util.Optional<java.util.Optional<java.lang.Integer>>");
    assertThat(show(t, unit)).isEqualTo("io.witj.runtime.Result<java.lang.Void, java.lang.Void>");
    assertThat(show(t, errOnly))
        .isEqualTo("io.witj.runtime.Result<java.lang.Void, java.lang.String>");
    assertThat(show(t, tuple))
        .isEqualTo("io.witj.runtime.Tuple2<java.lang.Integer, java.lang.String>");
    assertThat(show(t, map)).isEqualTo("java.util.Map<java.lang.String, java.lang.Long>");
  }

  @Test
  void declaredTypesAliasesHandlesAndFlagsDependOnTheSide() {
    Type own = anon(new TypeDefKind.HandleType(false, ((TypeRef) r).id()));
    Type borrow = anon(new TypeDefKind.HandleType(true, ((TypeRef) r).id()));
    Type points = anon(new TypeDefKind.ListType(alias));
    JavaTypes t = javaTypes();
    assertThat(show(t, point)).isEqualTo("test.types.T.Point");
    assertThat(t.typeName(point, Side.EXPORT).toString()).isEqualTo("exports.test.types.T.Point");
    assertThat(show(t, alias)).isEqualTo("test.types.T.Point");
    assertThat(show(t, own)).isEqualTo("test.types.T.R");
    assertThat(show(t, borrow)).isEqualTo("test.types.T.R");
    assertThat(t.typeName(own, Side.EXPORT).toString()).isEqualTo("exports.test.types.T.R");
    assertThat(show(t, perms)).isEqualTo("java.util.Set<test.types.T.Perms>");
    assertThat(show(t, points)).isEqualTo("java.util.List<test.types.T.Point>");
  }

  private static String show(JavaTypes t, Type type) {
    return t.typeName(type, Side.IMPORT).toString();
  }

  private Type named(String name, TypeDefKind kind) {
    types.add(new TypeDef(name, kind, owner, null, Stability.UNKNOWN));
    named.put(name, types.size() - 1);
    return new TypeRef(types.size() - 1);
  }

  private Type anon(TypeDefKind kind) {
    types.add(new TypeDef(null, kind, null, null, Stability.UNKNOWN));
    return new TypeRef(types.size() - 1);
  }
}
