package io.witj.bench.jco;

import java.lang.reflect.Proxy;

/**
 * Host implementations of the fixtures' imported interfaces that the benchmarked exports never
 * call: the world builders need one to link the guest, and any call fails loudly.
 */
final class UnusedImports {
  private UnusedImports() {}

  static <T> T of(Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(
                  "the benchmark calls no import, but the guest called " + method.getName());
            }));
  }
}
