package io.witj.codegen.javamodel;

import java.util.List;

/**
 * Member names the glue (world class, builder, resource wrappers) keeps for itself; WIT-derived
 * names in the same scopes avoid them by the clash rule of {@link io.witj.codegen.names.NameScope}.
 * Edit here when the glue adds a member to one of these scopes.
 */
public final class GlueNames {

  /**
   * Members of the world class besides typed exports and export accessors ({@code main} runs a
   * wit-bindgen 0.2 guest program).
   */
  public static final List<String> WORLD_CLASS =
      List.of("builder", "close", "host", "instance", "memory", "main");

  /** Members of the world builder besides one setter per imported interface. */
  public static final List<String> WORLD_BUILDER =
      List.of(
          "build",
          "component",
          "hostInterfaces",
          "liftLimit",
          "machineFactory",
          "memoryFactory",
          "module",
          "stringEncoding",
          "toHostInterfaces",
          "wasi");

  /** Members of a resource's Java type besides its WIT methods. */
  public static final List<String> RESOURCE = List.of("close", "handle");

  /**
   * The field that holds an interface's host implementation (builder) or export wrapper (world
   * class) whose accessor is {@code memberName}. It ends in {@code $}: a field named like a
   * package's first segment ({@code com}, {@code exports}) would obscure that package in every
   * qualified expression of the class and its nested classes ({@code com.example.E.values()}), and
   * no WIT name or glue local ({@code $host}, …) ends that way.
   */
  public static String field(String memberName) {
    return memberName + "$";
  }

  private GlueNames() {}
}
