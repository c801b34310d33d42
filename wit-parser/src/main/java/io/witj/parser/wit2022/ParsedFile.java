package io.witj.parser.wit2022;

import io.witj.parser.ast.InterfaceItem;
import io.witj.parser.diag.SourceFile;
import java.util.List;

/**
 * One parsed 2022-dialect file: the interface named by the file's stem, its items in today's syntax
 * tree, and its {@code use * from f} items (expanded once every file is read).
 */
record ParsedFile(
    SourceFile source, String interfaceName, List<InterfaceItem> items, List<StarUse> starUses) {}
