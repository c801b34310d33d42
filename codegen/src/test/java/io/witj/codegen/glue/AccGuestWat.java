package io.witj.codegen.glue;

/**
 * The WAT of the fuzz guests whose exports hand back words the driver wrote into memory: one
 * exported memory, a resource {@code acc} of the exported interface (constructor, destructor) and
 * an {@code _initialize} that creates acc handles 1..3, around the given export functions.
 */
final class AccGuestWat {
  private AccGuestWat() {}

  /**
   * @param iface the exported interface, e.g. {@code test:fuzz/api}
   * @param pages the memory's size in 64 KiB pages
   * @param functions the WAT of the other exports
   */
  static String module(String iface, int pages, CharSequence functions) {
    return """
        (module
          (import "[export]IFACE" "[resource-new]acc" (func $new (param i32) (result i32)))
          (memory (export "memory") PAGES)
          (func (export "_initialize")
            (drop (call $new (i32.const 100)))
            (drop (call $new (i32.const 104)))
            (drop (call $new (i32.const 108))))
          (func (export "IFACE#[constructor]acc") (param i32) (result i32) (call $new (local.get 0)))
          (func (export "IFACE#[dtor]acc") (param i32))
        """
            .replace("IFACE", iface)
            .replace("PAGES", Integer.toString(pages))
        + functions
        + ")\n";
  }
}
