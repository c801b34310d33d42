package io.witj.parser.syntax;

import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.FileItem;
import io.witj.parser.ast.FuncDecl;
import io.witj.parser.ast.ImportExport;
import io.witj.parser.ast.InterfaceDecl;
import io.witj.parser.ast.InterfaceItem;
import io.witj.parser.ast.NestedPackage;
import io.witj.parser.ast.PackageItem;
import io.witj.parser.ast.ResourceFunc;
import io.witj.parser.ast.TypeDecl;
import io.witj.parser.ast.WitFile;
import io.witj.parser.ast.WorldBodyItem;
import io.witj.parser.ast.WorldDecl;
import java.util.ArrayList;
import java.util.List;

/** Test helper: every docs string in a syntax tree, in source order. */
final class DocsCollector {
  private final List<String> docs = new ArrayList<>();

  static List<String> all(WitFile file) {
    DocsCollector collector = new DocsCollector();
    if (file.header() != null) {
      collector.add(file.header().docs());
    }
    for (FileItem item : file.items()) {
      if (item instanceof NestedPackage nested) {
        collector.add(nested.decl().docs());
        nested.items().forEach(collector::packageItem);
      } else {
        collector.packageItem((PackageItem) item);
      }
    }
    return collector.docs;
  }

  private void add(String text) {
    if (text != null) {
      docs.add(text);
    }
  }

  private void add(Annotations annotations) {
    add(annotations.docs());
  }

  private void packageItem(PackageItem item) {
    if (item instanceof InterfaceDecl i) {
      add(i.annotations());
      i.items().forEach(this::interfaceItem);
    } else if (item instanceof WorldDecl w) {
      add(w.annotations());
      w.items().forEach(this::worldItem);
    }
  }

  private void interfaceItem(InterfaceItem item) {
    if (item instanceof FuncDecl f) {
      add(f.annotations());
    } else if (item instanceof TypeDecl t) {
      typeDecl(t);
    }
  }

  private void worldItem(WorldBodyItem item) {
    if (item instanceof ImportExport ie) {
      add(ie.annotations());
      if (ie.type() instanceof ImportExport.ExternType.InlineInterface inline) {
        inline.items().forEach(this::interfaceItem);
      }
    } else if (item instanceof TypeDecl t) {
      typeDecl(t);
    }
  }

  private void typeDecl(TypeDecl t) {
    add(t.annotations());
    if (t instanceof TypeDecl.Record r) {
      r.fields().forEach(f -> add(f.docs()));
    } else if (t instanceof TypeDecl.Variant v) {
      v.cases().forEach(c -> add(c.docs()));
    } else if (t instanceof TypeDecl.Enum e) {
      e.cases().forEach(c -> add(c.docs()));
    } else if (t instanceof TypeDecl.Flags f) {
      f.flags().forEach(c -> add(c.docs()));
    } else if (t instanceof TypeDecl.Resource r) {
      for (ResourceFunc func : r.functions()) {
        add(func.annotations());
      }
    }
  }
}
