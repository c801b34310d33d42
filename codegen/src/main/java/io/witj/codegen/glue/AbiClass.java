package io.witj.codegen.glue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.witj.codegen.abi.AbiFlavour;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreNames;
import io.witj.codegen.javamodel.JavaTypes;
import io.witj.codegen.javamodel.Side;
import io.witj.codegen.javamodel.WorldModel;
import io.witj.codegen.names.NameScope;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDef;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeOwner;
import io.witj.parser.model.TypeRef;
import io.witj.parser.model.WorldItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The world's {@code <W>Abi} class, in an {@code internal} package beside the world class ({@link
 * WorldModel#abiClass()}): one instance per guest instance, extending runtime-support's {@code
 * GuestInstance} with a {@code ResourceType} and four handle helpers per resource, and the
 * lift/lower helper methods of every compound type the glue touches. Helpers are requested while
 * the glue is printed ({@link #helper}, {@link #resource}) and generated once each by {@link
 * #build}, which spreads them over several classes when one could not hold them ({@link AbiParts}).
 */
final class AbiClass {
  private final WorldModel world;
  private final JavaTypes types;
  private final AbiLayout layout;
  private final AbiFlavour flavour;
  private final ClassName className;
  private final NameScope names = new NameScope();
  private final Map<String, String> helperNames = new HashMap<>();
  private final Deque<Request> pending = new ArrayDeque<>();
  private final Map<String, Resource> resources = new LinkedHashMap<>();
  private final Map<Type, Boolean> scopeNeeded = new HashMap<>();

  /**
   * The helper (or resource) being generated, which records the helpers it calls and the fields it
   * adds.
   */
  private AbiParts.@Nullable HelperGroup current;

  /** A helper to generate: {@code name} for {@code type} (dealiased) seen from {@code side}. */
  record Request(Type type, Side side, String name) {}

  /** A resource the glue passes handles of; {@code guest} when the guest implements it. */
  record Resource(
      int id,
      Side side,
      String name,
      TypeName javaType,
      boolean guest,
      @Nullable ClassName owner) {}

  AbiClass(WorldModel world, JavaTypes types, AbiLayout layout, AbiFlavour flavour) {
    this.world = world;
    this.types = types;
    this.layout = layout;
    this.flavour = flavour;
    this.className = world.abiClass();
  }

  ClassName className() {
    return className;
  }

  AbiLayout layout() {
    return layout;
  }

  /** How the world's guest speaks to the host. */
  AbiFlavour flavour() {
    return flavour;
  }

  JavaTypes types() {
    return types;
  }

  WorldModel world() {
    return world;
  }

  /** The helper base name of compound {@code type} on {@code side}; generated on first request. */
  String helper(Type type, Side side) {
    Type t = layout.dealias(type);
    String key = t + "/" + types.typeName(t, side);
    String name = helperNames.get(key);
    if (name == null) {
      name = names.claim(TypeNames.describe(world, layout, t));
      helperNames.put(key, name);
      pending.add(new Request(t, side, name));
    }
    if (current != null) {
      current.calls().add(name);
    }
    return name;
  }

  /**
   * Whether resource {@code aliasOrResourceId} seen from {@code side} is implemented by the guest.
   */
  boolean isGuestResource(int aliasOrResourceId, Side side) {
    int resourceId = ((TypeRef) layout.dealias(new TypeRef(aliasOrResourceId))).id();
    return side == Side.EXPORT
        && world.resolve().type(resourceId).owner() instanceof TypeOwner.OfInterface o
        && world.exportOf(o.interfaceId()).isPresent();
  }

  /** The name suffix of the handle helpers of resource {@code resourceId} on {@code side}. */
  String resource(int aliasOrResourceId, Side side) {
    int resourceId = ((TypeRef) layout.dealias(new TypeRef(aliasOrResourceId))).id();
    TypeOwner owner = world.resolve().type(resourceId).owner();
    boolean guest =
        side == Side.EXPORT
            && owner instanceof TypeOwner.OfInterface o
            && world.exportOf(o.interfaceId()).isPresent();
    String key = resourceId + "/" + guest;
    Resource r = resources.get(key);
    if (r == null) {
      TypeName javaType =
          types.typeName(new TypeRef(resourceId), guest ? Side.EXPORT : Side.IMPORT);
      ClassName ownerClass =
          owner instanceof TypeOwner.OfInterface o && guest
              ? world.exportOf(o.interfaceId()).orElseThrow().className()
              : null;
      String name = names.claim(((ClassName) javaType).simpleName());
      r = new Resource(resourceId, side, name, javaType, guest, ownerClass);
      resources.put(key, r);
    }
    if (current != null) {
      current.calls().add(r.name());
    }
    return r.name();
  }

  /** Adds a field the helper being generated uses (e.g. a constant table). */
  void addField(FieldSpec field) {
    Objects.requireNonNull(current, "a field belongs to the helper that uses it")
        .fields()
        .add(field);
  }

  /** Exported resources the glue passed handles of. */
  List<Resource> guestResources() {
    return resources.values().stream().filter(Resource::guest).toList();
  }

  /**
   * Whether a value of {@code type} holds a {@code borrow} handle (then helpers take a {@code
   * CallScope}).
   */
  boolean needsScope(Type type) {
    Type t = layout.dealias(type);
    Boolean known = scopeNeeded.get(t);
    if (known == null) {
      known = computeNeedsScope(t);
      scopeNeeded.put(t, known);
    }
    return known;
  }

  /**
   * Whether lifting a value of {@code type} may read a guest-chosen amount of memory: it holds a
   * {@code string}, a {@code list} or a {@code map}. Only such values charge the per-call lift
   * budget ({@code CanonContext.resetLiftBudget}); every other value's size is fixed by its type.
   */
  boolean liftReadsPayload(Type type) {
    Type t = layout.dealias(type);
    if (t == PrimitiveType.STRING) {
      return true;
    }
    TypeDefKind kind = layout.kind(t);
    if (kind == null) {
      return false;
    }
    if (kind instanceof TypeDefKind.ListType || kind instanceof TypeDefKind.MapType) {
      return true;
    }
    return kind.valueTypes().stream().anyMatch(c -> liftReadsPayload(c));
  }

  /** Whether a value of {@code type} holds an {@code own} handle (lifting it moves a handle). */
  boolean holdsOwn(Type type) {
    Type t = layout.dealias(type);
    TypeDefKind kind = layout.kind(t);
    if (kind == null) {
      return false;
    }
    if (kind instanceof TypeDefKind.HandleType h) {
      return !h.borrow();
    }
    return kind.valueTypes().stream().anyMatch(c -> holdsOwn(c));
  }

  private boolean computeNeedsScope(Type t) {
    TypeDefKind kind = layout.kind(t);
    if (kind == null) {
      return false;
    }
    if (kind instanceof TypeDefKind.HandleType h) {
      return h.borrow();
    }
    return kind.valueTypes().stream().anyMatch(c -> needsScope(c));
  }

  /**
   * The classes with every helper requested so far (helpers may request further helpers), base
   * first: {@code <W>Abi} alone, or when one class file could not hold them ({@link AbiParts}) a
   * chain of abstract {@code <W>AbiPart1}, {@code <W>AbiPart2}, … under {@code <W>Abi}.
   */
  Map<ClassName, TypeSpec> build(CoreNames coreNames) {
    HelperEmitter emitter = new HelperEmitter(this);
    List<AbiParts.HelperGroup> groups = new ArrayList<>();
    while (!pending.isEmpty()) {
      Request request = pending.poll();
      AbiParts.HelperGroup group = AbiParts.HelperGroup.named(request.name());
      current = group;
      group.methods().addAll(emitter.emit(request));
      groups.add(group);
    }
    current = null;
    for (Resource r : resources.values()) {
      AbiParts.HelperGroup group = AbiParts.HelperGroup.named(r.name());
      addResource(r, coreNames, group.fields(), group.methods());
      groups.add(group);
    }
    List<AbiParts.Part> parts = AbiParts.divide(groups, AbiParts.BUDGET);
    Map<ClassName, TypeSpec> classes = new LinkedHashMap<>();
    ClassName below = RuntimeNames.GUEST_INSTANCE;
    for (int i = 0; i < parts.size(); i++) {
      boolean top = i == parts.size() - 1;
      ClassName name = top ? className : partName(i + 1);
      TypeSpec.Builder type =
          TypeSpec.classBuilder(name)
              .superclass(below)
              .addFields(parts.get(i).fields())
              .addMethods(constructors(i == 0, top))
              .addMethods(parts.get(i).methods());
      if (top) {
        type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                """
                Per-instance Canonical ABI state and lift/lower helpers of $L, for $L and its export
                classes. Internal: public only because generated code in other packages calls it; not
                meant for hosts, and it changes whenever the WIT or witj does.
                """,
                world.witName(),
                world.worldClass().simpleName());
      } else {
        type.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addJavadoc(
                """
                Part $L of $L of {@link $T}'s helpers: one class file holds at most 65 535 constants.
                Public so that javac adds no bridge methods to {@code $L}; internal all the same.
                """,
                i + 1,
                parts.size(),
                className,
                className.simpleName());
      }
      classes.put(name, type.build());
      below = name;
    }
    return classes;
  }

  private ClassName partName(int number) {
    return className.peerClass(className.simpleName() + "Part" + number);
  }

  /**
   * {@code <W>Abi(encoding, liftLimit)} for the world's own guest (of the world's ABI flavour) and
   * {@code <W>Abi(encoding, liftLimit, handles)} for the builder's {@code toHostInterfaces()}: host
   * bindings that serve another world's component instance and share its handle table. In a chain
   * of parts the {@code base} passes the flavour on to {@code GuestInstance}, the classes above
   * pass their arguments down, and only the {@code top} class's constructors are public.
   */
  private List<MethodSpec> constructors(boolean base, boolean top) {
    Modifier[] access = top ? new Modifier[] {Modifier.PUBLIC} : new Modifier[0];
    MethodSpec.Builder own =
        MethodSpec.constructorBuilder()
            .addModifiers(access)
            .addParameter(RuntimeNames.STRING_ENCODING, "encoding")
            .addParameter(long.class, "liftLimit");
    if (!base || flavour == AbiFlavour.COMPONENT_MODEL) {
      own.addStatement("super(encoding, liftLimit)");
    } else {
      own.addStatement("super(encoding, liftLimit, $T.$L)", RuntimeNames.GUEST_ABI, flavour.name());
    }
    return List.of(
        own.build(),
        MethodSpec.constructorBuilder()
            .addModifiers(access)
            .addParameter(RuntimeNames.STRING_ENCODING, "encoding")
            .addParameter(long.class, "liftLimit")
            .addParameter(RuntimeNames.HANDLE_TABLE, "handles")
            .addStatement("super(encoding, liftLimit, handles)")
            .build());
  }

  /**
   * The core-name key of exported interface {@code interfaceId}: {@code exports} for an inline one.
   */
  private String exportKey(int interfaceId) {
    return world.world().exports().entrySet().stream()
        .filter(
            e ->
                e.getValue() instanceof WorldItem.InterfaceItem i && i.interfaceId() == interfaceId)
        .map(e -> CoreNames.worldKeyName(world.resolve(), e.getKey()))
        .findFirst()
        .orElseThrow();
  }

  /** Adds the fields and handle helpers of resource {@code r} to the given lists. */
  private void addResource(
      Resource r,
      CoreNames coreNames,
      List<FieldSpec> resourceFields,
      List<MethodSpec> resourceMethods) {
    String witName = TypeNames.witName(world, r.id());
    String field = "rt" + r.name();
    TypeName rtType;
    if (r.guest()) {
      rtType = ParameterizedTypeName.get(RuntimeNames.RESOURCE_TYPE, ClassName.get(Integer.class));
      TypeDef def = world.resolve().type(r.id());
      // a guest resource belongs to an exported interface
      TypeOwner.OfInterface owner = (TypeOwner.OfInterface) Objects.requireNonNull(def.owner());
      String dtor = coreNames.exportDestructor(exportKey(owner.interfaceId()), def.requireName());
      resourceFields.add(
          FieldSpec.builder(rtType, field, Modifier.PRIVATE, Modifier.FINAL)
              .initializer(
                  "$T.of($S,$Wrep -> destroy($S, rep))", RuntimeNames.RESOURCE_TYPE, witName, dtor)
              .build());
      String ownerField = "owner" + r.name();
      resourceFields.add(
          FieldSpec.builder(r.owner(), ownerField, Modifier.PUBLIC)
              .addJavadoc("Set by the world class once the exported interface's object exists.\n")
              .build());
      resourceMethods.add(
          handleMethod("liftOwn" + r.name(), r.javaType(), false)
              .addParameter(int.class, "handle")
              .addStatement(
                  "return new $T($N, new $T($N, handles().liftOwn(cx.function(), handle, $N)))",
                  r.javaType(),
                  ownerField,
                  RuntimeNames.GUEST_RESOURCE,
                  field,
                  field)
              .build());
      resourceMethods.add(
          handleMethod("lowerOwn" + r.name(), TypeName.INT, false)
              .addParameter(r.javaType(), "value")
              .addStatement(
                  "return handles().addOwn(cx.function(), $N, value.handle().transfer(cx.function()))",
                  field)
              .build());
      resourceMethods.add(
          handleMethod("lowerBorrow" + r.name(), TypeName.INT, true)
              .addParameter(r.javaType(), "value")
              .addStatement("return value.handle().rep()")
              .build());
      resourceMethods.add(
          handleMethod("liftBorrow" + r.name(), r.javaType(), true)
              .addParameter(int.class, "handle")
              .addStatement(
                  "throw cx.trap($S + handle)",
                  "the guest cannot lend its own resource to the host: handle ")
              .build());
      resourceMethods.add(
          handleMethod("new" + r.name(), TypeName.INT, false)
              .addParameter(int.class, "rep")
              .addStatement("return handles().addOwn(cx.function(), $N, rep)", field)
              .build());
      resourceMethods.add(
          handleMethod("rep" + r.name(), TypeName.INT, false)
              .addParameter(int.class, "handle")
              .addStatement("return handles().rep(cx.function(), handle, $N)", field)
              .build());
      resourceMethods.add(drop(r, field));
      return;
    }
    rtType = ParameterizedTypeName.get(RuntimeNames.RESOURCE_TYPE, r.javaType());
    resourceFields.add(
        FieldSpec.builder(rtType, field, Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.closing($S)", RuntimeNames.RESOURCE_TYPE, witName)
            .build());
    resourceMethods.add(
        handleMethod("liftOwn" + r.name(), r.javaType(), false)
            .addParameter(int.class, "handle")
            .addStatement("return handles().liftOwn(cx.function(), handle, $N)", field)
            .build());
    resourceMethods.add(
        handleMethod("liftBorrow" + r.name(), r.javaType(), true)
            .addParameter(int.class, "handle")
            .addStatement("return handles().liftBorrow(cx.function(), handle, $N, scope)", field)
            .build());
    resourceMethods.add(
        handleMethod("lowerOwn" + r.name(), TypeName.INT, false)
            .addParameter(r.javaType(), "value")
            .addStatement(
                "return handles().addOwn(cx.function(), $N, $T.requireNonNull(value, $S))",
                field,
                Objects.class,
                witName)
            .build());
    resourceMethods.add(
        handleMethod("lowerBorrow" + r.name(), TypeName.INT, true)
            .addParameter(r.javaType(), "value")
            .addStatement(
                "return handles().addBorrow(cx.function(), $N, $T.requireNonNull(value, $S), scope)",
                field,
                Objects.class,
                witName)
            .build());
    resourceMethods.add(drop(r, field));
  }

  private static MethodSpec drop(Resource r, String field) {
    return handleMethod("drop" + r.name(), TypeName.VOID, false)
        .addParameter(int.class, "handle")
        .addStatement("handles().drop(cx.function(), handle, $N)", field)
        .build();
  }

  private static MethodSpec.Builder handleMethod(String name, TypeName returns, boolean scope) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(RuntimeNames.CANON_CONTEXT, "cx");
    if (scope) {
      m.addParameter(RuntimeNames.CALL_SCOPE, "scope");
    }
    return m;
  }
}
