package io.witj.parser.model;

import java.util.Map;

/**
 * One entry of the {@link Resolve#interfaces()} arena. {@code name} is null for an inline {@code
 * import x: interface { … }} of a world, {@code packageId} is -1 only for such inline interfaces of
 * no package. Maps keep source order.
 */
public record Interface(
    String name,
    Map<String, Integer> types,
    Map<String, Function> functions,
    String docs,
    Stability stability,
    int packageId) {}
