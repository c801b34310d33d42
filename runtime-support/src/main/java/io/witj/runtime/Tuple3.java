package io.witj.runtime;

/**
 * The Java form of a WIT {@code tuple} with 3 members: members are named {@code t0}, {@code t1},
 * ... in declaration order (the same convention in every {@code TupleN}).
 *
 * @param t0 member 0
 * @param t1 member 1
 * @param t2 member 2
 * @param <T0> the type of member 0
 * @param <T1> the type of member 1
 * @param <T2> the type of member 2
 */
public record Tuple3<T0, T1, T2>(T0 t0, T1 t1, T2 t2) {}
