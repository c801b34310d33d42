package io.witj.it.roundtrip;

/** One named round-trip check against a fresh guest instance of type {@code W}. */
record Case<W>(String name, Case.Body<W> body) {
  /** The check. */
  interface Body<W> {
    void run(W guest) throws Exception;
  }

  static <W> Case<W> of(String name, Body<W> body) {
    return new Case<>(name, body);
  }
}
