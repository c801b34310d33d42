package io.witj.it.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.witj.it.roundtrip.c.Counters.Counter;
import io.witj.it.roundtrip.c.exports.Accumulators;
import io.witj.it.roundtrip.c.exports.Accumulators.Accumulator;
import io.witj.runtime.WitTrapException;
import java.util.List;

/**
 * Resources with the C guest: the host's counters (constructor, method, static, own and borrow
 * parameters, own results, drops) and the guest's accumulators (constructor, methods, static,
 * borrow of another accumulator, destructor on close).
 */
final class CResourceCases {
  private CResourceCases() {}

  static List<Case<CGuest>> all() {
    return List.of(
        Case.of(
            "imported resource: constructor, method, static, drop, own parameter",
            g -> {
              assertEquals(7 + 15, acc(g).useCounters(7));
              assertEquals(3, g.counters.created(), "counter(7), counter(10) and merge(...)");
              assertEquals(
                  0, g.counters.open(), "both dropped by the guest, the merged one consumed");
            }),
        Case.of(
            "imported resource lent to the guest (borrow)",
            g -> {
              CCounters.HostCounter c = new CCounters.HostCounter(g.counters.create(42));
              assertEquals(42, acc(g).peek(c));
              assertFalse(c.entry.closed(), "a borrowed counter stays open");
              assertEquals(43, c.add(1));
            }),
        Case.of(
            "imported resource given to the guest (own)",
            g -> {
              CCounters.HostCounter c = new CCounters.HostCounter(g.counters.create(5));
              assertEquals(5, acc(g).take(c));
              assertTrue(c.entry.closed(), "the guest dropped the counter it owned");
            }),
        Case.of(
            "imported resource returned by the guest (own result)",
            g -> {
              Counter c = acc(g).give(9);
              assertEquals(9, c.get());
              assertEquals(1, g.counters.open());
            }),
        Case.of(
            "exported resource: constructor, methods, destructor",
            g -> {
              int dtors = acc(g).dtorCount();
              try (Accumulator a = acc(g).newAccumulator("sum")) {
                a.push(3);
                a.push(4);
                assertEquals(7L, a.total());
                assertEquals("sum", a.label());
              }
              assertEquals(
                  dtors + 1,
                  acc(g).dtorCount(),
                  "closing the wrapper runs the guest's destructor once");
            }),
        Case.of(
            "exported resource: static returning own, borrow of another, resource-drop in the guest",
            g -> {
              int dtors = acc(g).dtorCount();
              try (Accumulator made = acc(g).accumulatorMake("made", 5);
                  Accumulator a = acc(g).newAccumulator("a")) {
                assertEquals(
                    dtors + 1,
                    acc(g).dtorCount(),
                    "make drops a scratch accumulator through resource-drop");
                assertEquals(10L, made.total());
                a.push(1);
                a.absorb(made);
                assertEquals(11L, a.total());
                assertEquals(10L, made.total(), "a borrowed accumulator is unchanged");
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

  private static Accumulators acc(CGuest g) {
    return g.world.accumulators();
  }
}
