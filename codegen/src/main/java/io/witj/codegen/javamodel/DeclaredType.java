package io.witj.codegen.javamodel;

import io.witj.parser.model.TypeDef;
import java.util.List;

/**
 * The Java names of a WIT type that gets its own Java declaration (record, variant, enum, flags or
 * resource), nested in its interface's Java type. The names are the same on the import and the
 * export side; only the enclosing class differs (see {@link WorldModel#className(int, Side)}).
 *
 * @param typeId index in {@code Resolve.types()}
 * @param simpleName the nested type's simple name
 * @param memberNames in WIT order: record component names, variant case record names, enum or flags
 *     constant names; empty for resources
 */
public record DeclaredType(int typeId, TypeDef def, String simpleName, List<String> memberNames) {}
