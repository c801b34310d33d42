package io.witj.it.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.witj.it.roundtrip.rust.Counters.Counter;
import io.witj.it.roundtrip.rust.Types.Person;
import io.witj.it.roundtrip.rust.Types.Point;
import io.witj.it.roundtrip.rust.Types.Shape;
import io.witj.it.roundtrip.rust.exports.Accumulators;
import io.witj.it.roundtrip.rust.exports.Accumulators.Accumulator;
import io.witj.it.roundtrip.rust.exports.GuestBasics;
import io.witj.runtime.WitTrapException;
import java.util.List;
import java.util.Optional;

/** The Rust guest: guest-basics (strings, lists, records, variants) and both kinds of resources. */
final class RustCases {
  private RustCases() {}

  static final List<Shape> SHAPES =
      List.of(
          new Shape.Empty(),
          new Shape.Circle(-0.5f),
          new Shape.Rect(new Point(7, -8)),
          new Shape.Label("rüst"),
          new Shape.Path(List.of(new Point(1, 1), new Point(2, 3))));
  static final List<Person> PEOPLE =
      List.of(
          new Person(
              "ferris",
              (byte) 8,
              List.of("crab", "🦀"),
              new int[] {-1, 2},
              Optional.of(new Point(0, -1))),
          new Person("", (byte) 0, List.of(""), new int[0], Optional.empty()));

  static List<Case<RustGuest>> all() {
    return List.of(
        Case.of(
            "echo-string",
            g -> {
              for (String s : List.of("héllo 🦀", "", CBasicsCases.LONG)) {
                Echo.check(g.recorder, "echo-string", s, () -> basics(g).echoString(s));
              }
            }),
        Case.of(
            "echo-strings",
            g -> {
              List<String> l = List.of("one", "", "thrée");
              Echo.check(g.recorder, "echo-strings", l, () -> basics(g).echoStrings(l));
            }),
        Case.of(
            "echo-bytes",
            g -> {
              byte[] b = {0, -1, 42};
              Echo.check(g.recorder, "echo-bytes", b, () -> basics(g).echoBytes(b));
            }),
        Case.of(
            "echo-u32s",
            g -> {
              int[] l = {-1, 0, 1 << 31};
              Echo.check(g.recorder, "echo-u32s", l, () -> basics(g).echoU32s(l));
            }),
        Case.of(
            "echo-point",
            g -> {
              Point p = new Point(-1, Integer.MIN_VALUE);
              Echo.check(g.recorder, "echo-point", p, () -> basics(g).echoPoint(p));
            }),
        Case.of(
            "echo-person and echo-people",
            g -> {
              for (Person p : PEOPLE) {
                Echo.check(g.recorder, "echo-person", p, () -> basics(g).echoPerson(p));
              }
              Echo.check(g.recorder, "echo-people", PEOPLE, () -> basics(g).echoPeople(PEOPLE));
            }),
        Case.of(
            "echo-shape and echo-shapes",
            g -> {
              for (Shape s : SHAPES) {
                Echo.check(g.recorder, "echo-shape", s, () -> basics(g).echoShape(s));
              }
              Echo.check(g.recorder, "echo-shapes", SHAPES, () -> basics(g).echoShapes(SHAPES));
            }),
        Case.of(
            "imported resource: constructor, method, static, drop, own parameter",
            g -> {
              assertEquals(-3 + 15, acc(g).useCounters(-3));
              assertEquals(3, g.counters.created());
              assertEquals(0, g.counters.open());
            }),
        Case.of(
            "imported resource: borrow, own parameter, own result",
            g -> {
              RustCounters.HostCounter lent = new RustCounters.HostCounter(g.counters.create(1));
              assertEquals(1, acc(g).peek(lent));
              assertFalse(lent.entry.closed());
              RustCounters.HostCounter given = new RustCounters.HostCounter(g.counters.create(2));
              assertEquals(2, acc(g).take(given));
              assertTrue(given.entry.closed());
              Counter back = acc(g).give(3);
              assertEquals(3, back.get());
            }),
        Case.of(
            "exported resource: constructor, methods, static, borrow, destructor",
            g -> {
              int dtors = acc(g).dtorCount();
              try (Accumulator made = acc(g).accumulatorMake("made", 4);
                  Accumulator a = acc(g).newAccumulator("ä")) {
                assertEquals(dtors + 1, acc(g).dtorCount());
                a.push(2);
                a.absorb(made);
                assertEquals(8L, a.total());
                assertEquals("ä", a.label());
              }
              assertEquals(dtors + 3, acc(g).dtorCount());
            }),
        Case.of(
            "exported resource: forged handle traps",
            g -> {
              WitTrapException e = assertThrows(WitTrapException.class, () -> acc(g).forgeHandle());
              Traps.expect(e, "forge-handle", "12345");
            }));
  }

  private static GuestBasics basics(RustGuest g) {
    return g.world.guestBasics();
  }

  private static Accumulators acc(RustGuest g) {
    return g.world.accumulators();
  }
}
