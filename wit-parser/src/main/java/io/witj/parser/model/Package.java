package io.witj.parser.model;

import java.util.Map;

/**
 * One entry of the {@link Resolve#packages()} arena: its interfaces and worlds by name, in source
 * order.
 */
public record Package(
    PackageName name, String docs, Map<String, Integer> interfaces, Map<String, Integer> worlds) {}
