package io.witj.it.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.witj.it.roundtrip.c.Types.Small;
import io.witj.runtime.WitTrapException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The C guest's {@code traps}: values that break the Canonical ABI, returned to the host or passed
 * to its imports. Each call must raise {@link WitTrapException} whose message names the function
 * and the violated check — except flag bits above the last label, which the specification ignores.
 */
final class Traps {
  private Traps() {}

  /** A trap case: {@code call} must trap naming {@code function} and mentioning {@code check}. */
  private static Case<CGuest> trap(String function, String check, Case.Body<CGuest> call) {
    return Case.of(
        "trap: " + function,
        g -> {
          WitTrapException e = assertThrows(WitTrapException.class, () -> call.run(g));
          expect(e, function, check);
        });
  }

  static void expect(WitTrapException e, String function, String check) {
    String message = e.getMessage();
    assertTrue(message.contains(function), "names " + function + ": " + message);
    assertTrue(
        message.toLowerCase(Locale.ROOT).contains(check.toLowerCase(Locale.ROOT)),
        "says '" + check + "': " + message);
  }

  static List<Case<CGuest>> all() {
    return List.of(
        trap("bad-discriminant", "discriminant 9", g -> g.world.traps().badDiscriminant()),
        trap("bad-enum", "7", g -> g.world.traps().badEnum()),
        trap("bad-option", "discriminant 2", g -> g.world.traps().badOption()),
        trap("bad-char", "0x110000", g -> g.world.traps().badChar()),
        trap("surrogate", "surrogate", g -> g.world.traps().surrogate()),
        trap("bad-string-pointer", "out of bounds", g -> g.world.traps().badStringPointer()),
        trap("bad-utf8", "UTF-8", g -> g.world.traps().badUtf8()),
        trap("misaligned-list", "aligned", g -> g.world.traps().misalignedList()),
        trap("huge-list", "2147483647", g -> g.world.traps().hugeList()),
        trap("bad-return-area", "out of bounds", g -> g.world.traps().badReturnArea()),
        // not a trap: unpack_flags_from_int ignores the bits above the last label (0xff -> 0x7)
        Case.of(
            "extra-flag-bits are ignored",
            g ->
                assertEquals(
                    EnumSet.allOf(Small.class), g.world.traps().extraFlagBits(), "flags 0xff")),
        trap("echo-string", "UTF-8", g -> g.world.traps().sendBadUtf8()),
        trap("echo-char", "surrogate", g -> g.world.traps().sendSurrogate()),
        trap("echo-color", "9", g -> g.world.traps().sendBadEnum()),
        trap("counter.get", "999", g -> g.world.traps().sendBadHandle()),
        trap("resource-drop", "handle", g -> g.world.traps().dropTwice()));
  }
}
