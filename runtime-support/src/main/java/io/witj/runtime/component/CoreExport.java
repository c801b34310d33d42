package io.witj.runtime.component;

/**
 * One export of a core module.
 *
 * @param name the export name
 * @param kind what is exported
 * @param index the index of the exported item in its index space (imports first)
 */
public record CoreExport(String name, CoreExternKind kind, int index) {}
