package io.witj.runtime.component;

import org.jspecify.annotations.Nullable;

/**
 * The sorts of a component's index spaces (Binary.md {@code sort}): the core sorts, then functions,
 * values, types, components and instances.
 */
public enum ComponentSort {
  /** {@code core func}. */
  CORE_FUNC("core func"),
  /** {@code core table}. */
  CORE_TABLE("core table"),
  /** {@code core memory}. */
  CORE_MEMORY("core memory"),
  /** {@code core global}. */
  CORE_GLOBAL("core global"),
  /** {@code core tag}. */
  CORE_TAG("core tag"),
  /** {@code core type}. */
  CORE_TYPE("core type"),
  /** {@code core module}. */
  CORE_MODULE("core module"),
  /** {@code core instance}. */
  CORE_INSTANCE("core instance"),
  /** {@code func}. */
  FUNC("func"),
  /** {@code value}. */
  VALUE("value"),
  /** {@code type}. */
  TYPE("type"),
  /** {@code component}. */
  COMPONENT("component"),
  /** {@code instance}. */
  INSTANCE("instance");

  private final String label;

  ComponentSort(String label) {
    this.label = label;
  }

  /** The text-format name, e.g. {@code core func}. */
  public String label() {
    return label;
  }

  /** The core sort encoded by {@code code} ({@code core:sort}), or null if unknown. */
  static @Nullable ComponentSort core(int code) {
    return switch (code) {
      case 0x00 -> CORE_FUNC;
      case 0x01 -> CORE_TABLE;
      case 0x02 -> CORE_MEMORY;
      case 0x03 -> CORE_GLOBAL;
      case 0x04 -> CORE_TAG;
      case 0x10 -> CORE_TYPE;
      case 0x11 -> CORE_MODULE;
      case 0x12 -> CORE_INSTANCE;
      default -> null;
    };
  }

  /** The core extern kind of a core sort, or null for type, module and instance. */
  @Nullable CoreExternKind coreKind() {
    return switch (this) {
      case CORE_FUNC -> CoreExternKind.FUNC;
      case CORE_TABLE -> CoreExternKind.TABLE;
      case CORE_MEMORY -> CoreExternKind.MEMORY;
      case CORE_GLOBAL -> CoreExternKind.GLOBAL;
      case CORE_TAG -> CoreExternKind.TAG;
      default -> null;
    };
  }

  /** The core sort of {@code kind}. */
  static ComponentSort of(CoreExternKind kind) {
    return switch (kind) {
      case FUNC -> CORE_FUNC;
      case TABLE -> CORE_TABLE;
      case MEMORY -> CORE_MEMORY;
      case GLOBAL -> CORE_GLOBAL;
      case TAG -> CORE_TAG;
    };
  }

  /** The sort {@code item} belongs to. */
  static ComponentSort of(Item item) {
    if (item instanceof Item.ImportedFunc || item instanceof Item.LiftedFunc) {
      return FUNC;
    }
    if (item instanceof Item.InstanceItem) {
      return INSTANCE;
    }
    if (item instanceof Item.ModuleItem) {
      return CORE_MODULE;
    }
    return item instanceof TypeValue ? TYPE : COMPONENT;
  }
}
