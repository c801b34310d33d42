package io.witj.runtime.component;

import io.witj.runtime.StringEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the definitions of one component, section by section and in index-space order
 * (Binary.md): the outer component once, each nested component once per instantiation with the
 * items its instantiation passes. Core instantiations and core modules of the outer component go to
 * the {@link ComponentGraphReader}'s graph; everything else becomes {@link Item}s and {@link
 * CoreItem}s in this component's index spaces.
 *
 * <p>Nested components may only hold types, imports, aliases, instances of their own nested
 * components and exports (the type-only components wit-component makes); core modules, core
 * instances and canonical functions inside them are rejected.
 */
final class ComponentEvaluator implements TypeScope {
  private static final int CUSTOM = 0;
  private static final int CORE_MODULE = 1;
  private static final int CORE_INSTANCE = 2;
  private static final int CORE_TYPE = 3;
  private static final int COMPONENT = 4;
  private static final int INSTANCE = 5;
  private static final int ALIAS = 6;
  private static final int TYPE = 7;
  private static final int CANON = 8;
  private static final int START = 9;
  private static final int IMPORT = 10;
  private static final int EXPORT = 11;
  private static final int VALUE = 12;
  private static final int MAX_DEPTH = 32;

  private final ComponentGraphReader graph;
  private final @Nullable ComponentEvaluator parent;
  private final @Nullable Map<String, Item> args;
  private final int depth;

  private final List<CoreItem> coreFuncs = new ArrayList<>();
  private final List<CoreItem> coreTables = new ArrayList<>();
  private final List<CoreItem> coreMemories = new ArrayList<>();
  private final List<CoreItem> coreGlobals = new ArrayList<>();
  private final List<CoreItem> coreTags = new ArrayList<>();
  private final List<Integer> coreModules = new ArrayList<>();
  private final List<CoreInstanceRef> coreInstances = new ArrayList<>();
  private int coreTypes;
  private final List<Item> funcs = new ArrayList<>();
  private final List<TypeValue> types = new ArrayList<>();
  private final List<Item> components = new ArrayList<>();
  private final List<Item.InstanceItem> instances = new ArrayList<>();
  private final Map<String, Item> exports = new LinkedHashMap<>();

  /**
   * @param parent the component this one is defined in (null for the outer component)
   * @param args the items passed by name to this instantiation (null for the outer component)
   */
  ComponentEvaluator(
      ComponentGraphReader graph,
      @Nullable ComponentEvaluator parent,
      @Nullable Map<String, Item> args,
      int depth) {
    this.graph = graph;
    this.parent = parent;
    this.args = args;
    this.depth = depth;
  }

  private boolean outermost() {
    return args == null;
  }

  /** The exports, once {@link #run} evaluated every section. */
  Map<String, Item> exports() {
    return exports;
  }

  @Override
  public TypeValue type(int index, ByteCursor in, int at) {
    return get(types, index, "type", in, at);
  }

  @Override
  public @Nullable TypeScope outer() {
    return parent;
  }

  /** Evaluates every section in {@code in}. */
  void run(ByteCursor in) {
    if (depth > MAX_DEPTH) {
      throw in.error(in.position(), "components nested more than " + MAX_DEPTH + " deep");
    }
    while (!in.atEnd()) {
      int at = in.position();
      int id = in.readByte();
      int size = in.readU32();
      ByteCursor payload = in.slice(size, "component " + sectionName(id) + " section");
      section(id, payload, at);
    }
  }

  private static String sectionName(int id) {
    return switch (id) {
      case CUSTOM -> "custom";
      case CORE_MODULE -> "core module";
      case CORE_INSTANCE -> "core instance";
      case CORE_TYPE -> "core type";
      case COMPONENT -> "component";
      case INSTANCE -> "instance";
      case ALIAS -> "alias";
      case TYPE -> "type";
      case CANON -> "canon";
      case START -> "start";
      case IMPORT -> "import";
      case EXPORT -> "export";
      case VALUE -> "value";
      default -> "#" + id;
    };
  }

  private void section(int id, ByteCursor in, int at) {
    switch (id) {
      case CUSTOM -> {
        // names, producers: not needed
      }
      case CORE_MODULE -> coreModule(in, at);
      case CORE_INSTANCE -> vec(in, this::coreInstance);
      case CORE_TYPE ->
          vec(
              in,
              cursor -> {
                CoreEncodings.skipCoreType(cursor, 0);
                coreTypes++;
              });
      case COMPONENT -> component(in, at);
      case INSTANCE -> vec(in, this::instance);
      case ALIAS -> vec(in, this::alias);
      case TYPE -> vec(in, this::type);
      case CANON -> vec(in, this::canon);
      case START -> throw unsupported(at, "a component start function (value definitions)");
      case IMPORT -> vec(in, this::importDefinition);
      case EXPORT -> vec(in, this::export);
      case VALUE -> throw unsupported(at, "value definitions");
      default -> throw in.error(at, "unknown component section id " + id);
    }
  }

  private interface Definition {
    void read(ByteCursor in);
  }

  private void vec(ByteCursor in, Definition definition) {
    int count = in.readU32();
    for (int i = 0; i < count; i++) {
      graph.charge(in);
      definition.read(in);
    }
    if (!in.atEnd()) {
      throw in.error(in.position(), "section has " + in.remaining() + " bytes after its entries");
    }
  }

  // ---- core modules and instances ------------------------------------------------------------

  private void coreModule(ByteCursor in, int at) {
    if (!outermost()) {
      throw nestedWithModules(at, "core module");
    }
    coreModules.add(graph.addModule(in));
  }

  private void coreInstance(ByteCursor in) {
    int at = in.position();
    if (!outermost()) {
      throw nestedWithModules(at, "core instance");
    }
    int form = in.readByte();
    if (form == 0x00) {
      int module = get(coreModules, in.readU32(), "core module", in, at);
      Map<String, CoreInstanceRef> instantiateArgs = new LinkedHashMap<>();
      int count = in.readU32();
      for (int i = 0; i < count; i++) {
        String name = in.readName();
        int sortAt = in.position();
        if (in.readByte() != 0x12) {
          throw in.error(sortAt, "core instantiation argument " + name + " is not an instance");
        }
        CoreInstanceRef instance = get(coreInstances, in.readU32(), "core instance", in, sortAt);
        if (instantiateArgs.put(name, instance) != null) {
          throw in.error(sortAt, "core instantiation argument " + name + " given twice");
        }
      }
      coreInstances.add(
          new CoreInstanceRef.Instantiated(graph.addInstantiation(module, instantiateArgs)));
    } else if (form == 0x01) {
      Map<String, CoreItem> inline = new LinkedHashMap<>();
      int count = in.readU32();
      for (int i = 0; i < count; i++) {
        String name = in.readName();
        int sortAt = in.position();
        ComponentSort sort = ComponentSort.core(in.readByte());
        if (sort == null || sort.coreKind() == null) {
          throw in.error(sortAt, "inline core export " + name + " of an unsupported sort");
        }
        if (inline.put(name, coreItem(sort, in.readU32(), in, sortAt)) != null) {
          throw in.error(sortAt, "inline core export " + name + " given twice");
        }
      }
      coreInstances.add(new CoreInstanceRef.Inline(inline));
    } else {
      throw in.error(at, "unknown core instance form 0x" + Integer.toHexString(form));
    }
  }

  private CoreItem coreItem(ComponentSort sort, int index, ByteCursor in, int at) {
    return get(coreSpace(sort), index, sort.label(), in, at);
  }

  private List<CoreItem> coreSpace(ComponentSort sort) {
    return switch (sort) {
      case CORE_FUNC -> coreFuncs;
      case CORE_TABLE -> coreTables;
      case CORE_MEMORY -> coreMemories;
      case CORE_GLOBAL -> coreGlobals;
      case CORE_TAG -> coreTags;
      default -> throw new IllegalArgumentException(sort.label());
    };
  }

  // ---- nested components and component instances --------------------------------------------

  private void component(ByteCursor in, int at) {
    int start = in.position();
    in.require(BinaryKind.PREAMBLE_SIZE);
    byte[] preamble = graph.preamble(start);
    if (BinaryKind.detect(preamble) != BinaryKind.COMPONENT) {
      throw in.error(at, "nested component does not start with a component preamble");
    }
    components.add(new NestedComponent(start, start + in.remaining(), this));
    in.skip(in.remaining());
  }

  private void instance(ByteCursor in) {
    int at = in.position();
    int form = in.readByte();
    if (form == 0x00) {
      Item component = get(components, in.readU32(), "component", in, at);
      if (!(component instanceof NestedComponent nested)) {
        throw unsupported(at, "instantiating an imported component");
      }
      Map<String, Item> instantiateArgs = new LinkedHashMap<>();
      int count = in.readU32();
      for (int i = 0; i < count; i++) {
        String name = in.readName();
        int argAt = in.position();
        if (instantiateArgs.put(name, sortIndex(in)) != null) {
          throw in.error(argAt, "instantiation argument " + name + " given twice");
        }
      }
      ComponentEvaluator child =
          new ComponentEvaluator(graph, nested.definedIn, instantiateArgs, depth + 1);
      child.run(graph.cursor(nested.start + BinaryKind.PREAMBLE_SIZE, nested.limit));
      instances.add(
          new Item.InstanceItem("instance #" + instances.size() + " of " + nested, child.exports));
    } else if (form == 0x01) {
      Map<String, Item> inline = new LinkedHashMap<>();
      int count = in.readU32();
      for (int i = 0; i < count; i++) {
        String name = Names.read(in);
        int exportAt = in.position();
        if (inline.put(name, sortIndex(in)) != null) {
          throw in.error(exportAt, "inline export " + name + " given twice");
        }
      }
      instances.add(new Item.InstanceItem("inline instance #" + instances.size(), inline));
    } else {
      throw in.error(at, "unknown instance form 0x" + Integer.toHexString(form));
    }
  }

  /** A {@code sortidx} naming a component-level item. */
  private Item sortIndex(ByteCursor in) {
    int at = in.position();
    ComponentSort sort = sort(in);
    return item(sort, in.readU32(), in, at);
  }

  private ComponentSort sort(ByteCursor in) {
    int at = in.position();
    int code = in.readByte();
    ComponentSort sort =
        switch (code) {
          case 0x00 -> ComponentSort.core(in.readByte());
          case 0x01 -> ComponentSort.FUNC;
          case 0x02 -> ComponentSort.VALUE;
          case 0x03 -> ComponentSort.TYPE;
          case 0x04 -> ComponentSort.COMPONENT;
          case 0x05 -> ComponentSort.INSTANCE;
          default -> null;
        };
    if (sort == null) {
      throw in.error(at, "unknown sort 0x" + Integer.toHexString(code));
    }
    return sort;
  }

  /** The component-level item of {@code sort} at {@code index}. */
  private Item item(ComponentSort sort, int index, ByteCursor in, int at) {
    return switch (sort) {
      case FUNC -> get(funcs, index, "func", in, at);
      case TYPE -> type(index, in, at);
      case COMPONENT -> get(components, index, "component", in, at);
      case INSTANCE -> get(instances, index, "instance", in, at);
      case CORE_MODULE -> new Item.ModuleItem(get(coreModules, index, "core module", in, at));
      case VALUE -> throw unsupported(at, "value definitions");
      default -> throw unsupported(at, "passing a " + sort.label() + " to a component");
    };
  }

  /** Appends {@code item} to the index space of {@code sort}. */
  private void push(ComponentSort sort, Item item, ByteCursor in, int at) {
    ComponentSort actual = ComponentSort.of(item);
    if (actual != sort) {
      throw in.error(
          at, "expected a " + sort.label() + ", found a " + actual.label() + ": " + item);
    }
    switch (sort) {
      case FUNC -> funcs.add(item);
      case TYPE -> types.add((TypeValue) item);
      case COMPONENT -> components.add(item);
      case INSTANCE -> instances.add((Item.InstanceItem) item);
      case CORE_MODULE -> coreModules.add(((Item.ModuleItem) item).module());
      default -> throw unsupported(at, sort.label() + " items");
    }
  }

  // ---- aliases -------------------------------------------------------------------------------

  private void alias(ByteCursor in) {
    int at = in.position();
    ComponentSort sort = sort(in);
    int target = in.readByte();
    switch (target) {
      case 0x00 -> {
        Item.InstanceItem instance = get(instances, in.readU32(), "instance", in, at);
        String name = in.readName();
        Item item = instance.exports().get(name);
        if (item == null) {
          throw in.error(at, instance + " has no export " + name);
        }
        push(sort, item, in, at);
      }
      case 0x01 -> {
        CoreInstanceRef instance = get(coreInstances, in.readU32(), "core instance", in, at);
        String name = in.readName();
        if (sort.coreKind() == null) {
          throw unsupported(at, "aliasing a " + sort.label() + " of a core instance");
        }
        coreSpace(sort).add(graph.coreExport(instance, name, sort.coreKind(), in, at));
      }
      case 0x02 -> {
        int count = in.readU32();
        int index = in.readU32();
        ComponentEvaluator scope = this;
        for (int i = 0; i < count; i++) {
          scope = scope.parent;
          if (scope == null) {
            throw in.error(at, "outer alias reaches " + count + " components out");
          }
        }
        switch (sort) {
          case TYPE -> types.add(scope.type(index, in, at));
          case CORE_TYPE -> coreTypes++;
          case CORE_MODULE -> throw nestedWithModules(at, "aliased core module");
          case COMPONENT -> components.add(get(scope.components, index, "component", in, at));
          default -> throw in.error(at, "an outer alias of a " + sort.label());
        }
      }
      default -> throw in.error(at, "unknown alias target 0x" + Integer.toHexString(target));
    }
  }

  // ---- types -------------------------------------------------------------------------------

  private void type(ByteCursor in) {
    types.add(TypeReader.deftype(in, this, types.size(), this::defineResource));
  }

  private ResourceRef.Defined defineResource(int typeIndex, int destructor, ByteCursor in, int at) {
    if (!outermost()) {
      throw nestedWithModules(at, "resource type definition");
    }
    CoreItem dtor = destructor < 0 ? null : get(coreFuncs, destructor, "core func", in, at);
    return graph.addResource(new ResourceRef.Defined(typeIndex, dtor));
  }

  // ---- canonical functions -----------------------------------------------------------------

  private void canon(ByteCursor in) {
    int at = in.position();
    if (!outermost()) {
      throw nestedWithModules(at, "canonical function");
    }
    int op = in.readByte();
    switch (op) {
      case 0x00 -> {
        sortByte(in, 0x00, "canon lift");
        CoreItem core = get(coreFuncs, in.readU32(), "core func", in, at);
        CanonOptions options = options(in, at, "canon lift");
        type(in.readU32(), in, at);
        funcs.add(new Item.LiftedFunc(core, options));
      }
      case 0x01 -> {
        sortByte(in, 0x00, "canon lower");
        Item function = get(funcs, in.readU32(), "func", in, at);
        CanonOptions options = options(in, at, "canon lower");
        if (!(function instanceof Item.ImportedFunc imported)) {
          throw unsupported(
              at,
              "canon lower of a function the component lifts itself ("
                  + function
                  + "; adapters between a component's own parts)");
        }
        coreFuncs.add(new CoreItem.Lowered(imported, options));
      }
      case 0x02, 0x03, 0x04 -> {
        CoreItem.ResourceOp resourceOp =
            op == 0x02
                ? CoreItem.ResourceOp.NEW
                : op == 0x03 ? CoreItem.ResourceOp.DROP : CoreItem.ResourceOp.REP;
        TypeValue type = type(in.readU32(), in, at);
        if (!(type instanceof ResourceRef resource) || type instanceof ResourceRef.Local) {
          throw in.error(at, "canon " + resourceOp.label() + " of " + type + ", not a resource");
        }
        if (resourceOp != CoreItem.ResourceOp.DROP && !(resource instanceof ResourceRef.Defined)) {
          throw in.error(
              at, "canon " + resourceOp.label() + " of imported " + resource + " is invalid");
        }
        coreFuncs.add(new CoreItem.ResourceIntrinsic(resourceOp, resource));
      }
      default -> throw unsupported(at, "canon " + CanonNames.of(op));
    }
  }

  private static void sortByte(ByteCursor in, int expected, String what) {
    int at = in.position();
    if (in.readByte() != expected) {
      throw in.error(at, "malformed " + what);
    }
  }

  private CanonOptions options(ByteCursor in, int at, String what) {
    StringEncoding encoding = StringEncoding.UTF8;
    CoreItem memory = null;
    CoreItem realloc = null;
    CoreItem postReturn = null;
    int count = in.readU32();
    for (int i = 0; i < count; i++) {
      int optionAt = in.position();
      int option = in.readByte();
      switch (option) {
        case 0x00 -> encoding = StringEncoding.UTF8;
        case 0x01 -> encoding = StringEncoding.UTF16;
        case 0x02 -> encoding = StringEncoding.LATIN1_UTF16;
        case 0x03 -> memory = get(coreMemories, in.readU32(), "core memory", in, optionAt);
        case 0x04 -> realloc = get(coreFuncs, in.readU32(), "core func", in, optionAt);
        case 0x05 -> postReturn = get(coreFuncs, in.readU32(), "core func", in, optionAt);
        case 0x06 -> throw unsupported(at, what + " with the async option");
        case 0x07 -> throw unsupported(at, what + " with an async callback");
        default ->
            throw in.error(optionAt, "unknown canonical option 0x" + Integer.toHexString(option));
      }
    }
    return new CanonOptions(encoding, memory, realloc, postReturn);
  }

  // ---- imports and exports -----------------------------------------------------------------

  private void importDefinition(ByteCursor in) {
    int at = in.position();
    String name = Names.read(in);
    int kindAt = in.position();
    int kind = in.readByte();
    if (args != null) { // a nested component: its imports are the instantiation's arguments
      Item arg = args.get(name);
      if (arg == null) {
        throw in.error(at, "the instantiation of a nested component does not pass import " + name);
      }
      skipExternTypeRest(in, kind, kindAt);
      push(sortOfExtern(kind, in, kindAt), arg, in, at);
      return;
    }
    switch (kind) {
      case 0x05 -> {
        TypeValue type = type(in.readU32(), in, kindAt);
        if (!(type instanceof TypeValue.InstanceType instanceType)) {
          throw in.error(kindAt, "import " + name + " is an instance of " + type);
        }
        instances.add(importedInstance(name, instanceType));
      }
      case 0x01 -> {
        in.readU32();
        funcs.add(new Item.ImportedFunc(Item.ROOT, name));
      }
      case 0x03 -> {
        if (TypeReader.optional(in)) {
          types.add(new ResourceRef.Imported(Item.ROOT, name));
        } else {
          types.add(type(in.readU32(), in, kindAt));
        }
      }
      case 0x00, 0x02, 0x04 -> {
        String what = kind == 0x00 ? "a core module" : kind == 0x02 ? "a value" : "a component";
        throw unsupported(at, "import " + name + " of " + what);
      }
      default -> throw in.error(kindAt, "unknown extern type 0x" + Integer.toHexString(kind));
    }
    graph.addImport(name);
  }

  private static Item.InstanceItem importedInstance(String name, TypeValue.InstanceType type) {
    Map<String, Item> items = new LinkedHashMap<>();
    for (TypeValue.InstanceType.Export e : type.exports()) {
      switch (e.sort()) {
        case FUNC -> items.put(e.name(), new Item.ImportedFunc(name, e.name()));
        case TYPE ->
            items.put(
                e.name(),
                e.type() instanceof ResourceRef.Local local
                    ? new ResourceRef.Imported(name, local.name())
                    : e.type());
        default -> {
          // nested instances, components, modules and values of imported instances: not linkable
        }
      }
    }
    return new Item.InstanceItem("import " + name, items);
  }

  private static ComponentSort sortOfExtern(int kind, ByteCursor in, int at) {
    return switch (kind) {
      case 0x00 -> ComponentSort.CORE_MODULE;
      case 0x01 -> ComponentSort.FUNC;
      case 0x02 -> ComponentSort.VALUE;
      case 0x03 -> ComponentSort.TYPE;
      case 0x04 -> ComponentSort.COMPONENT;
      case 0x05 -> ComponentSort.INSTANCE;
      default -> throw in.error(at, "unknown extern type 0x" + Integer.toHexString(kind));
    };
  }

  /** Skips what follows the kind byte of an {@code externtype}. */
  private static void skipExternTypeRest(ByteCursor in, int kind, int at) {
    switch (kind) {
      case 0x00 -> {
        sortByte(in, 0x11, "core module extern type");
        in.readU32();
      }
      case 0x01, 0x04, 0x05 -> in.readU32();
      case 0x02 -> {
        if (TypeReader.optional(in)) {
          TypeReader.valtype(in);
        } else {
          in.readU32();
        }
      }
      case 0x03 -> {
        if (!TypeReader.optional(in)) {
          in.readU32();
        }
      }
      default -> throw in.error(at, "unknown extern type 0x" + Integer.toHexString(kind));
    }
  }

  private void export(ByteCursor in) {
    int at = in.position();
    String name = Names.read(in);
    ComponentSort sort = sort(in);
    Item item = item(sort, in.readU32(), in, at);
    if (TypeReader.optional(in)) {
      int kindAt = in.position();
      skipExternTypeRest(in, in.readByte(), kindAt);
    }
    if (exports.put(name, item) != null) {
      throw in.error(at, "export " + name + " defined twice");
    }
    push(sort, item, in, at);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static <T> T get(List<T> space, int index, String what, ByteCursor in, int at) {
    if (index < 0 || index >= space.size()) {
      throw in.error(
          at, what + " index " + index + " out of range (" + space.size() + " defined before it)");
    }
    return space.get(index);
  }

  private static ComponentReadException unsupported(int at, String what) {
    return new ComponentReadException(
        String.format("unsupported at byte offset 0x%x: %s is not supported", at, what));
  }

  private static ComponentReadException nestedWithModules(int at, String what) {
    return unsupported(
        at,
        "a nested component with a "
            + what
            + " (nested component instances with their own modules)");
  }
}
