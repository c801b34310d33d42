package io.witj.codegen.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.runtime.Memory;
import io.witj.parser.model.PrimitiveType;
import io.witj.parser.model.Type;
import io.witj.parser.model.TypeDefKind;
import io.witj.parser.model.TypeDefKind.FixedListType;
import io.witj.parser.model.TypeDefKind.ListType;
import io.witj.parser.model.TypeDefKind.MapType;
import io.witj.parser.model.TypeDefKind.RecordType;
import io.witj.parser.model.TypeDefKind.TupleType;
import io.witj.runtime.StringEncoding;
import java.util.HexFormat;
import java.util.List;

/**
 * The vectors' "by content" comparison: walks a value's layout in an expected and an actual memory
 * (or flat value list), compares every non-pointer byte or value exactly and, for every string and
 * list pointer, the stored length (with the UTF-16 tag) and what the pointers point to, ignoring
 * the pointer values themselves and the realloc sequence.
 */
final class ContentComparison {
  private final AbiLayout layout;
  private final StringEncoding encoding;

  ContentComparison(AbiLayout layout, StringEncoding encoding) {
    this.layout = layout;
    this.encoding = encoding;
  }

  /** Whether {@code type} contains a {@code string} anywhere. */
  static boolean containsString(AbiLayout layout, Type type) {
    Type t = layout.dealias(type);
    if (t instanceof PrimitiveType p) {
      return p == PrimitiveType.STRING;
    }
    TypeDefKind kind = layout.kind(t);
    if (kind instanceof RecordType || kind instanceof TupleType) {
      return layout.record(t).types().stream().anyMatch(m -> containsString(layout, m));
    } else if (kind instanceof ListType list) {
      return containsString(layout, list.element());
    } else if (kind instanceof FixedListType fixed) {
      return containsString(layout, fixed.element());
    } else if (kind instanceof MapType map) {
      return containsString(layout, map.key()) || containsString(layout, map.value());
    } else if (kind instanceof TypeDefKind.FlagsType) {
      return false;
    }
    return layout.variant(t).payloads().stream()
        .anyMatch(p -> p != null && containsString(layout, p));
  }

  /** Compares the value of {@code type} stored at {@code expAddr} / {@code actAddr}. */
  void compareStored(Type type, Memory exp, int expAddr, Memory act, int actAddr, String path) {
    Type t = layout.dealias(type);
    TypeDefKind kind = layout.kind(t);
    if (t == PrimitiveType.STRING) {
      compareString(
          exp,
          exp.readInt(expAddr),
          exp.readInt(expAddr + 4),
          act,
          act.readInt(actAddr),
          act.readInt(actAddr + 4),
          path);
    } else if (t instanceof PrimitiveType || kind instanceof TypeDefKind.FlagsType) {
      compareBytes(exp, expAddr, act, actAddr, layout.size(t), path);
    } else if (kind instanceof RecordType || kind instanceof TupleType) {
      RecordLayout record = layout.record(t);
      for (int i = 0; i < record.types().size(); i++) {
        compareStored(
            record.types().get(i),
            exp,
            expAddr + record.offset(i),
            act,
            actAddr + record.offset(i),
            path + "." + i);
      }
    } else if (kind instanceof FixedListType fixed) {
      int size = layout.size(fixed.element());
      for (int i = 0; i < fixed.length(); i++) {
        compareStored(
            fixed.element(),
            exp,
            expAddr + i * size,
            act,
            actAddr + i * size,
            path + "[" + i + "]");
      }
    } else if (kind instanceof ListType || kind instanceof MapType) {
      compareList(
          t,
          exp,
          exp.readInt(expAddr),
          exp.readInt(expAddr + 4),
          act,
          act.readInt(actAddr),
          act.readInt(actAddr + 4),
          path);
    } else {
      VariantLayout variant = layout.variant(t);
      int width = variant.discriminant().size();
      compareBytes(exp, expAddr, act, actAddr, width, path + ".discriminant");
      int index =
          (int)
              (Long.parseLong(
                  HexFormat.of().withUpperCase().formatHex(reverse(exp.readBytes(expAddr, width))),
                  16));
      Type payload = variant.payloads().get(index);
      if (payload != null) {
        compareStored(
            payload,
            exp,
            expAddr + variant.payloadOffset(),
            act,
            actAddr + variant.payloadOffset(),
            path + "." + variant.caseNames().get(index));
      }
    }
  }

  /** Compares two flat lowerings of a value of {@code type} (with their memories). */
  void compareFlat(Type type, List<Long> expValues, Memory exp, List<Long> actValues, Memory act) {
    assertEquals(expValues.size(), actValues.size(), "by content: number of flat values");
    compareFlat(type, new int[] {0}, expValues, exp, actValues, act, "flat");
  }

  private void compareFlat(
      Type type,
      int[] cursor,
      List<Long> expValues,
      Memory exp,
      List<Long> actValues,
      Memory act,
      String path) {
    Type t = layout.dealias(type);
    TypeDefKind kind = layout.kind(t);
    if (t == PrimitiveType.STRING || kind instanceof ListType || kind instanceof MapType) {
      int i = cursor[0];
      cursor[0] += 2;
      int expPtr = (int) (long) expValues.get(i);
      int actPtr = (int) (long) actValues.get(i);
      int expLen = (int) (long) expValues.get(i + 1);
      int actLen = (int) (long) actValues.get(i + 1);
      if (t == PrimitiveType.STRING) {
        compareString(exp, expPtr, expLen, act, actPtr, actLen, path);
      } else {
        compareList(t, exp, expPtr, expLen, act, actPtr, actLen, path);
      }
    } else if (kind instanceof RecordType || kind instanceof TupleType) {
      RecordLayout record = layout.record(t);
      for (int i = 0; i < record.types().size(); i++) {
        compareFlat(record.types().get(i), cursor, expValues, exp, actValues, act, path + "." + i);
      }
    } else if (kind instanceof FixedListType fixed) {
      for (int i = 0; i < fixed.length(); i++) {
        compareFlat(fixed.element(), cursor, expValues, exp, actValues, act, path + "[" + i + "]");
      }
    } else if (kind != null && !(kind instanceof TypeDefKind.FlagsType)) {
      VariantLayout variant = layout.variant(t);
      int start = cursor[0];
      int index = (int) (long) expValues.get(start);
      compareValue(expValues, actValues, start, path + ".discriminant");
      cursor[0]++;
      Type payload = variant.payloads().get(index);
      if (payload != null) {
        compareFlat(
            payload,
            cursor,
            expValues,
            exp,
            actValues,
            act,
            path + "." + variant.caseNames().get(index));
      }
      int end = start + layout.flat(t).size();
      while (cursor[0] < end) {
        compareValue(expValues, actValues, cursor[0]++, path + ".unused-slot");
      }
    } else {
      compareValue(expValues, actValues, cursor[0]++, path);
    }
  }

  private void compareList(
      Type listType,
      Memory exp,
      int expPtr,
      int expLen,
      Memory act,
      int actPtr,
      int actLen,
      String path) {
    assertEquals(expLen, actLen, "by content: " + path + " length");
    TypeDefKind kind = layout.kind(listType);
    if (kind instanceof MapType) {
      RecordLayout entry = layout.mapEntry(listType);
      int size = entry.layout().size();
      for (int i = 0; i < expLen; i++) {
        for (int m = 0; m < 2; m++) {
          compareStored(
              entry.types().get(m),
              exp,
              expPtr + i * size + entry.offset(m),
              act,
              actPtr + i * size + entry.offset(m),
              path + "[" + i + "]." + m);
        }
      }
      return;
    }
    Type element = ((ListType) kind).element();
    int size = layout.size(element);
    for (int i = 0; i < expLen; i++) {
      compareStored(element, exp, expPtr + i * size, act, actPtr + i * size, path + "[" + i + "]");
    }
  }

  private void compareString(
      Memory exp, int expPtr, int expLen, Memory act, int actPtr, int actLen, String path) {
    assertEquals(
        Integer.toHexString(expLen),
        Integer.toHexString(actLen),
        "by content: " + path + " tagged length");
    long units = Integer.toUnsignedLong(expLen);
    long bytes =
        switch (encoding) {
          case UTF8 -> units;
          case UTF16 -> 2 * units;
          case LATIN1_UTF16 ->
              (expLen & StringEncoding.UTF16_TAG) != 0 ? 2 * (units ^ 0x8000_0000L) : units;
        };
    compareBytes(exp, expPtr, act, actPtr, (int) bytes, path + " code units");
  }

  private static void compareBytes(
      Memory exp, int expAddr, Memory act, int actAddr, int length, String path) {
    assertEquals(
        HexFormat.of().formatHex(exp.readBytes(expAddr, length)),
        HexFormat.of().formatHex(act.readBytes(actAddr, length)),
        "by content: " + path);
  }

  private static void compareValue(List<Long> exp, List<Long> act, int index, String path) {
    assertEquals(
        exp.get(index), act.get(index), "by content: " + path + " (flat value " + index + ")");
  }

  private static byte[] reverse(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[bytes.length - 1 - i];
    }
    return out;
  }
}
