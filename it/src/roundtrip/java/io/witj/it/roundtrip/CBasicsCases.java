package io.witj.it.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.witj.it.roundtrip.c.Types.Person;
import io.witj.it.roundtrip.c.Types.Point;
import io.witj.it.roundtrip.c.Types.Shape;
import io.witj.it.roundtrip.c.exports.GuestBasics;
import java.util.List;
import java.util.Optional;

/** guest-basics of the C guest (strings, lists, records, variants) and its world-level items. */
final class CBasicsCases {
  private CBasicsCases() {}

  static final String LONG = "0123456789abcdefghij".repeat(5_000);
  static final List<Shape> SHAPES =
      List.of(
          new Shape.Empty(),
          new Shape.Circle(1.25f),
          new Shape.Rect(new Point(-3, 4)),
          new Shape.Label("labél"),
          new Shape.Path(List.of(new Point(1, 2), new Point(3, 4), new Point(5, 6))),
          new Shape.Path(List.of()));
  static final List<Person> PEOPLE =
      List.of(
          new Person(
              "ada",
              (byte) 36,
              List.of("math", "engines"),
              new int[] {1, 2, 3},
              Optional.of(new Point(51, 0))),
          new Person("", (byte) 255, List.of(), new int[0], Optional.empty()));

  static List<Case<CGuest>> all() {
    return List.of(
        Case.of(
            "echo-string",
            g -> {
              for (String s : List.of("héllo wörld 🎉", "", LONG)) {
                Echo.check(g.recorder, "echo-string", s, () -> basics(g).echoString(s));
              }
            }),
        Case.of(
            "echo-strings",
            g -> {
              List<String> l = List.of("alpha", "", "ß∂ƒ", "Mixed Case");
              Echo.check(g.recorder, "echo-strings", l, () -> basics(g).echoStrings(l));
            }),
        Case.of(
            "echo-bytes",
            g -> {
              for (byte[] b :
                  List.of(
                      new byte[] {0, 1, (byte) 0x7f, (byte) 0xff},
                      new byte[0],
                      new byte[100_000])) {
                Echo.check(g.recorder, "echo-bytes", b, () -> basics(g).echoBytes(b));
              }
            }),
        Case.of(
            "echo-u32s",
            g -> {
              int[] l = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
              Echo.check(g.recorder, "echo-u32s", l, () -> basics(g).echoU32s(l));
            }),
        Case.of(
            "echo-point",
            g -> {
              Point p = new Point(Integer.MAX_VALUE, -7);
              Echo.check(g.recorder, "echo-point", p, () -> basics(g).echoPoint(p));
            }),
        Case.of(
            "echo-person",
            g -> {
              for (Person p : PEOPLE) {
                Echo.check(g.recorder, "echo-person", p, () -> basics(g).echoPerson(p));
              }
            }),
        Case.of(
            "echo-people",
            g -> Echo.check(g.recorder, "echo-people", PEOPLE, () -> basics(g).echoPeople(PEOPLE))),
        Case.of(
            "echo-shape",
            g -> {
              for (Shape s : SHAPES) {
                Echo.check(g.recorder, "echo-shape", s, () -> basics(g).echoShape(s));
              }
            }),
        Case.of(
            "echo-shapes",
            g -> Echo.check(g.recorder, "echo-shapes", SHAPES, () -> basics(g).echoShapes(SHAPES))),
        Case.of(
            "hello (world-level import and export, _initialize)",
            g -> {
              assertEquals("hello, wörld", g.world.hello("wörld"));
              assertEquals(List.of("hello, wörld"), g.log);
            }),
        Case.of(
            "post-return",
            g -> {
              int before = g.world.postReturnCount();
              basics(g).echoString("x");
              assertEquals(
                  before + 1, g.world.postReturnCount(), "cabi_post_ of echo-string called once");
              g.world.guestMore().echoU32(1);
              assertEquals(before + 1, g.world.postReturnCount(), "echo-u32 has no cabi_post_");
            }));
  }

  private static GuestBasics basics(CGuest g) {
    return g.world.guestBasics();
  }
}
