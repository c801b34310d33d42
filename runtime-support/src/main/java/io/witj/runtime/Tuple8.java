package io.witj.runtime;

/**
 * The Java form of a WIT {@code tuple} with 8 members: members are named {@code t0}, {@code t1},
 * ... in declaration order (the same convention in every {@code TupleN}).
 *
 * @param t0 member 0
 * @param t1 member 1
 * @param t2 member 2
 * @param t3 member 3
 * @param t4 member 4
 * @param t5 member 5
 * @param t6 member 6
 * @param t7 member 7
 * @param <T0> the type of member 0
 * @param <T1> the type of member 1
 * @param <T2> the type of member 2
 * @param <T3> the type of member 3
 * @param <T4> the type of member 4
 * @param <T5> the type of member 5
 * @param <T6> the type of member 6
 * @param <T7> the type of member 7
 */
public record Tuple8<T0, T1, T2, T3, T4, T5, T6, T7>(
    T0 t0, T1 t1, T2 t2, T3 t3, T4 t4, T5 t5, T6 t6, T7 t7) {}
