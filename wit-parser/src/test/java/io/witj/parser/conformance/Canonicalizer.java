package io.witj.parser.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Java port of the conformance folder's {@code canonicalize.py}: rewrites a reference-schema
 * Resolve JSON (as read by {@link JsonReader}) into an index-free, name-keyed tree, so that two
 * resolves compare equal regardless of arena order and anonymous-type interning. Named types become
 * {@code {"ref": "<owner>.<name>"}}, anonymous types are inlined, {@code interface-N} world keys
 * become qualified interface names.
 */
public final class Canonicalizer {
  private final Map<String, Object> resolve;
  private final boolean docs;
  private final boolean stability;
  private final Map<Integer, String> ifacePath = new HashMap<>();

  private Canonicalizer(Map<String, Object> resolve, boolean docs, boolean stability) {
    this.resolve = resolve;
    this.docs = docs;
    this.stability = stability;
    List<Object> packages = list(resolve, "packages");
    List<Object> interfaces = list(resolve, "interfaces");
    for (int i = 0; i < interfaces.size(); i++) {
      Map<String, Object> iface = map(interfaces.get(i));
      if (iface.get("name") != null && iface.get("package") != null) {
        String pkg = (String) map(packages.get(index(iface.get("package")))).get("name");
        ifacePath.put(i, qualify(pkg, (String) iface.get("name")));
      }
    }
    for (Object w : list(resolve, "worlds")) {
      Map<String, Object> world = map(w);
      String worldPath =
          map(packages.get(index(world.get("package")))).get("name") + "#" + world.get("name");
      for (String direction : List.of("imports", "exports")) {
        for (Map.Entry<String, Object> e : map(world.get(direction)).entrySet()) {
          Map<String, Object> item = map(e.getValue());
          if (item.containsKey("interface")) {
            int id = index(map(item.get("interface")).get("id"));
            if (map(interfaces.get(id)).get("name") == null) {
              String singular = direction.substring(0, direction.length() - 1);
              ifacePath.put(id, worldPath + "/" + singular + ":" + e.getKey());
            }
          }
        }
      }
    }
    for (int i = 0; i < interfaces.size(); i++) {
      ifacePath.putIfAbsent(i, "<orphan-interface-" + i + ">");
    }
  }

  /**
   * The canonical form of {@code resolveJson}; {@code docs}/{@code stability} false drop those
   * keys.
   */
  public static Map<String, Object> canonicalize(
      Object resolveJson, boolean docs, boolean stability) {
    return new Canonicalizer(map(resolveJson), docs, stability).run();
  }

  /** {@code --no-docs} semantics: docs dropped, stability kept. */
  public static Map<String, Object> canonicalizeNoDocs(Object resolveJson) {
    return canonicalize(resolveJson, false, true);
  }

  private Map<String, Object> run() {
    Map<String, Object> packages = new LinkedHashMap<>();
    for (Object p : list(resolve, "packages")) {
      Map<String, Object> pkg = map(p);
      Map<String, Object> entry = new LinkedHashMap<>();
      Map<String, Object> ifaces = new LinkedHashMap<>();
      map(pkg.get("interfaces")).forEach((name, id) -> ifaces.put(name, iface(index(id))));
      entry.put("interfaces", ifaces);
      Map<String, Object> worlds = new LinkedHashMap<>();
      map(pkg.get("worlds")).forEach((name, id) -> worlds.put(name, world(index(id))));
      entry.put("worlds", worlds);
      if (docs && pkg.containsKey("docs")) {
        entry.put("docs", map(pkg.get("docs")).get("contents"));
      }
      packages.put((String) pkg.get("name"), entry);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("packages", packages);
    return out;
  }

  static String qualify(String packageName, String interfaceName) {
    int at = packageName.indexOf('@');
    if (at < 0) {
      return packageName + "/" + interfaceName;
    }
    return packageName.substring(0, at) + "/" + interfaceName + packageName.substring(at);
  }

  private String ownerPath(Object owner) {
    if (owner == null) {
      return null;
    }
    Map<String, Object> o = map(owner);
    if (o.containsKey("interface")) {
      return ifacePath.get(index(o.get("interface")));
    }
    Map<String, Object> world = map(list(resolve, "worlds").get(index(o.get("world"))));
    return map(list(resolve, "packages").get(index(world.get("package")))).get("name")
        + "#"
        + world.get("name");
  }

  private Object type(Object t) {
    if (t == null || t instanceof String) {
      return t;
    }
    Map<String, Object> td = map(list(resolve, "types").get(index(t)));
    if (td.get("name") != null) {
      return single("ref", ownerPath(td.get("owner")) + "." + td.get("name"));
    }
    return kind(td.get("kind"));
  }

  private Object kind(Object k) {
    if (k instanceof String) {
      return k;
    }
    Map<String, Object> km = map(k);
    if (km.size() != 1) {
      throw new IllegalArgumentException("kind with " + km.size() + " keys: " + km.keySet());
    }
    Map.Entry<String, Object> only = km.entrySet().iterator().next();
    String name = only.getKey();
    Object v = only.getValue();
    switch (name) {
      case "type", "list", "option", "stream", "future":
        return single(name, type(v));
      case "map":
        return single("map", listOf(type(list(v).get(0)), type(list(v).get(1))));
      case "fixed-length-list":
        return single(name, listOf(type(list(v).get(0)), list(v).get(1)));
      case "result":
        {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("ok", type(map(v).get("ok")));
          r.put("err", type(map(v).get("err")));
          return single("result", r);
        }
      case "tuple":
        {
          List<Object> types = new ArrayList<>();
          list(map(v), "types").forEach(x -> types.add(type(x)));
          return single("tuple", types);
        }
      case "record":
        return single("record", members(list(map(v), "fields"), true));
      case "variant":
        return single("variant", members(list(map(v), "cases"), true));
      case "enum":
        return single("enum", members(list(map(v), "cases"), false));
      case "flags":
        return single("flags", members(list(map(v), "flags"), false));
      case "handle":
        {
          Map.Entry<String, Object> h = map(v).entrySet().iterator().next();
          return single(h.getKey(), type(h.getValue()));
        }
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private List<Object> members(List<Object> source, boolean typed) {
    List<Object> out = new ArrayList<>();
    for (Object m : source) {
      Map<String, Object> member = map(m);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", member.get("name"));
      if (typed) {
        c.put("type", type(member.get("type")));
      }
      out.add(extra(c, member));
    }
    return out;
  }

  private Map<String, Object> extra(Map<String, Object> out, Map<String, Object> source) {
    if (docs && source.containsKey("docs")) {
      out.put("docs", map(source.get("docs")).get("contents"));
    }
    if (stability && source.containsKey("stability")) {
      out.put("stability", source.get("stability"));
    }
    return out;
  }

  private Map<String, Object> typedef(int id) {
    Map<String, Object> td = map(list(resolve, "types").get(id));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", kind(td.get("kind")));
    return extra(out, td);
  }

  private Map<String, Object> func(Map<String, Object> f) {
    Object k = f.get("kind");
    if (!(k instanceof String)) {
      Map.Entry<String, Object> e = map(k).entrySet().iterator().next();
      k = single(e.getKey(), type(e.getValue()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", k);
    List<Object> params = new ArrayList<>();
    for (Object p : list(f, "params")) {
      Map<String, Object> param = map(p);
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("name", param.getOrDefault("name", ""));
      q.put("type", type(param.get("type")));
      params.add(q);
    }
    out.put("params", params);
    if (f.containsKey("result")) {
      out.put("result", type(f.get("result")));
    }
    return extra(out, f);
  }

  private Map<String, Object> iface(int id) {
    Map<String, Object> it = map(list(resolve, "interfaces").get(id));
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> types = new LinkedHashMap<>();
    map(it.get("types")).forEach((n, t) -> types.put(n, typedef(index(t))));
    out.put("types", types);
    Map<String, Object> functions = new LinkedHashMap<>();
    map(it.get("functions")).forEach((n, f) -> functions.put(n, func(map(f))));
    out.put("functions", functions);
    return extra(out, it);
  }

  private Map<String, Object> world(int id) {
    Map<String, Object> w = map(list(resolve, "worlds").get(id));
    Map<String, Object> out = new LinkedHashMap<>();
    for (String direction : List.of("imports", "exports")) {
      Map<String, Object> d = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : map(w.get(direction)).entrySet()) {
        String key = e.getKey();
        Map<String, Object> item = map(e.getValue());
        if (item.containsKey("interface")) {
          Map<String, Object> ref = map(item.get("interface"));
          int iid = index(ref.get("id"));
          boolean inline = map(list(resolve, "interfaces").get(iid)).get("name") == null;
          String canonicalKey = key.startsWith("interface-") ? ifacePath.get(iid) : key;
          Object body = inline ? iface(iid) : ifacePath.get(iid);
          Map<String, Object> idOnly = new LinkedHashMap<>();
          idOnly.put("id", body);
          d.put(canonicalKey, single("interface", extra(idOnly, ref)));
        } else if (item.containsKey("function")) {
          d.put(key, single("function", func(map(item.get("function")))));
        } else {
          d.put(key, single("type", typedef(index(item.get("type")))));
        }
      }
      out.put(direction, d);
    }
    return extra(out, w);
  }

  private static Map<String, Object> single(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }

  private static List<Object> listOf(Object a, Object b) {
    List<Object> l = new ArrayList<>();
    l.add(a);
    l.add(b);
    return l;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  private static List<Object> list(Map<String, Object> m, String key) {
    return list(m.get(key));
  }

  private static int index(Object o) {
    return ((Number) o).intValue();
  }
}
