package io.witj.codegen.declarations;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.javamodel.DeclaredType;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Declarations of records ({@code record}), variants ({@code sealed interface} with one {@code
 * record} per case, payload component {@code value}), enums and flags ({@code enum}; flags values
 * are {@code Set}s of it). Resources have their own emitters per side.
 */
public final class TypeDeclEmitter {

  private final WorldModel world;
  private final JavaTypes types;

  public TypeDeclEmitter(WorldModel world, JavaTypes types) {
    this.world = world;
    this.types = types;
  }

  /**
   * The declaration of {@code type} (not a resource) with its member types seen from {@code side}.
   */
  public TypeSpec declare(DeclaredType type, Side side) {
    TypeDef def = type.def();
    ClassName self = world.className(type.typeId(), side);
    TypeDefKind kind = def.kind();
    TypeSpec.Builder out;
    if (kind instanceof TypeDefKind.RecordType record) {
      out = record(type, record, side);
    } else if (kind instanceof TypeDefKind.VariantType variant) {
      out = variant(type, variant, self, side);
    } else if (kind instanceof TypeDefKind.EnumType enumType) {
      out = TypeSpec.enumBuilder(type.simpleName()).addJavadoc(Javadocs.of(def.docs()));
      for (int i = 0; i < enumType.cases().size(); i++) {
        constant(out, type.memberNames().get(i), enumType.cases().get(i).docs());
      }
    } else if (kind instanceof TypeDefKind.FlagsType flags) {
      out = TypeSpec.enumBuilder(type.simpleName()).addJavadoc(Javadocs.of(def.docs()));
      for (int i = 0; i < flags.flags().size(); i++) {
        constant(out, type.memberNames().get(i), flags.flags().get(i).docs());
      }
    } else {
      throw new IllegalArgumentException(def.name() + " is not a record, variant, enum or flags");
    }
    return out.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addAnnotations(Javadocs.annotations(def.stability()))
        .build();
  }

  private TypeSpec.Builder record(DeclaredType type, TypeDefKind.RecordType record, Side side) {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    CodeBlock.Builder docs = Javadocs.of(type.def().docs()).toBuilder();
    List<TypeDefKind.Field> fields = record.fields();
    for (int i = 0; i < fields.size(); i++) {
      String name = type.memberNames().get(i);
      components.addParameter(types.typeName(fields.get(i).type(), side), name);
      String fieldDocs = fields.get(i).docs();
      if (fieldDocs != null && !fieldDocs.isBlank()) {
        docs.add("@param $L $L\n", name, Javadocs.text(fieldDocs));
      }
    }
    return TypeSpec.recordBuilder(type.simpleName())
        .recordConstructor(components.build())
        .addJavadoc(docs.build());
  }

  private TypeSpec.Builder variant(
      DeclaredType type, TypeDefKind.VariantType variant, ClassName self, Side side) {
    TypeSpec.Builder out =
        TypeSpec.interfaceBuilder(type.simpleName())
            .addModifiers(Modifier.SEALED)
            .addJavadoc(Javadocs.of(type.def().docs()));
    for (int i = 0; i < variant.cases().size(); i++) {
      TypeDefKind.Case c = variant.cases().get(i);
      MethodSpec.Builder components = MethodSpec.constructorBuilder();
      if (c.type() != null) {
        components.addParameter(types.typeName(c.type(), side), "value");
      }
      out.addType(
          TypeSpec.recordBuilder(type.memberNames().get(i))
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .addSuperinterface(self)
              .recordConstructor(components.build())
              .addJavadoc(Javadocs.of(c.docs()))
              .build());
    }
    return out;
  }

  private static void constant(TypeSpec.Builder out, String name, @Nullable String docs) {
    if (docs == null || docs.isBlank()) {
      out.addEnumConstant(name);
    } else {
      out.addEnumConstant(
          name, TypeSpec.anonymousClassBuilder("").addJavadoc(Javadocs.of(docs)).build());
    }
  }
}
