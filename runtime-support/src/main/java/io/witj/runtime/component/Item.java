package io.witj.runtime.component;

import java.util.Map;
import java.util.Objects;

/**
 * An item of a component's index spaces (functions, types, instances, core modules) as {@link
 * ComponentGraph} resolves it. Imports of the outer component become {@link ImportedFunc}s and
 * {@link InstanceItem}s whose functions are imported; nested (type-only) components are evaluated,
 * so an exported instance is the map of what it really exports.
 */
public sealed interface Item
    permits Item.ImportedFunc,
        Item.LiftedFunc,
        Item.InstanceItem,
        Item.ModuleItem,
        TypeValue,
        NestedComponent {

  /** The root-level "instance" of world-level imports and exports in wit-component's naming. */
  String ROOT = "$root";

  /**
   * Function {@code name} of imported instance {@code instance} ({@link #ROOT} for a function the
   * component imports by itself).
   */
  record ImportedFunc(String instance, String name) implements Item {
    /** Checks the names. */
    public ImportedFunc {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return instance + "#" + name;
    }
  }

  /** {@code (canon lift core opts)}: a component function implemented by a core function. */
  record LiftedFunc(CoreItem core, CanonOptions options) implements Item {
    @Override
    public String toString() {
      return "canon lift of " + core;
    }
  }

  /**
   * A component instance: an imported one (its functions are {@link ImportedFunc}s) or one the
   * component makes (inline exports or an instantiated nested component).
   *
   * @param origin where it comes from, for messages (e.g. {@code import wasi:io/streams@0.2.0})
   * @param exports its exports by name, in order
   */
  record InstanceItem(String origin, Map<String, Item> exports) implements Item {
    /** Copies the exports. */
    public InstanceItem {
      Objects.requireNonNull(origin, "origin");
      exports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exports));
    }

    @Override
    public String toString() {
      return "instance (" + origin + ")";
    }
  }

  /** Core module {@code module} of {@link ComponentGraph#modules()}. */
  record ModuleItem(int module) implements Item {
    @Override
    public String toString() {
      return "core module #" + module;
    }
  }
}
