package io.witj.runtime.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The indices of one handle table: which index holds which entry, and the freed indices, reused
 * last freed first before the space grows. The component model numbers every resource type of an
 * instance in one space from 1 (index 0 is never used); wit-bindgen 0.2 gave each resource type a
 * space of its own, from 0. {@link HandleTable} holds one or the other.
 */
final class HandleIndexSpace {
  private final int first;
  private final int maxLength;
  private HandleTable.Entry[] entries = new HandleTable.Entry[16];
  private int length;
  private int[] free = new int[16];
  private int freeCount;

  /**
   * @param first the first index handed out (0 or 1)
   * @param maxLength how many indices the space may hand out
   */
  HandleIndexSpace(int first, int maxLength) {
    this.first = first;
    this.maxLength = maxLength;
    this.length = first;
  }

  /** The entry at {@code handle}, or null when none is there. */
  HandleTable.@Nullable Entry at(int handle) {
    return handle < first || handle >= length ? null : entries[handle];
  }

  /** The lowest index that may hold an entry; with {@link #end()} the range to iterate. */
  int first() {
    return first;
  }

  /** One past the highest index ever handed out. */
  int end() {
    return length;
  }

  /**
   * The next index to use: the last one freed, else a new one.
   *
   * @return -1 when the space is full
   */
  int allocate() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (length - first >= maxLength) {
      return -1;
    }
    if (length == entries.length) {
      entries = Arrays.copyOf(entries, (int) Math.min((long) entries.length * 2, maxLength + 1L));
    }
    return length++;
  }

  void put(HandleTable.Entry e) {
    entries[e.index] = e;
  }

  /** Frees the index of {@code e} if {@code e} is still the entry there. */
  boolean remove(HandleTable.Entry e) {
    if (entries[e.index] != e) {
      return false;
    }
    entries[e.index] = null;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = e.index;
    return true;
  }

  /** Puts {@code e} back at its old index if that index is still free (not reused). */
  boolean restore(HandleTable.Entry e) {
    if (entries[e.index] != null) {
      return false;
    }
    for (int i = freeCount - 1; i >= 0; i--) {
      if (free[i] == e.index) {
        System.arraycopy(free, i + 1, free, i, freeCount - i - 1);
        freeCount--;
        entries[e.index] = e;
        return true;
      }
    }
    return false;
  }
}
