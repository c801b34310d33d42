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
 * payloads do not count: each case calls its payload's own helper, whatever its size.
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
  static final int MAX_METHOD_CODE = 65535 - 512;

  /**
   * Bytes of binding code per function (a host import registered, or a guest export looked up),
   * before its core signature's two lists: measured on javac 17's output (34 for imports, 31 for
   * exports), rounded up.
   */
  static final int BINDING_BYTES_PER_FUNCTION = 36;

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
    List<FunctionModel> functions = new ArrayList<>(model.functions());
    model.resourceMethods().values().forEach(functions::addAll);
    if (model.interfaceId() >= 0) {
      checkFunctions(
          functions,
          model.side(),
          "interface " + model.witName(),
          name -> locations.function(model.interfaceId(), name));
    } else {
      checkFunctions(
          functions,
          model.side(),
          "world " + world.witName() + " (its own imports)",
          name -> locations.worldFunction(world.worldId(), false, name));
    }
  }

  /** The functions a world exports itself, each at its own declaration in the world. */
  private void checkWorldExports() {
    checkFunctions(
        world.exportedFunctions(),
        Side.EXPORT,
        "world " + world.witName(),
        name -> locations.worldFunction(world.worldId(), true, name));
  }

  /**
   * Checks the parameters of each of {@code functions} (bound together in one method by {@code
   * owner}) and their binding code; {@code at} finds a function's place by its name.
   */
  private void checkFunctions(
      List<FunctionModel> functions,
      Side side,
      String owner,
      java.util.function.Function<String, Optional<Span>> at) {
    int bindingBytes = 0;
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
