package io.witj.parser.resolve;

import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.Ident;
import io.witj.parser.ast.ImportExport;
import io.witj.parser.ast.Include;
import io.witj.parser.ast.InterfaceDecl;
import io.witj.parser.ast.InterfaceItem;
import io.witj.parser.ast.PackageItem;
import io.witj.parser.ast.TopLevelUse;
import io.witj.parser.ast.Use;
import io.witj.parser.ast.UsePath;
import io.witj.parser.ast.WorldBodyItem;
import io.witj.parser.ast.WorldDecl;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Visits every path to an interface or world in a list of package items, in the order of the
 * reference parser: per world its {@code use}s and {@code include}s, then the paths of its imports,
 * then of its exports.
 */
final class UsePathWalker {
  private UsePathWalker() {}

  /** What a path must name. */
  enum Target {
    INTERFACE,
    WORLD,
    UNKNOWN
  }

  /**
   * Receives one path; {@code owner} is the enclosing item when it orders the package (else null),
   * {@code names} the names a {@code use} imports (null for other paths).
   */
  interface Visitor {
    void visit(
        @Nullable Ident owner,
        Annotations annotations,
        UsePath path,
        @Nullable List<Use.Name> names,
        Target target);
  }

  static void walk(List<PackageItem> items, Visitor visitor) {
    for (PackageItem item : items) {
      if (item instanceof TopLevelUse use) {
        visitor.visit(null, use.annotations(), use.path(), null, Target.UNKNOWN);
      } else if (item instanceof InterfaceDecl iface) {
        for (InterfaceItem member : iface.items()) {
          if (member instanceof Use use) {
            visitor.visit(
                iface.name(), use.annotations(), use.path(), use.names(), Target.INTERFACE);
          }
        }
      } else if (item instanceof WorldDecl world) {
        walkWorld(world, visitor);
      }
    }
  }

  private static void walkWorld(WorldDecl world, Visitor visitor) {
    List<ImportExport> imports = new ArrayList<>();
    List<ImportExport> exports = new ArrayList<>();
    for (WorldBodyItem member : world.items()) {
      if (member instanceof Use use) {
        visitor.visit(null, use.annotations(), use.path(), use.names(), Target.INTERFACE);
      } else if (member instanceof Include include) {
        visitor.visit(world.name(), include.annotations(), include.path(), null, Target.WORLD);
      } else if (member instanceof ImportExport ie) {
        (ie.export() ? exports : imports).add(ie);
      }
    }
    imports.addAll(exports);
    for (ImportExport ie : imports) {
      if (ie.type() instanceof ImportExport.ExternType.InlineInterface inline) {
        for (InterfaceItem member : inline.items()) {
          if (member instanceof Use use) {
            visitor.visit(null, use.annotations(), use.path(), use.names(), Target.INTERFACE);
          }
        }
      } else if (ie.type() instanceof ImportExport.ExternType.Path path) {
        visitor.visit(null, ie.annotations(), path.path(), null, Target.INTERFACE);
      }
    }
  }
}
