package com.example.app;

import acme.billing.Billing;
import acme.money.Types;

/** Compiles only if the types of the library's WIT package were generated here. */
final class Use {
  static Types.Amount zero() {
    return new Types.Amount(0, "EUR");
  }

  static Class<Billing> world() {
    return Billing.class;
  }
}
