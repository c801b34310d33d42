package io.witj.parser.ast;

/** An item allowed in an interface body: a {@code use}, a type definition or a function. */
public sealed interface InterfaceItem permits Use, TypeDecl, FuncDecl {}
