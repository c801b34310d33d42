package io.witj.demo.guest;

import io.witj.demo.component.ComponentFlavour;
import io.witj.demo.seed.SeedFlavour;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The guest flavours the demo host knows, in the order they are tried. A new flavour (another ABI,
 * other bindings) is one more entry here.
 */
public final class GuestFlavours {
  private static final List<GuestFlavour> ALL = List.of(new ComponentFlavour(), new SeedFlavour());

  private GuestFlavours() {}

  /**
   * {@code code} as a keyvalue guest of the first flavour that recognizes it.
   *
   * @throws IllegalArgumentException when none does, saying what each expects
   */
  public static KeyvalueGuest keyvalueGuest(GuestCode code) {
    Optional<GuestFlavour> flavour = ALL.stream().filter(f -> f.isKeyvalueGuest(code)).findFirst();
    return flavour.orElseThrow(() -> unrecognized(code, "keyvalue")).keyvalueGuest(code);
  }

  /** The flavour that recognizes {@code code} as an http guest; see {@link #keyvalueGuest}. */
  public static GuestFlavour httpFlavour(GuestCode code) {
    return ALL.stream()
        .filter(f -> f.isHttpGuest(code))
        .findFirst()
        .orElseThrow(() -> unrecognized(code, "http"));
  }

  private static IllegalArgumentException unrecognized(GuestCode code, String demo) {
    return new IllegalArgumentException(
        code.name()
            + " is not a "
            + demo
            + " guest: "
            + ALL.stream()
                .map(f -> f.name() + " guests export " + f.expectedExports())
                .collect(Collectors.joining("; ")));
  }
}
