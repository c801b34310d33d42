package io.witj.parser.wit2022;

import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.Ident;
import io.witj.parser.diag.Span;

/** {@code use * from f}: every type of the interface of file {@code f.wit}. */
record StarUse(Ident from, Annotations annotations, Span span) {}
