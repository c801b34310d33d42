package io.witj.parser.resolve;

import io.witj.parser.ast.FileItem;
import io.witj.parser.ast.NestedPackage;
import io.witj.parser.ast.PackageDecl;
import io.witj.parser.ast.PackageItem;
import io.witj.parser.ast.WitFile;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import io.witj.parser.model.PackageName;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The packages of one group of files (a directory, or one file): the package named by the {@code
 * package …;} headers, made of the top-level items of all files, plus every nested {@code package
 * a:b { … }} block, each resolved on its own.
 */
final class PackageGroup {
  private PackageGroup() {}

  /** Resolves the group; nested packages come first, the main package last. */
  static List<UnresolvedPackage> resolve(List<WitFile> files) {
    List<UnresolvedPackage> packages = new ArrayList<>();
    List<List<PackageItem>> mainFiles = new ArrayList<>();
    @Nullable PackageDecl header = null;
    @Nullable String docs = null;
    boolean anyItems = false;
    for (WitFile file : files) {
      if (file.header() != null) {
        PackageName name = name(file.header());
        if (header != null && !name.equals(name(header))) {
          throw Errors.at(
              file.header().path().span(),
              "package identifier `"
                  + name
                  + "` does not match previous package name of `"
                  + name(header)
                  + "`");
        }
        header = file.header();
        if (file.header().docs() != null) {
          if (docs != null) {
            throw Errors.at(
                docsSpan(file.source(), file.header().span()),
                "found doc comments on multiple 'package' items");
          }
          docs = file.header().docs();
        }
      }
      List<PackageItem> items = new ArrayList<>();
      for (FileItem item : file.items()) {
        if (item instanceof NestedPackage nested) {
          PackageDecl decl = nested.decl();
          packages.add(
              new PackageResolver(
                      name(decl), decl.path().span(), decl.docs(), List.of(nested.items()))
                  .resolve());
        } else {
          items.add((PackageItem) item);
          anyItems = true;
        }
      }
      mainFiles.add(items);
    }
    if (header == null) {
      if (anyItems || packages.isEmpty()) {
        throw Errors.noLocation("no `package` header was found in any WIT file for this package");
      }
      return packages;
    }
    packages.add(
        new PackageResolver(name(header), header.path().span(), docs, mainFiles).resolve());
    return packages;
  }

  static PackageName name(PackageDecl decl) {
    return new PackageName(
        decl.path().namespace().name(), decl.path().name().name(), decl.path().version());
  }

  /** Where the comments before a package header start (the header itself when none is found). */
  private static Span docsSpan(SourceFile source, Span header) {
    String text = source.text();
    int line = source.line(header.start());
    int first = line;
    while (first > 1) {
      String previous = source.lineText(first - 1).trim();
      if (previous.startsWith("//")
          || previous.startsWith("/*")
          || previous.startsWith("*")
          || previous.endsWith("*/")) {
        first--;
      } else {
        break;
      }
    }
    if (first == line) {
      return header;
    }
    int offset = 0;
    for (int l = 1; l < first; l++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
      offset++;
    }
    return new Span(source, offset, Math.min(text.length(), offset + 1));
  }
}
