package io.witj.parser.wit2022;

import io.witj.parser.WitResolution;
import io.witj.parser.WitSources;
import io.witj.parser.ast.Annotations;
import io.witj.parser.ast.Ident;
import io.witj.parser.ast.InterfaceDecl;
import io.witj.parser.ast.InterfaceItem;
import io.witj.parser.ast.PackageDecl;
import io.witj.parser.ast.PackagePath;
import io.witj.parser.ast.TypeDecl;
import io.witj.parser.ast.TypeExpr;
import io.witj.parser.ast.Use;
import io.witj.parser.ast.UsePath;
import io.witj.parser.ast.WitFile;
import io.witj.parser.diag.Diagnostic;
import io.witj.parser.diag.SourceFile;
import io.witj.parser.diag.Span;
import io.witj.parser.diag.WitException;
import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import io.witj.parser.resolve.Resolver;
import io.witj.parser.syntax.Kebab;
import io.witj.parser.syntax.WitSyntax;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Resolves WIT of the 2022 dialect (wit-bindgen 0.2) into the same model as today's WIT. Every file
 * is one interface named by its stem; together they form the package {@link #PACKAGE}; each {@link
 * WorldDescriptor} adds a world importing and exporting some of them (the dialect has no worlds).
 * The files come as {@link Wit2022Sources#read} lays them out: the root group's files are the
 * interfaces read, the dependency groups' files are read as interfaces only when a {@code use} or a
 * world names them.
 *
 * <p>What the translation adds to {@link Parser}'s: {@code use * from f} is expanded to the names
 * of {@code f}; and a resource named in a parameter type is a {@code borrow} (wit-bindgen 0.2
 * passed handles to functions without giving up ownership: the guest still drops them itself),
 * while everywhere else (results, type definitions) it is an owned handle.
 */
public final class Wit2022Loader {
  /** The package that a directory of 2022-dialect files becomes. */
  public static final PackageName PACKAGE = new PackageName("wit2022", "root", null);

  /** Files read as interfaces only when something names them, by interface name. */
  private final Map<String, SourceFile> available = new TreeMap<>();

  private final Map<String, ParsedFile> files = new TreeMap<>();

  private Wit2022Loader() {}

  /**
   * Resolves {@code sources} with the worlds {@code worlds}.
   *
   * @throws WitException with {@code path:line:col} diagnostics for invalid WIT or descriptors
   */
  public static WitResolution resolve(WitSources sources, List<WorldDescriptor> worlds) {
    if (sources.root().isEmpty()) {
      throw new WitException(Diagnostic.withoutLocation("no .wit files to read"));
    }
    Wit2022Loader loader = new Wit2022Loader();
    for (SourceFile file : sources.root()) {
      loader.parse(file);
    }
    for (List<SourceFile> group : sources.deps()) {
      for (SourceFile file : group) {
        loader.available.putIfAbsent(Wit2022Sources.stem(file), file);
      }
    }
    Resolve resolve = loader.resolve(worlds);
    return new WitResolution(resolve, Map.of(PACKAGE, sources.root().get(0).displayPath()));
  }

  private void parse(SourceFile source) {
    String interfaceName = Wit2022Sources.stem(source);
    String problem = Kebab.problem(interfaceName);
    if (problem != null) {
      throw new WitException(
          Diagnostic.withoutLocation(
              source.displayPath()
                  + ": in the 2022 dialect a file's stem names its interface, and `"
                  + interfaceName
                  + "` is not a WIT identifier ("
                  + problem
                  + ")"));
    }
    files.put(interfaceName, Parser.parse(source, interfaceName));
  }

  /** The file of interface {@code name}, parsed now if it was only available; null when none. */
  private @Nullable ParsedFile file(String name) {
    ParsedFile file = files.get(name);
    SourceFile source = file == null ? available.remove(name) : null;
    if (source != null) {
      parse(source);
      file = files.get(name);
    }
    return file;
  }

  private Resolve resolve(List<WorldDescriptor> worlds) {
    readUsedFiles();
    for (WorldDescriptor world : worlds) {
      checkWorld(world);
    }
    List<WitFile> witFiles = new ArrayList<>();
    for (ParsedFile file : files.values()) {
      witFiles.add(interfaceFile(file));
    }
    for (WorldDescriptor world : worlds) {
      witFiles.add(worldFile(world));
    }
    return Resolver.resolve(witFiles, List.of(), Set.of());
  }

  /** Parses the available files a {@code use} names, and checks that every one exists. */
  private void readUsedFiles() {
    Deque<ParsedFile> pending = new ArrayDeque<>(files.values());
    Set<String> seen = new HashSet<>(files.keySet());
    while (!pending.isEmpty()) {
      ParsedFile file = pending.poll();
      for (Ident from : usedFiles(file)) {
        ParsedFile used = file(from.name());
        if (used == null) {
          throw new WitException(
              from.span(),
              "no file `"
                  + from.name()
                  + ".wit` beside this one (`use … from "
                  + from.name()
                  + "` reads the interface of that file)");
        }
        if (seen.add(used.interfaceName())) {
          pending.add(used);
        }
      }
    }
  }

  private static List<Ident> usedFiles(ParsedFile file) {
    List<Ident> out = new ArrayList<>();
    for (InterfaceItem item : file.items()) {
      if (item instanceof Use use) {
        out.add(use.path().name());
      }
    }
    file.starUses().forEach(s -> out.add(s.from()));
    return out;
  }

  private void checkWorld(WorldDescriptor world) {
    String where = "world `" + world.name() + "`: ";
    String problem = Kebab.problem(world.name());
    if (problem != null) {
      throw descriptorError(where + "not a WIT identifier (" + problem + ")");
    }
    if (files.containsKey(world.name())) {
      throw descriptorError(
          where + "the name is taken by the interface of " + world.name() + ".wit");
    }
    Set<String> named = new HashSet<>();
    for (String iface : concat(world.imports(), world.exports())) {
      if (!named.add(iface)) {
        throw descriptorError(where + "interface `" + iface + "` is named twice");
      }
      if (file(iface) == null) {
        Set<String> known = new TreeSet<>(files.keySet());
        known.addAll(available.keySet());
        throw descriptorError(
            where
                + "no interface `"
                + iface
                + "` (no file "
                + iface
                + ".wit; interfaces: "
                + String.join(", ", known)
                + ")");
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static WitException descriptorError(String message) {
    return new WitException(Diagnostic.withoutLocation(message));
  }

  /** Today's syntax tree of one file: {@code package wit2022:root; interface <stem> { … }}. */
  private WitFile interfaceFile(ParsedFile file) {
    Span start = new Span(file.source(), 0, 0);
    PackagePath path =
        new PackagePath(
            new Ident(PACKAGE.namespace(), start), new Ident(PACKAGE.name(), start), null, start);
    List<InterfaceItem> items = new ArrayList<>();
    for (StarUse star : file.starUses()) {
      items.add(expand(star));
    }
    ParamBorrows borrows = new ParamBorrows(this::resourceIn, file.interfaceName());
    for (InterfaceItem item : file.items()) {
      items.add(borrows.apply(item));
    }
    InterfaceDecl decl =
        new InterfaceDecl(
            new Ident(file.interfaceName(), start), List.copyOf(items), Annotations.NONE, start);
    return new WitFile(file.source(), new PackageDecl(path, null, start), List.of(decl));
  }

  /** {@code use * from f} as {@code use f.{…}} with every name {@code f} declares or uses. */
  private Use expand(StarUse star) {
    ParsedFile from =
        Objects.requireNonNull(files.get(star.from().name()), "checked by the resolver");
    List<Use.Name> names = new ArrayList<>();
    for (String name : namesOf(from)) {
      names.add(new Use.Name(new Ident(name, star.from().span()), null));
    }
    return new Use(new UsePath.Local(star.from()), names, star.annotations(), star.span());
  }

  private static List<String> namesOf(ParsedFile file) {
    List<String> names = new ArrayList<>();
    for (InterfaceItem item : file.items()) {
      if (item instanceof TypeDecl decl) {
        names.add(decl.name().name());
      } else if (item instanceof Use use) {
        use.names().forEach(n -> names.add((n.alias() != null ? n.alias() : n.name()).name()));
      }
    }
    return names;
  }

  /**
   * Whether {@code name} in the scope of interface {@code iface} is a resource: declared there, or
   * used (through any chain of {@code use} and aliases) from a file that declares it.
   */
  private boolean resourceIn(String iface, String name) {
    return resourceIn(iface, name, 0);
  }

  private boolean resourceIn(String iface, String name, int depth) {
    ParsedFile file = files.get(iface);
    if (file == null || depth > Parser.MAX_TYPE_DEPTH) {
      return false; // the resolver reports what is missing or circular
    }
    for (InterfaceItem item : file.items()) {
      if (item instanceof TypeDecl.Resource r && r.name().name().equals(name)) {
        return true;
      }
      if (item instanceof TypeDecl.Alias a
          && a.name().name().equals(name)
          && a.type() instanceof TypeExpr.Named target) {
        return resourceIn(iface, target.name().name(), depth + 1);
      }
      if (item instanceof Use use) {
        for (Use.Name n : use.names()) {
          String local = (n.alias() != null ? n.alias() : n.name()).name();
          if (local.equals(name)) {
            return resourceIn(use.path().name().name(), n.name().name(), depth + 1);
          }
        }
      }
    }
    for (StarUse star : file.starUses()) {
      ParsedFile from =
          Objects.requireNonNull(files.get(star.from().name()), "checked by the resolver");
      if (from != null && namesOf(from).contains(name)) {
        return resourceIn(star.from().name(), name, depth + 1);
      }
    }
    return false;
  }

  /**
   * The world as today's WIT ({@code world %w { import %a; export %b; }}, escaped so that no
   * interface name can be taken for a keyword), parsed by today's parser so that its items carry
   * spans into a text the user can be shown.
   */
  private static WitFile worldFile(WorldDescriptor world) {
    StringBuilder text = new StringBuilder("world %").append(world.name()).append(" {\n");
    world.imports().forEach(i -> text.append("  import %").append(i).append(";\n"));
    world.exports().forEach(e -> text.append("  export %").append(e).append(";\n"));
    text.append("}\n");
    return WitSyntax.parse(new SourceFile("world " + world.name(), text.toString()));
  }
}
