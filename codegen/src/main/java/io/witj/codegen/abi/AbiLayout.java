package io.witj.codegen.abi;

import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Resolve;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeDefKind.EnumType;
import io.witj.parser.model.TypeDefKind.FixedListType;
import io.witj.parser.model.TypeDefKind.FlagsType;
import io.witj.parser.model.TypeDefKind.FutureType;
import io.witj.parser.model.TypeDefKind.HandleType;
import io.witj.parser.model.TypeDefKind.ListType;
import io.witj.parser.model.TypeDefKind.MapType;
import io.witj.parser.model.TypeDefKind.OptionType;
import io.witj.parser.model.TypeDefKind.RecordType;
import io.witj.parser.model.TypeDefKind.ResourceType;
import io.witj.parser.model.TypeDefKind.ResultType;
import io.witj.parser.model.TypeDefKind.StreamType;
import io.witj.parser.model.TypeDefKind.TupleType;
import io.witj.parser.model.TypeDefKind.VariantType;
import io.witj.parser.model.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Canonical ABI layout of the value types of one {@link Resolve}, for 32-bit memories: {@code
 * alignment}, {@code elem_size} and {@code flatten_type} of the specification, plus the member
 * offsets of records and tuples, the discriminant and payload offset of variants and the
 * representation of flags. Results are memoized per type id; not thread-safe.
 *
 * <p>Specialized types are laid out as the spec despecializes them: a tuple as a record, an enum,
 * option or result as a variant, a map as {@code list<tuple<K, V>>}. Handles, resources, futures,
 * streams and {@code error-context} are one {@code i32}.
 */
public final class AbiLayout {
  /** Component validation bounds every {@code elem_size} below 2^28. */
  static final long MAX_SIZE = 1L << 28;

  private final Resolve resolve;
  private final Map<Integer, TypeLayout> layouts = new HashMap<>();
  private final Map<Integer, RecordLayout> records = new HashMap<>();
  private final Map<Integer, VariantLayout> variants = new HashMap<>();

  public AbiLayout(Resolve resolve) {
    this.resolve = resolve;
  }

  public Resolve resolve() {
    return resolve;
  }

  /**
   * {@code type} with every alias followed: a primitive, or a reference to a non-alias definition.
   */
  public Type dealias(Type type) {
    return resolve.dealias(type);
  }

  /** The definition behind {@code type} after aliases, or null when it is a primitive. */
  public @Nullable TypeDefKind kind(Type type) {
    return dealias(type) instanceof TypeRef ref ? resolve.type(ref.id()).kind() : null;
  }

  public int alignment(Type type) {
    return layout(type).alignment();
  }

  public int size(Type type) {
    return layout(type).size();
  }

  public List<CoreType> flat(Type type) {
    return layout(type).flat();
  }

  /** Alignment, size and flat types of {@code type}. */
  public TypeLayout layout(Type type) {
    Type target = dealias(type);
    if (target instanceof PrimitiveType primitive) {
      return primitive(primitive);
    }
    int id = ((TypeRef) target).id();
    TypeLayout cached = layouts.get(id);
    if (cached == null) {
      cached = compute(resolve.type(id).kind(), target);
      layouts.put(id, cached);
    }
    return cached;
  }

  /** Member offsets of a {@code record} or {@code tuple} type. */
  public RecordLayout record(Type type) {
    Type target = dealias(type);
    TypeDefKind kind = kind(target);
    List<Type> members;
    if (kind instanceof RecordType record) {
      members = record.fields().stream().map(TypeDefKind.Field::type).toList();
    } else if (kind instanceof TupleType tuple) {
      members = tuple.types();
    } else {
      throw new IllegalArgumentException("not a record or tuple: " + describe(target));
    }
    int id = ((TypeRef) target).id();
    RecordLayout cached = records.get(id);
    if (cached == null) {
      cached = tuple(members);
      records.put(id, cached);
    }
    return cached;
  }

  /** The layout of a tuple of {@code members} (also the spill area of parameters and results). */
  public RecordLayout tuple(List<Type> members) {
    List<Integer> offsets = new ArrayList<>(members.size());
    List<CoreType> flat = new ArrayList<>();
    long size = 0;
    int alignment = 1;
    for (Type member : members) {
      TypeLayout layout = layout(member);
      size = TypeLayout.alignTo((int) size, layout.alignment());
      offsets.add((int) size);
      size = checkSize(size + layout.size());
      alignment = Math.max(alignment, layout.alignment());
      flat.addAll(layout.flat());
    }
    int total = TypeLayout.alignTo((int) size, alignment);
    return new RecordLayout(members, offsets, new TypeLayout(alignment, total, flat));
  }

  /** The {@code tuple<K, V>} element of a {@code map<K, V>} type. */
  public RecordLayout mapEntry(Type mapType) {
    if (!(kind(mapType) instanceof MapType map)) {
      throw new IllegalArgumentException("not a map: " + describe(mapType));
    }
    return tuple(List.of(map.key(), map.value()));
  }

  /**
   * Cases, discriminant and payload offset of a {@code variant}, {@code enum}, {@code option} or
   * {@code result}.
   */
  public VariantLayout variant(Type type) {
    Type target = dealias(type);
    TypeDefKind kind = kind(target);
    if (!(kind instanceof VariantType
        || kind instanceof EnumType
        || kind instanceof OptionType
        || kind instanceof ResultType)) {
      throw new IllegalArgumentException("not a variant-like type: " + describe(target));
    }
    int id = ((TypeRef) target).id();
    VariantLayout cached = variants.get(id);
    if (cached == null) {
      cached = computeVariant(kind);
      variants.put(id, cached);
    }
    return cached;
  }

  /** Labels and byte width of a {@code flags} type. */
  public FlagsLayout flags(Type type) {
    if (!(kind(type) instanceof FlagsType flags)) {
      throw new IllegalArgumentException("not a flags type: " + describe(type));
    }
    int count = flags.flags().size();
    if (count == 0 || count > 32) {
      throw new AbiException(
          "flags type "
              + describe(type)
              + " has "
              + count
              + " labels; the Canonical ABI allows 1 to 32");
    }
    List<String> labels = flags.flags().stream().map(TypeDefKind.Flag::name).toList();
    return new FlagsLayout(labels, count <= 8 ? 1 : count <= 16 ? 2 : 4);
  }

  private static TypeLayout primitive(PrimitiveType type) {
    return switch (type) {
      case BOOL, U8, S8 -> new TypeLayout(1, 1, List.of(CoreType.I32));
      case U16, S16 -> new TypeLayout(2, 2, List.of(CoreType.I32));
      case U32, S32, CHAR, ERROR_CONTEXT -> TypeLayout.I32_SCALAR;
      case U64, S64 -> new TypeLayout(8, 8, List.of(CoreType.I64));
      case F32 -> new TypeLayout(4, 4, List.of(CoreType.F32));
      case F64 -> new TypeLayout(8, 8, List.of(CoreType.F64));
      case STRING -> TypeLayout.POINTER_PAIR;
    };
  }

  private TypeLayout compute(TypeDefKind kind, Type type) {
    if (kind instanceof RecordType || kind instanceof TupleType) {
      return record(type).layout();
    }
    if (kind instanceof VariantType
        || kind instanceof EnumType
        || kind instanceof OptionType
        || kind instanceof ResultType) {
      return variant(type).layout();
    }
    if (kind instanceof FlagsType) {
      int bytes = flags(type).byteSize();
      return new TypeLayout(bytes, bytes, List.of(CoreType.I32));
    }
    if (kind instanceof ListType || kind instanceof MapType) {
      return TypeLayout.POINTER_PAIR;
    }
    if (kind instanceof FixedListType fixed) {
      return fixedList(fixed, type);
    }
    if (kind instanceof HandleType
        || kind instanceof ResourceType
        || kind instanceof FutureType
        || kind instanceof StreamType) {
      return TypeLayout.I32_SCALAR;
    }
    throw new IllegalStateException("unexpected type definition " + kind);
  }

  private TypeLayout fixedList(FixedListType fixed, Type type) {
    if (fixed.length() <= 0) {
      throw new AbiException(
          "fixed-length list " + describe(type) + " must have a length of at least 1");
    }
    TypeLayout element = layout(fixed.element());
    checkSize((long) element.size() * fixed.length());
    List<CoreType> flat = new ArrayList<>(element.flat().size() * fixed.length());
    for (int i = 0; i < fixed.length(); i++) {
      flat.addAll(element.flat());
    }
    return new TypeLayout(element.alignment(), element.size() * fixed.length(), flat);
  }

  private VariantLayout computeVariant(TypeDefKind kind) {
    List<String> names = new ArrayList<>();
    List<Type> payloads = new ArrayList<>();
    if (kind instanceof VariantType variant) {
      for (TypeDefKind.Case c : variant.cases()) {
        names.add(c.name());
        payloads.add(c.type());
      }
    } else if (kind instanceof EnumType enumType) {
      for (TypeDefKind.EnumCase c : enumType.cases()) {
        names.add(c.name());
        payloads.add(null);
      }
    } else if (kind instanceof OptionType option) {
      names.addAll(List.of("none", "some"));
      payloads.addAll(Arrays.asList(null, option.type()));
    } else {
      ResultType result = (ResultType) kind;
      names.addAll(List.of("ok", "error"));
      payloads.addAll(Arrays.asList(result.ok(), result.err()));
    }
    Discriminant discriminant = Discriminant.forCaseCount(names.size());
    int caseAlignment = 1;
    int caseSize = 0;
    List<CoreType> slots = new ArrayList<>();
    for (Type payload : payloads) {
      if (payload == null) {
        continue;
      }
      TypeLayout layout = layout(payload);
      caseAlignment = Math.max(caseAlignment, layout.alignment());
      caseSize = Math.max(caseSize, layout.size());
      List<CoreType> flat = layout.flat();
      for (int i = 0; i < flat.size(); i++) {
        if (i < slots.size()) {
          slots.set(i, CoreType.join(slots.get(i), flat.get(i)));
        } else {
          slots.add(flat.get(i));
        }
      }
    }
    int payloadOffset = TypeLayout.alignTo(discriminant.size(), caseAlignment);
    int alignment = Math.max(discriminant.size(), caseAlignment);
    int size = TypeLayout.alignTo((int) checkSize((long) payloadOffset + caseSize), alignment);
    List<CoreType> flat = new ArrayList<>(slots.size() + 1);
    flat.add(CoreType.I32);
    flat.addAll(slots);
    return new VariantLayout(
        names, payloads, discriminant, payloadOffset, new TypeLayout(alignment, size, flat));
  }

  private static long checkSize(long size) {
    if (size >= MAX_SIZE) {
      throw new AbiException("type is too large: its size " + size + " is not below 2^28 bytes");
    }
    return size;
  }

  private String describe(Type type) {
    if (type instanceof PrimitiveType primitive) {
      return primitive.witName();
    }
    int id = ((TypeRef) type).id();
    String name = resolve.type(id).name();
    return name != null ? "'" + name + "'" : "#" + id;
  }
}
