package io.witj.runtime.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity of a resource type: one the component defines ({@link Defined}, compared by
 * identity) or one it imports ({@link Imported}: resource {@code name} of imported instance {@code
 * instance}, wherever the component aliases it from).
 */
public sealed interface ResourceRef extends TypeValue
    permits ResourceRef.Defined, ResourceRef.Imported, ResourceRef.Local {

  /**
   * A resource type the component defines, {@code (type (resource (rep i32) (dtor f)))}: its
   * handles are made by {@code canon resource.new} and its destructor is a core function of the
   * component. The names under which the component exports it are known once the whole component
   * has been read.
   */
  final class Defined implements ResourceRef {
    private final int typeIndex;
    private final @Nullable CoreItem destructor;
    private final List<ExportName> exportNames = new ArrayList<>(1);

    Defined(int typeIndex, @Nullable CoreItem destructor) {
      this.typeIndex = typeIndex;
      this.destructor = destructor;
    }

    /** The type index where the component defines it. */
    public int typeIndex() {
      return typeIndex;
    }

    /** The destructor core function, or null when the resource has none. */
    public @Nullable CoreItem destructor() {
      return destructor;
    }

    /** Where the component exports this type (none for a type that is used only inside). */
    public List<ExportName> exportNames() {
      return List.copyOf(exportNames);
    }

    void exportedAs(String instance, String name) {
      ExportName n = new ExportName(instance, name);
      if (!exportNames.contains(n)) {
        exportNames.add(n);
      }
    }

    @Override
    public String toString() {
      return exportNames.isEmpty()
          ? "resource type #" + typeIndex
          : "resource " + exportNames.get(0) + " (type #" + typeIndex + ")";
    }
  }

  /**
   * Resource {@code name} exported by the instance the component imports as {@code instance}
   * ({@link Item#ROOT} for a resource type the component imports by itself).
   */
  record Imported(String instance, String name) implements ResourceRef {
    /** Checks the names. */
    public Imported {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return "resource " + instance + "#" + name;
    }
  }

  /**
   * A {@code (sub resource)} export of an instance type, before an import binds it to {@link
   * Imported}; never seen outside {@link TypeValue.InstanceType}.
   */
  record Local(String name) implements ResourceRef {
    @Override
    public String toString() {
      return "resource " + name;
    }
  }

  /**
   * Where a defined resource is exported: type {@code name} of the exported instance {@code
   * instance} ({@link Item#ROOT} for a world-level export).
   */
  record ExportName(String instance, String name) {
    @Override
    public String toString() {
      return instance + "#" + name;
    }
  }
}
