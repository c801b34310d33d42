package io.witj.parser.ast;

/** An item allowed in a world body. */
public sealed interface WorldBodyItem permits Use, TypeDecl, ImportExport, Include {}
