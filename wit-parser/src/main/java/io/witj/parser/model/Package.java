package io.witj.parser.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@link Resolve#packages()} arena: its interfaces and worlds by name, in source
 * order.
 */
public record Package(
    PackageName name,
    @Nullable String docs,
    Map<String, Integer> interfaces,
    Map<String, Integer> worlds) {}
