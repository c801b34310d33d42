package io.witj.runtime.component;

import java.util.Objects;

/**
 * An item of a component's core index spaces (functions, tables, memories, globals, tags) as {@link
 * ComponentGraph} resolves it: an export of a core instance the component instantiates, or a
 * function the component defines with {@code canon lower} or {@code canon resource.*}. Aliases of
 * inline core instances are resolved away, so every item names where its value comes from.
 */
public sealed interface CoreItem
    permits CoreItem.Export, CoreItem.Lowered, CoreItem.ResourceIntrinsic {

  /** What kind of core item this is. */
  CoreExternKind kind();

  /**
   * Export {@code name} of the core instance created by {@link ComponentGraph#instantiations()}
   * entry {@code instantiation}.
   *
   * @param instantiation the index of the instantiation in graph order
   * @param name the export name
   * @param kind what is exported
   */
  record Export(int instantiation, String name, CoreExternKind kind) implements CoreItem {
    /** Checks the name. */
    public Export {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
      return "export " + name + " of core instance #" + instantiation;
    }
  }

  /**
   * {@code (canon lower f opts)} of an imported component function: a core function the host
   * implements, lowered with {@code options}.
   */
  record Lowered(Item.ImportedFunc function, CanonOptions options) implements CoreItem {
    @Override
    public CoreExternKind kind() {
      return CoreExternKind.FUNC;
    }

    @Override
    public String toString() {
      return "canon lower of " + function;
    }
  }

  /**
   * {@code (canon resource.new|rep|drop t)}: a handle-table intrinsic of resource type {@code t}.
   */
  record ResourceIntrinsic(ResourceOp op, ResourceRef resource) implements CoreItem {
    @Override
    public CoreExternKind kind() {
      return CoreExternKind.FUNC;
    }

    @Override
    public String toString() {
      return "canon " + op.label() + " of " + resource;
    }
  }

  /** The three resource intrinsics. */
  enum ResourceOp {
    /** {@code resource.new}: {@code (rep i32) -> (handle i32)}. */
    NEW("resource.new", "[resource-new]"),
    /** {@code resource.rep}: {@code (handle i32) -> (rep i32)}. */
    REP("resource.rep", "[resource-rep]"),
    /** {@code resource.drop}: {@code (handle i32) -> ()}. */
    DROP("resource.drop", "[resource-drop]");

    private final String label;
    private final String prefix;

    ResourceOp(String label, String prefix) {
      this.label = label;
      this.prefix = prefix;
    }

    /** E.g. {@code resource.new}. */
    public String label() {
      return label;
    }

    /** The core import name prefix of wit-component's naming, e.g. {@code [resource-new]}. */
    public String importPrefix() {
      return prefix;
    }
  }
}
