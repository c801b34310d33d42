package io.witj.parser.syntax;

import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.FileItem;
import io.witj.parser.ast.FuncDecl;
import io.witj.parser.ast.Ident;
import io.witj.parser.ast.ImportExport;
import io.witj.parser.ast.Include;
import io.witj.parser.ast.InterfaceDecl;
import io.witj.parser.ast.InterfaceItem;
import io.witj.parser.ast.NestedPackage;
import io.witj.parser.ast.PackageDecl;
import io.witj.parser.ast.PackageItem;
import io.witj.parser.ast.PackagePath;
import io.witj.parser.ast.TopLevelUse;
import io.witj.parser.ast.Use;
import io.witj.parser.ast.UsePath;
import io.witj.parser.ast.WitFile;
import io.witj.parser.ast.WorldBodyItem;
import io.witj.parser.ast.WorldDecl;
import io.witj.parser.diag.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Turns the ANTLR parse tree of one file into the syntax tree ({@code io.witj.parser.ast}),
 * reporting what the grammar leaves open: where {@code package} declarations may stand, and the
 * token-level rules checked by {@link BuildContext}.
 */
final class WitAstBuilder {
  private final SourceFile file;
  private final BuildContext build;
  private final TypeBuilder types;

  WitAstBuilder(SourceFile file, BuildContext build) {
    this.file = file;
    this.build = build;
    this.types = new TypeBuilder(build);
  }

  WitFile file(WitParser.WitFileContext context) {
    PackageDecl header = null;
    List<FileItem> items = new ArrayList<>();
    List<WitParser.FileItemContext> fileItems = context.fileItem();
    for (int i = 0; i < fileItems.size(); i++) {
      WitParser.FileItemContext item = fileItems.get(i);
      if (item instanceof WitParser.PackageFileItemContext pkg) {
        if (pkg.SEMICOLON() != null) {
          if (i == 0) {
            header = packageDecl(pkg);
          } else {
            Token semicolon = pkg.SEMICOLON().getSymbol();
            build.error(build.span(semicolon), "expected '{', found ';'");
          }
        } else {
          items.add(nestedPackage(pkg));
        }
      } else {
        items.add(packageItem(((WitParser.PlainFileItemContext) item).packageItem()));
      }
    }
    return new WitFile(file, header, List.copyOf(items));
  }

  private NestedPackage nestedPackage(WitParser.PackageFileItemContext context) {
    List<PackageItem> items = new ArrayList<>();
    for (WitParser.FileItemContext item : context.fileItem()) {
      if (item instanceof WitParser.PlainFileItemContext plain) {
        items.add(packageItem(plain.packageItem()));
      } else {
        WitParser.PackageFileItemContext inner = (WitParser.PackageFileItemContext) item;
        build.error(
            build.span(inner.packageName()), "nested packages must be placed at the top-level");
      }
    }
    return new NestedPackage(packageDecl(context), List.copyOf(items), build.span(context));
  }

  private PackageDecl packageDecl(WitParser.PackageFileItemContext context) {
    WitParser.PackageNameContext name = context.packageName();
    PackagePath path =
        new PackagePath(
            build.ident(name.id(0)),
            build.ident(name.id(1)),
            build.version(name.version()),
            build.span(name));
    return new PackageDecl(
        path, build.docs(context), build.span(context.PACKAGE().getSymbol(), name.getStop()));
  }

  private PackageItem packageItem(WitParser.PackageItemContext context) {
    Annotations annotations = build.annotations(context, context.attribute());
    if (context.toplevelUse() != null) {
      WitParser.ToplevelUseContext use = context.toplevelUse();
      Ident alias = use.id() == null ? null : build.ident(use.id());
      return new TopLevelUse(usePath(use.usePath()), alias, annotations, build.span(use));
    }
    if (context.interfaceDecl() != null) {
      WitParser.InterfaceDeclContext decl = context.interfaceDecl();
      return new InterfaceDecl(
          build.ident(decl.id()),
          interfaceItems(decl.interfaceMember()),
          annotations,
          build.span(decl));
    }
    WitParser.WorldDeclContext world = context.worldDecl();
    List<WorldBodyItem> items = new ArrayList<>();
    for (WitParser.WorldMemberContext member : world.worldMember()) {
      items.add(worldItem(member));
    }
    return new WorldDecl(
        build.ident(world.id()), List.copyOf(items), annotations, build.span(world));
  }

  private List<InterfaceItem> interfaceItems(List<WitParser.InterfaceMemberContext> members) {
    List<InterfaceItem> items = new ArrayList<>();
    for (WitParser.InterfaceMemberContext member : members) {
      Annotations annotations = build.annotations(member, member.attribute());
      if (member.useItem() != null) {
        items.add(use(member.useItem(), annotations));
      } else if (member.typedefItem() != null) {
        items.add(types.typedef(member.typedefItem(), annotations));
      } else {
        WitParser.FuncItemContext func = member.funcItem();
        items.add(
            new FuncDecl(
                build.ident(func.memberName()), types.funcType(func.funcType()), annotations));
      }
    }
    return List.copyOf(items);
  }

  private WorldBodyItem worldItem(WitParser.WorldMemberContext member) {
    Annotations annotations = build.annotations(member, member.attribute());
    if (member.importItem() != null) {
      WitParser.ImportItemContext item = member.importItem();
      return extern(false, item.externItem(), annotations, item);
    }
    if (member.exportItem() != null) {
      WitParser.ExportItemContext item = member.exportItem();
      return extern(true, item.externItem(), annotations, item);
    }
    if (member.useItem() != null) {
      return use(member.useItem(), annotations);
    }
    if (member.typedefItem() != null) {
      return types.typedef(member.typedefItem(), annotations);
    }
    WitParser.IncludeItemContext include = member.includeItem();
    List<Include.Rename> renames = new ArrayList<>();
    for (WitParser.IncludeNameContext name : include.includeName()) {
      renames.add(new Include.Rename(build.ident(name.id(0)), build.ident(name.id(1))));
    }
    return new Include(
        usePath(include.usePath()), List.copyOf(renames), annotations, build.span(include));
  }

  private ImportExport extern(
      boolean export,
      WitParser.ExternItemContext item,
      Annotations annotations,
      org.antlr.v4.runtime.ParserRuleContext whole) {
    Ident first = build.ident(item.id());
    WitParser.ExternTailContext tail = item.externTail();
    if (tail == null) {
      ImportExport.ExternType local = new ImportExport.ExternType.Path(new UsePath.Local(first));
      return new ImportExport(export, null, local, annotations, build.span(whole));
    }
    if (tail instanceof WitParser.FuncExternContext func) {
      return new ImportExport(
          export,
          first,
          new ImportExport.ExternType.Func(types.funcType(func.funcType())),
          annotations,
          build.span(whole));
    }
    if (tail instanceof WitParser.InlineInterfaceExternContext inline) {
      ImportExport.ExternType body =
          new ImportExport.ExternType.InlineInterface(
              interfaceItems(inline.interfaceMember()), build.span(inline));
      return new ImportExport(export, first, body, annotations, build.span(whole));
    }
    WitParser.PathExternContext path = (WitParser.PathExternContext) tail;
    List<WitParser.IdContext> ids = path.id();
    if (path.SLASH() == null) {
      if (path.COLON() != null) {
        build.error(build.span(path.SEMICOLON().getSymbol()), "expected '/', found ';'");
      } else if (adjacent(item.COLON().getSymbol(), item.id(), ids.get(0))) {
        build.error(
            build.span(path.SEMICOLON().getSymbol()),
            "expected '/', found ';' (`"
                + item.id().getText()
                + ":"
                + ids.get(0).getText()
                + "` is a package; write `"
                + item.id().getText()
                + ": "
                + ids.get(0).getText()
                + "` to import an interface in scope under a name)");
      }
      UsePath local = new UsePath.Local(build.ident(ids.get(ids.size() - 1)));
      return new ImportExport(
          export, first, new ImportExport.ExternType.Path(local), annotations, build.span(whole));
    }
    if (path.COLON() == null) {
      // `ns:pkg/name`: the identifier before the first ':' was the namespace, not a name
      UsePath foreign = foreign(item.id(), ids.get(0), ids.get(1), path.version());
      return new ImportExport(
          export, null, new ImportExport.ExternType.Path(foreign), annotations, build.span(whole));
    }
    UsePath foreign = foreign(ids.get(0), ids.get(1), ids.get(2), path.version());
    return new ImportExport(
        export, first, new ImportExport.ExternType.Path(foreign), annotations, build.span(whole));
  }

  /** True when {@code name:path} is written with no space around the ':'. */
  private static boolean adjacent(
      Token colon, WitParser.IdContext before, WitParser.IdContext after) {
    return before.getStop().getStopIndex() + 1 == colon.getStartIndex()
        && colon.getStopIndex() + 1 == after.getStart().getStartIndex();
  }

  /** {@code ns:pkg/name@version}; the package path's span covers {@code ns:pkg}. */
  private UsePath foreign(
      WitParser.IdContext namespace,
      WitParser.IdContext pkg,
      WitParser.IdContext name,
      WitParser.VersionContext version) {
    Token versionEnd = version != null ? version.getStop() : null;
    PackagePath path =
        new PackagePath(
            build.ident(namespace),
            build.ident(pkg),
            build.version(version),
            build.span(namespace.getStart(), pkg.getStop()));
    Ident iface = build.ident(name);
    Token stop = versionEnd != null ? versionEnd : name.getStop();
    return new UsePath.Foreign(path, iface, build.span(namespace.getStart(), stop));
  }

  private Use use(WitParser.UseItemContext context, Annotations annotations) {
    List<Use.Name> names = new ArrayList<>();
    for (WitParser.UseNameContext name : context.useName()) {
      Ident alias = name.id().size() > 1 ? build.ident(name.id(1)) : null;
      names.add(new Use.Name(build.ident(name.id(0)), alias));
    }
    return new Use(
        usePath(context.usePath()), List.copyOf(names), annotations, build.span(context));
  }

  private UsePath usePath(WitParser.UsePathContext context) {
    List<WitParser.IdContext> ids = context.id();
    if (ids.size() == 1) {
      return new UsePath.Local(build.ident(ids.get(0)));
    }
    return foreign(ids.get(0), ids.get(1), ids.get(2), context.version());
  }
}
