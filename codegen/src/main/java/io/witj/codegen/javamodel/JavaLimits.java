package io.witj.codegen.javamodel;

import com.palantir.javapoet.TypeName;
import io.witj.codegen.abi.AbiLayout;
import io.witj.codegen.abi.CoreSignature;
import io.witj.codegen.abi.FunctionAbi;
import io.witj.parser.SourceLocations;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.Span;
import io.witj.parser.model.Function;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Valid WIT that Java cannot express, found before any code is emitted so that {@code generate}
 * reports it at the WIT definition instead of writing code javac rejects: a method or a record's
 * canonical constructor may take at most 255 parameter slots (the receiver takes one, {@code long}
 * and {@code double} two each, JVMS §4.3.3), and an enum's static initializer, a variant's case
 * tests and an interface's binding code (one registration or lookup per function, in one method)
 * must fit the 64 KiB a method's code may take, which bounds the number of cases and functions; an
 * interface's types are nested in its class, whose constant pool bounds their number. Variant
 * payloads do not count: each case calls its payload's own helper, whatever its size. The world's
 * own classes are bounded too: its {@code Builder} holds a field and a setter per imported
 * interface and the world class a field, an accessor and a constructor statement per exported one,
 * within a class file's 65 534 constants and a method's 64 KiB (everything else that grows with the
 * world is in a class per interface, or spread over methods of bounded size).
 */
public final class JavaLimits {
  /** The JVM's limit on the parameter slots of one method, the receiver included. */
  static final int MAX_PARAMETER_SLOTS = 255;

  /** The most cases an enum may have for its generated code to stay within 64 KiB. */
  public static final int MAX_ENUM_CASES = 2000;

  /**
   * The most cases a variant may have: its store and lower helpers test each case in one method,
   * about 40 bytes of code per case with a scalar or string payload.
   */
  public static final int MAX_VARIANT_CASES = 1000;

  /**
   * The most Java types an interface may declare: its records, variants, each variant's cases,
   * enums, flags and resources are nested in the interface's class, and each costs its class file 3
   * of the 65 535 constants a class file may hold (javac 17 measured: the nested class, its binary
   * and its simple name); 15 000 of them leave room for the constants of the interface's own
   * methods.
   */
  public static final int MAX_NESTED_TYPES = 15_000;

  /** A method's code may take at most this many bytes (JVMS §4.7.3), less what every one has. */
  public static final int MAX_METHOD_CODE = 65535 - 512;

  /**
   * Bytes of binding code per function (a host import registered, or a guest export looked up),
   * before its core signature's two lists: measured on javac 17's output (34 for imports, 31 for
   * exports), rounded up.
   */
  static final int BINDING_BYTES_PER_FUNCTION = 36;

  /**
   * The most constants a class file's constant pool may hold: its count is a {@code u2} and index 0
   * is unused (JVMS §4.1).
   */
  public static final int MAX_CONSTANTS = 65534;

  /**
   * Constants of the world's {@code Builder} per imported interface (its field and its setter: two
   * names, two descriptors, the field's reference and its name-and-type), measured on javac 17's
   * output: 161 besides, so with {@link #CLASS_CONSTANTS} at most 10 755 pass (10 000 compile,
   * javac ~60 s). The world's {@code HostGlue} takes 5 per imported interface and the world class 3
   * (its glue class in the {@code InnerClasses} attribute), so the {@code Builder} is the first to
   * overflow.
   */
  public static final int BUILDER_CONSTANTS_PER_IMPORT = 6;

  /**
   * Constants of the world class per imported interface (see {@link
   * #BUILDER_CONSTANTS_PER_IMPORT}).
   */
  static final int WORLD_CONSTANTS_PER_IMPORT = 3;

  /**
   * Constants of the world class per exported interface (its field, accessor and constructor call),
   * besides {@link #WORLD_CONSTANTS_PER_CORE_EXPORT} per function. Measured on javac 17's output:
   * 44 176 for 4 000 exported interfaces of one function each; 64 812 for 2 225 interfaces of ten
   * functions, where the estimate says 65 525.
   */
  public static final int WORLD_CONSTANTS_PER_EXPORT = 9;

  /** Constants of the world class per core export it requires (the name, as a string). */
  public static final int WORLD_CONSTANTS_PER_CORE_EXPORT = 2;

  /**
   * Constants of the world class per world-level exported function (two fields, a method, the core
   * name): an estimate above javac's 8 (500 such functions of one parameter take 4 189).
   */
  static final int WORLD_CONSTANTS_PER_WORLD_FUNCTION = 12;

  /**
   * Constants of the world's {@code HostGlue} per exported resource: its three intrinsics ({@code
   * [resource-new]}, {@code [resource-rep]}, {@code [resource-drop]}), each a handler method and a
   * registration. Measured on javac 17's output: 19 042 for 700 exported resources and 37 954 for 1
   * 400 (27 each), rounded up; so a world may export at most ~2 300 resources.
   */
  public static final int HOST_GLUE_CONSTANTS_PER_EXPORTED_RESOURCE = 28;

  /** Constants every class holds besides the ones counted per item: a margin over javac's ~200. */
  public static final int CLASS_CONSTANTS = 1000;

  /**
   * Bytes of the world class's constructor per exported interface ({@code this.x$ = new X(abi)}),
   * measured on javac 17's output (15 161 bytes for 1 000 interfaces), so it holds at most ~3 900
   * with the rest of the constructor.
   */
  public static final int CONSTRUCTOR_BYTES_PER_EXPORT = 15;

  /** Bytes of the world class's constructor per exported resource ({@code abi.ownerR = x$}). */
  static final int CONSTRUCTOR_BYTES_PER_EXPORTED_RESOURCE = 11;

  /**
   * Bytes of the world class's constructor besides exported interfaces and world-level exports:
   * instantiation and up to 500 required core exports listed in place (10 bytes each; more are
   * spread over methods of their own).
   */
  public static final int CONSTRUCTOR_BYTES = 6000;

  private final WorldModel world;
  private final JavaTypes types;
  private final AbiLayout layout;
  private final SourceLocations locations;
  private final Set<Diagnostic> problems = new LinkedHashSet<>();

  private JavaLimits(WorldModel world, JavaTypes types, SourceLocations locations) {
    this.world = world;
    this.types = types;
    this.locations = locations;
    this.layout = new AbiLayout(world.resolve());
  }

  /**
   * The items of {@code world} beyond Java's limits, each at its WIT definition if known (once,
   * also when an interface is both imported and exported).
   */
  public static List<Diagnostic> check(
      WorldModel world, JavaTypes types, SourceLocations locations) {
    JavaLimits limits = new JavaLimits(world, types, locations);
    List<InterfaceModel> models = new ArrayList<>(world.imports());
    world.worldImports().ifPresent(models::add);
    models.addAll(world.exports());
    for (InterfaceModel model : models) {
      limits.checkInterface(model);
    }
    limits.checkWorldExports();
    limits.checkWorldClass();
    limits.checkExportedResources();
    return List.copyOf(limits.problems);
  }

  private void checkInterface(InterfaceModel model) {
    int nested = 0;
    for (DeclaredType declared : model.types()) {
      TypeDefKind kind = declared.def().kind();
      Optional<Span> at = locations.type(declared.typeId());
      nested += nestedTypes(kind);
      if (nested > MAX_NESTED_TYPES) {
        add(at, tooManyNestedTypes(model, declared));
        nested = Integer.MIN_VALUE; // once per interface
      }
      if (kind instanceof TypeDefKind.RecordType record) {
        int slots = 1 + slots(record.fields().stream().map(TypeDefKind.Field::type), model.side());
        if (slots > MAX_PARAMETER_SLOTS) {
          add(
              at,
              String.format(
                  "record `%s` has %d fields taking %d parameter slots in its Java constructor;"
                      + " Java allows at most %d",
                  witName(declared), record.fields().size(), slots, MAX_PARAMETER_SLOTS));
        }
      } else if (kind instanceof TypeDefKind.EnumType e && e.cases().size() > MAX_ENUM_CASES) {
        add(at, tooManyCases("enum", declared, e.cases().size(), MAX_ENUM_CASES));
      } else if (kind instanceof TypeDefKind.VariantType v
          && v.cases().size() > MAX_VARIANT_CASES) {
        add(at, tooManyCases("variant", declared, v.cases().size(), MAX_VARIANT_CASES));
      }
    }
    List<FunctionModel> functions = model.allFunctions();
    if (model.interfaceId() >= 0) {
      // an imported interface's glue also registers each resource's [resource-drop]
      int drops = model.side() == Side.IMPORT ? model.resources().size() : 0;
      checkFunctions(
          functions,
          drops * (BINDING_BYTES_PER_FUNCTION + listBytes(1)),
          model.side(),
          "interface " + model.witName(),
          name -> locations.function(model.interfaceId(), name));
    } else {
      checkFunctions(
          functions,
          0,
          model.side(),
          "world " + world.witName() + " (its own imports)",
          name -> locations.worldFunction(world.worldId(), false, name));
    }
  }

  /** The functions a world exports itself, each at its own declaration in the world. */
  private void checkWorldExports() {
    checkFunctions(
        world.exportedFunctions(),
        0,
        Side.EXPORT,
        "world " + world.witName(),
        name -> locations.worldFunction(world.worldId(), true, name));
  }

  /**
   * The world's own classes: its {@code Builder} (one field and setter per imported interface) and
   * the world class (one field, accessor and constructor statement per exported interface, the
   * names of the core exports it requires), each diagnosed at the first world item from which its
   * class file would overflow.
   */
  private void checkWorldClass() {
    List<InterfaceModel> imports = new ArrayList<>(world.imports());
    world.worldImports().ifPresent(imports::add);
    imports.removeIf(model -> !model.hasHostSide());
    int builderConstants = CLASS_CONSTANTS;
    int worldConstants =
        CLASS_CONSTANTS + WORLD_CONSTANTS_PER_WORLD_FUNCTION * world.exportedFunctions().size();
    boolean worldClassFits = true;
    for (InterfaceModel model : imports) {
      Optional<Span> at =
          model.interfaceId() < 0
              ? locations.world(world.worldId())
              : locations.worldInterface(world.worldId(), false, model.interfaceId());
      builderConstants += BUILDER_CONSTANTS_PER_IMPORT;
      if (builderConstants > MAX_CONSTANTS) {
        add(
            at,
            String.format(
                "world %s imports %d interfaces: from import %s on, its Java Builder (a field and a"
                    + " setter per interface) would need more than the %d constants a class file"
                    + " may hold; split the world",
                world.witName(), imports.size(), model.witName(), MAX_CONSTANTS));
        break;
      }
      worldConstants += WORLD_CONSTANTS_PER_IMPORT;
      worldClassFits = worldClassFits && fitsWorldClass(worldConstants, "import", model, at);
    }
    int constructor = CONSTRUCTOR_BYTES;
    for (FunctionModel function : world.exportedFunctions()) {
      constructor += bindingBytes(function, Side.EXPORT);
    }
    boolean constructorFits = constructor <= MAX_METHOD_CODE; // else diagnosed by function
    for (InterfaceModel model : world.exports()) {
      Optional<Span> at = locations.worldInterface(world.worldId(), true, model.interfaceId());
      constructor +=
          CONSTRUCTOR_BYTES_PER_EXPORT
              + model.resources().size() * CONSTRUCTOR_BYTES_PER_EXPORTED_RESOURCE;
      if (constructorFits && constructor > MAX_METHOD_CODE) {
        add(
            at,
            String.format(
                "world %s exports %d interfaces: from export %s on, the code creating them in the"
                    + " Java world class's constructor would exceed the 64 KiB a Java method may"
                    + " hold; split the world",
                world.witName(), world.exports().size(), model.witName()));
        constructorFits = false;
      }
      worldConstants +=
          WORLD_CONSTANTS_PER_EXPORT
              + WORLD_CONSTANTS_PER_CORE_EXPORT * model.allFunctions().size();
      worldClassFits = worldClassFits && fitsWorldClass(worldConstants, "export", model, at);
    }
  }

  /** Whether {@code constants} fit the world class, else a diagnostic at {@code model}. */
  private boolean fitsWorldClass(
      int constants, String side, InterfaceModel model, Optional<Span> at) {
    if (constants <= MAX_CONSTANTS) {
      return true;
    }
    add(
        at,
        String.format(
            "world %s has too many interfaces and functions for its Java class: from %s %s on, it"
                + " would need more than the %d constants a class file may hold; split the world",
            world.witName(), side, model.witName(), MAX_CONSTANTS));
    return false;
  }

  /**
   * The world's exported resources, whose intrinsics the host provides from one class ({@code
   * HostGlue}): diagnosed at the first resource from which its constant pool would overflow.
   */
  private void checkExportedResources() {
    int constants = CLASS_CONSTANTS;
    int count = 0;
    DeclaredType past = null;
    for (InterfaceModel model : world.exports()) {
      for (DeclaredType t : model.resources()) {
        count++;
        constants += HOST_GLUE_CONSTANTS_PER_EXPORTED_RESOURCE;
        if (constants > MAX_CONSTANTS && past == null) {
          past = t;
        }
      }
    }
    if (past != null) {
      add(
          locations.type(past.typeId()),
          String.format(
              "world %s exports %d resources: from `%s` on, the host side of their intrinsics"
                  + " (three each) would need more than the %d constants a class file may hold;"
                  + " split the world",
              world.witName(), count, witName(past), MAX_CONSTANTS));
    }
  }

  /**
   * Checks the parameters of each of {@code functions} (bound together in one method by {@code
   * owner}) and their binding code, which shares the method with {@code otherBindingBytes} (an
   * imported interface's resource drops); {@code at} finds a function's place by its name.
   */
  private void checkFunctions(
      List<FunctionModel> functions,
      int otherBindingBytes,
      Side side,
      String owner,
      java.util.function.Function<String, Optional<Span>> at) {
    int bindingBytes = otherBindingBytes;
    for (FunctionModel function : functions) {
      Optional<Span> place = at.apply(function.function().name());
      checkParameters(function, side, place);
      bindingBytes += bindingBytes(function, side);
      if (bindingBytes > MAX_METHOD_CODE) {
        add(place, tooManyFunctions(owner, functions.size(), function));
        bindingBytes = Integer.MIN_VALUE; // once per owner
      }
    }
  }

  /** The estimated binding code of {@code function} (see {@link #BINDING_BYTES_PER_FUNCTION}). */
  private int bindingBytes(FunctionModel function, Side side) {
    FunctionAbi abi = FunctionAbi.of(layout, function.function());
    CoreSignature core = side == Side.IMPORT ? abi.lower() : abi.lift();
    return BINDING_BYTES_PER_FUNCTION
        + listBytes(core.params().size())
        + listBytes(core.results().size());
  }

  /**
   * The code of {@code List.of(ValType.I32, …)} with {@code n} elements: 3 bytes each up to the ten
   * of its fixed-arity overloads, then an array filled element by element (7 each, and its
   * creation).
   */
  private static int listBytes(int n) {
    return n <= 10 ? 3 * n : 7 * n + 6;
  }

  private static String tooManyFunctions(String owner, int count, FunctionModel first) {
    return String.format(
        "%s has %d functions: their generated binding code would exceed the 64 KiB a Java method"
            + " may hold from function `%s` on; split the interface",
        owner, count, first.function().name());
  }

  private void checkParameters(FunctionModel function, Side side, Optional<Span> at) {
    int slots = 1 + slots(function.params().stream().map(Function.Param::type), side);
    if (slots > MAX_PARAMETER_SLOTS) {
      add(
          at,
          String.format(
              "function `%s` has %d parameters taking %d parameter slots in its Java method; Java"
                  + " allows at most %d",
              function.function().name(), function.params().size(), slots, MAX_PARAMETER_SLOTS));
    }
  }

  /** The Java types {@code kind} declares in its interface's class. */
  private static int nestedTypes(TypeDefKind kind) {
    if (kind instanceof TypeDefKind.VariantType v) {
      return 1 + v.cases().size();
    }
    return kind instanceof TypeDefKind.RecordType
            || kind instanceof TypeDefKind.EnumType
            || kind instanceof TypeDefKind.FlagsType
            || kind instanceof TypeDefKind.ResourceType
        ? 1
        : 0;
  }

  private static String tooManyNestedTypes(InterfaceModel model, DeclaredType first) {
    return String.format(
        "interface %s declares more than %d Java types (records, variants and their cases, enums,"
            + " flags, resources) from `%s` on; one class file cannot hold their constants; split"
            + " the interface",
        model.witName(), MAX_NESTED_TYPES, witName(first));
  }

  private static String tooManyCases(String what, DeclaredType declared, int cases, int max) {
    return String.format(
        "%s `%s` has %d cases; the generated Java supports at most %d (a class file's method"
            + " may hold 64 KiB of code)",
        what, witName(declared), cases, max);
  }

  /** The WIT name of a declared type (records, variants and enums are always named). */
  private static String witName(DeclaredType declared) {
    return String.valueOf(declared.def().name());
  }

  private int slots(java.util.stream.Stream<Type> params, Side side) {
    return params
        .mapToInt(
            t -> {
              TypeName java = types.typeName(t, side);
              return java.equals(TypeName.LONG) || java.equals(TypeName.DOUBLE) ? 2 : 1;
            })
        .sum();
  }

  private void add(Optional<Span> at, String message) {
    problems.add(
        at.map(span -> new Diagnostic(span, message)).orElse(Diagnostic.withoutLocation(message)));
  }
}
