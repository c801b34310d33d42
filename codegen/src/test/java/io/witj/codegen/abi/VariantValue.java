package io.witj.codegen.abi;

/**
 * A dynamically typed value of a WIT {@code variant}: the case label and its payload (null when
 * none).
 */
record VariantValue(String caseName, Object payload) {}
