package io.witj.demo.guest;

/** How Chicory runs a guest. */
public enum Engine {
  /** Chicory's interpreter: nothing to prepare, slower calls. */
  INTERPRETER,
  /** Chicory's compiler: the module is turned into JVM bytecode once, at load time. */
  COMPILER,
}
