package io.witj.parser;

import io.witj.parser.diag.SourceFile;
import io.witj.parser.model.PackageName;
import java.util.List;
import java.util.Optional;

/**
 * WIT packages available by name, beyond the root and its {@code deps/}: asked only for a package
 * that something uses and no group defines (for example WIT packages found in Maven artifacts).
 * What it returns is resolved like a dependency group; nothing of it is a main package.
 */
@FunctionalInterface
public interface WitLibrary {

  /** A library that has no packages. */
  WitLibrary NONE = name -> Optional.empty();

  /**
   * The files of the package group that defines {@code name} (exactly this name and version), or
   * empty when the library does not have it. May throw a {@link io.witj.parser.diag.WitException}
   * when the library cannot give one answer (for example two different copies of the package).
   */
  Optional<List<SourceFile>> find(PackageName name);
}
