package io.witj.runtime.internal;

import io.witj.runtime.WitTrapException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The resource handles of one guest instance (the spec's {@code handles} table of {@code
 * ResourceHandle}s): the {@code i32} handles the guest holds map to a resource type, a
 * representation, and whether the handle owns the resource or borrows it.
 *
 * <p>Semantics follow the spec: index 0 is never used; freed indices are reused (last freed first)
 * before the table grows; at most {@link #MAX_LENGTH} entries; an own handle counts the borrows
 * lent from it ({@code num_lends}) and cannot be dropped or moved while it has any; borrow handles
 * lowered into a call belong to that call's {@link CallScope} and must be dropped before it ends. A
 * wrong index, a freed index or a handle of another type traps, and a failed check leaves the table
 * unchanged.
 *
 * <p>All resource types of an instance share one table, as their handles share one index space
 * ({@link HandleIndexSpace}); a table made by {@link #perResourceType} numbers each type on its own
 * from 0 instead, as wit-bindgen 0.2 did. Every method takes the name of the function being lifted
 * or lowered, for trap messages. Not thread-safe: one table belongs to one guest instance.
 */
public final class HandleTable {
  /** The spec's limit on table indices, {@code 2^28 - 1}, which keeps the top 4 bits free. */
  public static final int MAX_LENGTH = (1 << 28) - 1;

  /** One handle. */
  static final class Entry {
    final int index;
    final HandleIndexSpace space;
    final ResourceType<?> type;
    final Object rep;
    final boolean own;
    final @Nullable CallScope borrowScope;
    int numLends;

    Entry(
        int index,
        HandleIndexSpace space,
        ResourceType<?> type,
        Object rep,
        boolean own,
        @Nullable CallScope borrowScope) {
      this.index = index;
      this.space = space;
      this.type = type;
      this.rep = rep;
      this.own = own;
      this.borrowScope = borrowScope;
    }

    /** The call a borrow handle belongs to; only borrows ({@code !own}) have one. */
    CallScope scope() {
      return Objects.requireNonNull(borrowScope, "a borrow handle has a call scope");
    }
  }

  private final int maxLength;

  /** The one index space of every type; null when each type has its own ({@link #spaces}). */
  private final @Nullable HandleIndexSpace shared;

  /** The index space of each resource type (from 0), when there is no shared one. */
  private final Map<ResourceType<?>, HandleIndexSpace> spaces = new LinkedHashMap<>();

  private int live;
  private @Nullable LiftTransaction lift;

  /** The state of the instance whose traps kill it; null for a table used on its own. */
  private final @Nullable InstanceState state;

  /** The state of the instance whose traps kill it (a state of its own for a table on its own). */
  InstanceState state() {
    return state == null ? new InstanceState() : state;
  }

  /** A table with the spec's capacity of {@link #MAX_LENGTH} handles. */
  public HandleTable() {
    this(MAX_LENGTH);
  }

  /** A table that traps once it would exceed {@code maxLength} (at most {@link #MAX_LENGTH}). */
  public HandleTable(int maxLength) {
    this(maxLength, null, true);
  }

  /** A table of the instance of {@code state}: its traps kill the instance. */
  HandleTable(int maxLength, InstanceState state) {
    this(maxLength, state, true);
  }

  private HandleTable(int maxLength, @Nullable InstanceState state, boolean sharedSpace) {
    if (maxLength < 1 || maxLength > MAX_LENGTH) {
      throw new IllegalArgumentException("maxLength must be in 1.." + MAX_LENGTH);
    }
    this.maxLength = maxLength;
    this.state = state;
    this.shared = sharedSpace ? new HandleIndexSpace(1, maxLength) : null;
  }

  /**
   * A table as wit-bindgen 0.2 hosts kept them: each resource type numbers its handles on its own,
   * from 0 (so handle 0 is valid), reusing the last freed index first; up to {@link #MAX_LENGTH}
   * handles per type. Everything else (ownership, borrows, traps) is as in the spec's table.
   */
  public static HandleTable perResourceType() {
    return perResourceType(null);
  }

  /** {@link #perResourceType()} of the instance of {@code state}: its traps kill the instance. */
  static HandleTable perResourceType(@Nullable InstanceState state) {
    return new HandleTable(MAX_LENGTH, state, false);
  }

  /** A trap naming {@code function}; it kills the table's instance. Callers throw it. */
  WitTrapException trap(String function, String check) {
    WitTrapException t = new WitTrapException(function, check);
    return state == null ? t : state.poison(t);
  }

  /** The number of live handles. */
  public int size() {
    return live;
  }

  /**
   * The representations of every live handle, compared by identity: lets a trapping call find which
   * of the host objects it was giving the guest never reached the table (and closes those).
   */
  public Set<Object> heldReps() {
    Set<Object> held = Collections.newSetFromMap(new IdentityHashMap<>());
    for (HandleIndexSpace space : spaces()) {
      for (int index = space.first(); index < space.end(); index++) {
        Entry e = space.at(index);
        if (e != null) {
          held.add(e.rep);
        }
      }
    }
    return held;
  }

  /** Starts the borrow bookkeeping of one call; close it when the call returns. */
  public CallScope beginCall(String function) {
    return new CallScope(this, function);
  }

  /**
   * Starts recording the own handles lifted out of the table for one call, so that a trap in a
   * later argument puts them back; see {@link LiftTransaction}.
   */
  public LiftTransaction beginLift() {
    lift = new LiftTransaction(this, lift);
    return lift;
  }

  void endLift(LiftTransaction t, @Nullable LiftTransaction outer) {
    if (lift == t) {
      lift = outer;
    }
  }

  /**
   * Puts back an entry {@code liftOwn} removed (a failed {@link LiftTransaction}): at its old index
   * when that is still free, else at a new one.
   */
  void restore(Entry e) {
    if (e.space.restore(e)) {
      live++;
      return;
    }
    add("restore", e.type, e.rep, e.own, e.borrowScope);
  }

  /**
   * Adds an owning handle: {@code lower_own} (the host gives the guest an {@code own<R>}) and
   * {@code [resource-new]} (the guest creates a resource it implements).
   *
   * @return the new handle
   */
  public <T> int addOwn(String function, ResourceType<T> type, T rep) {
    return add(function, type, rep, true, null).index;
  }

  /**
   * Adds a borrow handle lent to the guest for the duration of {@code scope} ({@code lower_borrow}:
   * the host passes a {@code borrow<R>} of a resource it implements into a guest export). The guest
   * must drop it before the call returns.
   *
   * @return the new handle
   */
  public <T> int addBorrow(String function, ResourceType<T> type, T rep, CallScope scope) {
    Objects.requireNonNull(scope, "scope");
    Entry e = add(function, type, rep, false, scope);
    scope.borrowAdded(e);
    return e.index;
  }

  /**
   * Takes ownership of the resource behind an {@code own<R>} handle the guest passes out ({@code
   * lift_own}): the handle is removed.
   *
   * @throws WitTrapException if the handle is invalid, of another type, a borrow, or lent out
   */
  public <T> T liftOwn(String function, int handle, ResourceType<T> type) {
    Entry e = get(function, handle, type);
    if (!e.own) {
      throw trap(
          function,
          "handle "
              + handle
              + " is a borrow of "
              + type.name()
              + ", but an own handle is required");
    }
    if (e.numLends != 0) {
      throw trap(
          function,
          "own handle "
              + handle
              + " of "
              + type.name()
              + " cannot be moved while it has "
              + e.numLends
              + " outstanding borrows");
    }
    remove(e);
    if (lift != null) {
      lift.moved(e);
    }
    return rep(e);
  }

  /**
   * Reads the resource behind a handle the guest passes as {@code borrow<R>} ({@code lift_borrow}):
   * the handle stays, and counts as lent until {@code scope} closes.
   */
  public <T> T liftBorrow(String function, int handle, ResourceType<T> type, CallScope scope) {
    Entry e = get(function, handle, type);
    scope.lend(e);
    return rep(e);
  }

  /** {@code [resource-rep]}: the representation behind a handle, without any ownership change. */
  public <T> T rep(String function, int handle, ResourceType<T> type) {
    return rep(get(function, handle, type));
  }

  /**
   * {@code [resource-drop]}: removes a handle. Dropping an own handle runs the type's destructor;
   * dropping a borrow ends the borrow in its call scope.
   *
   * @throws WitTrapException if the handle is invalid, of another type, or has outstanding borrows
   */
  public <T> void drop(String function, int handle, ResourceType<T> type) {
    Entry e = get(function, handle, type);
    if (e.numLends != 0) {
      throw trap(
          function,
          "cannot drop handle "
              + handle
              + " of "
              + type.name()
              + " while it has "
              + e.numLends
              + " outstanding borrows");
    }
    remove(e);
    if (e.own && state != null) {
      T rep = rep(e);
      state.guestDrop(() -> type.destroy(rep)); // the guest's own drop may re-enter it
    } else if (e.own) {
      type.destroy(rep(e));
    } else {
      e.scope().borrowDropped();
    }
  }

  /**
   * Removes every handle, lowest index first (type by type when each type numbers its own), as when
   * the instance goes away. The destructor of each own handle whose type {@code destroy} accepts
   * runs (e.g. only types of host objects: the guest cannot run its own destructors any more);
   * borrows end as if dropped. If destructors throw, every handle is still removed and the first
   * exception is rethrown with the others suppressed.
   *
   * @return the number of handles removed
   */
  public int clear(Predicate<? super ResourceType<?>> destroy) {
    RuntimeException failure = null;
    int removed = 0;
    for (HandleIndexSpace space : spaces()) {
      for (int index = space.first(); index < space.end(); index++) {
        Entry e = space.at(index);
        if (e == null) {
          continue;
        }
        remove(e);
        removed++;
        if (!e.own) {
          e.scope().borrowDropped();
          continue;
        }
        if (!destroy.test(e.type)) {
          continue;
        }
        try {
          destroyRep(e);
        } catch (RuntimeException ex) {
          if (failure == null) {
            failure = ex;
          } else {
            failure.addSuppressed(ex);
          }
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return removed;
  }

  @SuppressWarnings("unchecked")
  private static <T> void destroyRep(Entry e) {
    ((ResourceType<T>) e.type).destroy((T) e.rep);
  }

  // ---- internals shared with CallScope ---------------------------------------------------------

  private Iterable<HandleIndexSpace> spaces() {
    return shared != null ? List.of(shared) : List.copyOf(spaces.values());
  }

  private Entry get(String function, int handle, ResourceType<?> type) {
    HandleIndexSpace space = shared != null ? shared : spaces.get(type);
    Entry e = space == null ? null : space.at(handle);
    if (e == null) {
      throw trap(
          function,
          String.format("unknown %s handle %d", type.name(), Integer.toUnsignedLong(handle)));
    }
    if (e.type != type) {
      throw trap(
          function, "handle " + handle + " is a " + e.type.name() + ", not a " + type.name());
    }
    return e;
  }

  // the entry's type was checked against the caller's ResourceType<T>
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <T> T rep(Entry e) {
    return (T) e.rep;
  }

  private Entry add(
      String function, ResourceType<?> type, Object rep, boolean own, @Nullable CallScope scope) {
    Objects.requireNonNull(type, "type");
    HandleIndexSpace space =
        shared != null
            ? shared
            : spaces.computeIfAbsent(type, t -> new HandleIndexSpace(0, maxLength));
    int index = space.allocate();
    if (index < 0) {
      throw trap(
          function,
          "handle table is full (" + maxLength + " handles) when adding a " + type.name());
    }
    Entry e = new Entry(index, space, type, rep, own, scope);
    space.put(e);
    live++;
    return e;
  }

  /** Removes {@code e} if it is still the entry at its index. */
  boolean remove(Entry e) {
    if (!e.space.remove(e)) {
      return false;
    }
    live--;
    return true;
  }
}
