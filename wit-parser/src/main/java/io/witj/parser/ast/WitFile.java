package io.witj.parser.ast;

import io.witj.parser.diag.SourceFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The syntax tree of one {@code .wit} file; {@code header} is null when the file has no {@code
 * package …;}.
 */
public record WitFile(SourceFile source, @Nullable PackageDecl header, List<FileItem> items) {}
