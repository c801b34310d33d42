package io.witj.codegen.abi;

/**
 * How the guest of a world speaks to its host, chosen per world: today's Canonical ABI as
 * wit-component lays out a component's core module, or the ABI of guests built with wit-bindgen 0.2
 * (2022–2023). Both lay values out the same way; they differ in core names ({@link #coreNames()}),
 * in who frees an export's results, in handle numbering and in the entry point (see {@code
 * io.witj.runtime.internal.GuestAbi}, the run-time side of the same choice).
 */
public enum AbiFlavour {
  COMPONENT_MODEL("component-model"),
  WIT_BINDGEN_0_2("wit-bindgen-0.2");

  private final String optionName;

  AbiFlavour(String optionName) {
    this.optionName = optionName;
  }

  /** How the flavour is named on the command line and in the Maven plugin. */
  public String optionName() {
    return optionName;
  }

  /** The names of the core imports and exports of a guest of this flavour. */
  public CoreNames coreNames() {
    return switch (this) {
      case COMPONENT_MODEL -> CoreNames.LEGACY;
      case WIT_BINDGEN_0_2 -> CoreNames.WIT_BINDGEN_0_2;
    };
  }

  /**
   * Whether the host frees what an export returned (wit-bindgen 0.2) instead of calling the guest's
   * post-return function.
   */
  public boolean hostFreesResults() {
    return this == WIT_BINDGEN_0_2;
  }
}
