package io.witj.parser.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@link Resolve#worlds()} arena, fully elaborated: includes are flattened and
 * every interface needed through {@code use} is an (implicit) import. Maps keep elaboration order.
 */
public record World(
    String name,
    Map<WorldKey, WorldItem> imports,
    Map<WorldKey, WorldItem> exports,
    int packageId,
    @Nullable String docs,
    Stability stability) {}
