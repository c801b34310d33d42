package io.witj.parser;

/** The WIT dialects witj reads, chosen explicitly by the user (the files do not say). */
public enum Dialect {
  /** Today's WIT of the component model: packages, interfaces, worlds. */
  COMPONENT_MODEL("component-model"),
  /**
   * The 2022 dialect of wit-bindgen 0.2 (Spiderlightning's guests of 2022–2023): a file is an
   * interface, {@code use { a } from f}, {@code expected}, {@code unit}, no semicolons.
   */
  WIT_BINDGEN_0_2("wit-bindgen-0.2");

  private final String optionName;

  Dialect(String optionName) {
    this.optionName = optionName;
  }

  /** How the dialect is named on the command line and in the Maven plugin. */
  public String optionName() {
    return optionName;
  }

  /**
   * The dialect named {@code name}.
   *
   * @throws IllegalArgumentException naming the dialects when there is none of that name
   */
  public static Dialect fromOptionName(String name) {
    for (Dialect d : values()) {
      if (d.optionName.equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown WIT dialect '"
            + name
            + "' (expected "
            + COMPONENT_MODEL.optionName
            + " or "
            + WIT_BINDGEN_0_2.optionName
            + ")");
  }
}
