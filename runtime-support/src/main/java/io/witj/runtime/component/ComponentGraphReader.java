package io.witj.runtime.component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a component binary into its {@link ComponentGraph}: walks the outer component's sections in
 * order with a {@link ComponentEvaluator}, which resolves every index and alias, evaluates nested
 * components per instantiation, and hands core modules, core instantiations, imports and resource
 * definitions to this reader. Afterwards, the names under which defined resource types are exported
 * are attached to them.
 *
 * <p>Every problem — malformed or truncated input, an index out of range, an unsupported feature
 * (async, streams, futures, nested components with their own modules, value definitions) — is a
 * {@link ComponentReadException} whose message says what was found and where. Evaluating nested
 * components costs work per instantiation, so the total work is bounded (a component that
 * instantiates nested components exponentially often is rejected, not run for hours).
 */
public final class ComponentGraphReader {
  /** The most definitions evaluated, counting each nested instantiation's again. */
  static final int WORK_LIMIT = 100_000;

  private final byte[] bytes;
  private final List<ComponentGraph.ModuleDef> modules = new ArrayList<>();
  private final List<Instantiation> instantiations = new ArrayList<>();
  private final List<String> imports = new ArrayList<>();
  private final List<ResourceRef.Defined> resources = new ArrayList<>();
  private int work;

  private ComponentGraphReader(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Reads the component in {@code bytes}.
   *
   * @throws ComponentReadException if the bytes are not a component, or one that is malformed or
   *     uses what a synchronous Chicory host cannot run
   */
  public static ComponentGraph read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (BinaryKind.detect(bytes) != BinaryKind.COMPONENT) {
      throw new ComponentReadException(
          "expected a component, found a core module (load it with GuestModule instead)");
    }
    ComponentGraphReader reader = new ComponentGraphReader(bytes);
    ComponentEvaluator outer = new ComponentEvaluator(reader, null, null, 0);
    outer.run(reader.cursor(BinaryKind.PREAMBLE_SIZE, bytes.length));
    Map<String, Item> exports = outer.exports();
    exports.forEach(
        (name, item) -> {
          if (item instanceof ResourceRef.Defined resource) {
            resource.exportedAs(Item.ROOT, name);
          } else if (item instanceof Item.InstanceItem instance) {
            instance
                .exports()
                .forEach(
                    (member, value) -> {
                      if (value instanceof ResourceRef.Defined resource) {
                        resource.exportedAs(name, member);
                      }
                    });
          }
        });
    return new ComponentGraph(
        reader.modules, reader.instantiations, reader.imports, exports, reader.resources);
  }

  ByteCursor cursor(int start, int limit) {
    return new ByteCursor(bytes, start, limit, "component");
  }

  byte[] preamble(int start) {
    return Arrays.copyOfRange(bytes, start, start + BinaryKind.PREAMBLE_SIZE);
  }

  /** Counts one definition against {@link #WORK_LIMIT}. */
  void charge(ByteCursor in) {
    if (++work > WORK_LIMIT) {
      throw in.error(
          in.position(),
          "more than "
              + WORK_LIMIT
              + " definitions to evaluate (nested components instantiated too often)");
    }
  }

  /** Scans the core module filling {@code in} and returns its index. */
  int addModule(ByteCursor in) {
    int index = modules.size();
    int offset = in.position();
    CoreModuleInfo info =
        CoreModuleScanner.scan(bytes, offset, in.remaining(), "core module #" + index);
    in.skip(in.remaining());
    modules.add(new ComponentGraph.ModuleDef(index, offset, info));
    return index;
  }

  int addInstantiation(int module, Map<String, CoreInstanceRef> args) {
    int index = instantiations.size();
    instantiations.add(new Instantiation(index, module, args));
    return index;
  }

  void addImport(String name) {
    imports.add(name);
  }

  ResourceRef.Defined addResource(ResourceRef.Defined resource) {
    resources.add(resource);
    return resource;
  }

  /**
   * Export {@code name} of kind {@code kind} of core instance {@code instance}: checked against the
   * instantiated module's exports, or taken from the inline instance's items.
   */
  CoreItem coreExport(
      CoreInstanceRef instance, String name, CoreExternKind kind, ByteCursor in, int at) {
    if (instance instanceof CoreInstanceRef.Inline inline) {
      CoreItem item = inline.exports().get(name);
      if (item == null || item.kind() != kind) {
        throw in.error(
            at,
            "inline core instance has no "
                + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " export "
                + name);
      }
      return item;
    }
    int k = ((CoreInstanceRef.Instantiated) instance).instantiation();
    ComponentGraph.ModuleDef module = modules.get(instantiations.get(k).module());
    if (!module.info().exports(name, kind)) {
      throw in.error(
          at,
          "core instance #"
              + k
              + " (core module #"
              + module.index()
              + ") has no "
              + kind.name().toLowerCase(java.util.Locale.ROOT)
              + " export "
              + name);
    }
    return new CoreItem.Export(k, name, kind);
  }
}
