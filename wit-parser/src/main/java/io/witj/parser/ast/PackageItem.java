package io.witj.parser.ast;

/** An item of a package: top-level {@code use}, interface or world. */
public sealed interface PackageItem extends FileItem
    permits TopLevelUse, InterfaceDecl, WorldDecl {}
