package io.witj.parser.ast;

/** {@code name: func(…) -> …;} in an interface. */
public record FuncDecl(Ident name, FuncType type, Annotations annotations)
    implements InterfaceItem {}
