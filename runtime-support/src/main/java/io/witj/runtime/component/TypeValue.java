package io.witj.runtime.component;

import java.util.List;
import java.util.Objects;

/**
 * A type of a component's type index space, as far as linking cares: resource types keep their
 * identity ({@link ResourceRef}); instance types are kept as templates that each import
 * instantiates; every other type is {@link Other}.
 */
public sealed interface TypeValue extends Item
    permits ResourceRef, TypeValue.InstanceType, TypeValue.Other {

  /**
   * An instance type: what an imported instance of this type exports.
   *
   * @param exports the exported functions and types, in order
   */
  record InstanceType(List<Export> exports) implements TypeValue {
    /** Copies the exports. */
    public InstanceType {
      exports = List.copyOf(exports);
    }

    /**
     * One export of an instance type.
     *
     * @param name the export name
     * @param sort what is exported
     * @param type the exported type for {@link ComponentSort#TYPE} exports, where a {@code (sub
     *     resource)} is a {@link ResourceRef.Local} until an import binds it; {@link Other} for
     *     other sorts
     */
    public record Export(String name, ComponentSort sort, TypeValue type) {
      /** Checks the fields. */
      public Export {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(type, "type");
      }
    }

    @Override
    public String toString() {
      return "instance type";
    }
  }

  /**
   * Any other type (value types, function types, component types).
   *
   * @param description what it is, for messages (e.g. {@code func type})
   */
  record Other(String description) implements TypeValue {
    @Override
    public String toString() {
      return description;
    }
  }
}
