package io.witj.codegen;

import io.witj.codegen.abi.AbiFlavour;
import io.witj.codegen.names.JavaNames;
import io.witj.parser.Dialect;
import io.witj.parser.wit2022.WorldDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * What to generate and how.
 *
 * @param basePackage prefix of every generated Java package; empty for none
 * @param packageMap WIT package ({@code ns:pkg} or {@code ns:pkg@version}) → Java package
 * @param world the world to generate ({@code name} or {@code ns:pkg/name}); null to take the only
 *     world of the main package
 * @param features enabled {@code @unstable} features (used when loading WIT)
 * @param stringEncoding the guest's string encoding (passed on to the glue)
 * @param skipUnsupported leave out async functions, futures, streams and error-context (listed in
 *     the generated javadoc) instead of failing
 * @param abi how the world's guest speaks to the host (names, freeing, handles, entry point)
 * @param dialect how the WIT is written (used when reading WIT); {@link Dialect#WIT_BINDGEN_0_2}
 *     has no worlds of its own: {@code worldDescriptors} make them
 * @param worldDescriptors the worlds of 2022-dialect interfaces
 * @param runTimeBoundExports exported interfaces (by interface name or world key) that the guest
 *     exports under core names chosen at run time: the world class binds them on request ({@code
 *     handler("handle-foo")}), checking the export then, instead of when it is built
 */
public record GeneratorOptions(
    String basePackage,
    Map<String, String> packageMap,
    @Nullable String world,
    Set<String> features,
    StringEncoding stringEncoding,
    boolean skipUnsupported,
    AbiFlavour abi,
    Set<String> runTimeBoundExports,
    Dialect dialect,
    List<WorldDescriptor> worldDescriptors) {

  /** The guest's {@code string-encoding} canonical option. */
  public enum StringEncoding {
    UTF8("utf8"),
    UTF16("utf16"),
    LATIN1_UTF16("latin1+utf16");

    private final String witName;

    StringEncoding(String witName) {
      this.witName = witName;
    }

    /** As written in the canonical option and on the command line. */
    public String witName() {
      return witName;
    }

    /** The encoding written {@code name} ({@code utf8}, {@code utf16}, {@code latin1+utf16}). */
    public static StringEncoding fromWitName(String name) {
      for (StringEncoding e : values()) {
        if (e.witName.equals(name)) {
          return e;
        }
      }
      throw new IllegalArgumentException(
          "unknown string encoding '" + name + "' (expected utf8, utf16 or latin1+utf16)");
    }
  }

  public GeneratorOptions {
    basePackage = basePackage == null ? "" : basePackage;
    packageMap = Map.copyOf(packageMap);
    features = Set.copyOf(features);
    stringEncoding = stringEncoding == null ? StringEncoding.UTF8 : stringEncoding;
    abi = abi == null ? AbiFlavour.COMPONENT_MODEL : abi;
    runTimeBoundExports = Set.copyOf(runTimeBoundExports);
    dialect = dialect == null ? Dialect.COMPONENT_MODEL : dialect;
    worldDescriptors = List.copyOf(worldDescriptors);
  }

  /**
   * Defaults: no base package, no package map, the only world, no features, UTF-8, strict, today's
   * Canonical ABI, every export bound when the world is built.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link GeneratorOptions}. */
  public static final class Builder {
    private String basePackage = "";
    private final Map<String, String> packageMap = new LinkedHashMap<>();
    private @Nullable String world;
    private Set<String> features = Set.of();
    private StringEncoding stringEncoding = StringEncoding.UTF8;
    private boolean skipUnsupported;
    private AbiFlavour abi = AbiFlavour.COMPONENT_MODEL;
    private final Set<String> runTimeBoundExports = new LinkedHashSet<>();
    private Dialect dialect = Dialect.COMPONENT_MODEL;
    private final List<WorldDescriptor> worldDescriptors = new ArrayList<>();

    private Builder() {}

    /**
     * Prefix of every generated Java package (empty for none).
     *
     * @throws IllegalArgumentException if it is not a Java package name, or is {@code java.*} or
     *     {@code javax.*}
     */
    public Builder basePackage(String basePackage) {
      if (!basePackage.isEmpty() && !SourceVersion.isName(basePackage)) {
        throw new IllegalArgumentException("'" + basePackage + "' is not a Java package name");
      }
      this.basePackage = outsideTheJdk(basePackage);
      return this;
    }

    /**
     * Adds a mapping written {@code NS:PKG=java.package} (or {@code NS:PKG@VERSION=java.package}),
     * as on the command line and in the Maven plugin's {@code packageMappings}.
     *
     * @throws IllegalArgumentException if {@code mapping} is not of that form
     */
    public Builder mapPackage(String mapping) {
      int eq = mapping.indexOf('=');
      String wit = eq < 0 ? "" : mapping.substring(0, eq).strip();
      String java = eq < 0 ? "" : mapping.substring(eq + 1).strip();
      if (!wit.matches("[^:=@/]+:[^:=@/]+(@[^=/]+)?") || !SourceVersion.isName(java)) {
        throw new IllegalArgumentException(
            "a package mapping is NS:PKG=java.package, got '" + mapping + "'");
      }
      return mapPackage(wit, java);
    }

    /**
     * Maps WIT package {@code witPackage} ({@code ns:pkg} or {@code ns:pkg@version}) to {@code
     * javaPackage}.
     *
     * @throws IllegalArgumentException if {@code javaPackage} is {@code java.*} or {@code javax.*}
     */
    public Builder mapPackage(String witPackage, String javaPackage) {
      packageMap.put(witPackage, outsideTheJdk(javaPackage));
      return this;
    }

    /**
     * {@code javaPackage}, unless it is in the JDK's namespaces ({@link JavaNames#isJdkPackage}).
     */
    private static String outsideTheJdk(String javaPackage) {
      if (JavaNames.isJdkPackage(javaPackage)) {
        throw new IllegalArgumentException(
            "'"
                + javaPackage
                + "' is in the JDK's "
                + javaPackage.split("\\.", 2)[0]
                + ".* namespace; generate into a package of your own");
      }
      return javaPackage;
    }

    public Builder world(@Nullable String world) {
      this.world = world;
      return this;
    }

    public Builder features(Set<String> features) {
      this.features = features;
      return this;
    }

    public Builder stringEncoding(StringEncoding stringEncoding) {
      this.stringEncoding = stringEncoding;
      return this;
    }

    public Builder skipUnsupported(boolean skipUnsupported) {
      this.skipUnsupported = skipUnsupported;
      return this;
    }

    public Builder abi(AbiFlavour abi) {
      this.abi = abi;
      return this;
    }

    /**
     * Binds exported interface {@code iface} (its name or world key) to core exports named at run
     * time.
     */
    public Builder bindAtRunTime(String iface) {
      runTimeBoundExports.add(iface);
      return this;
    }

    /**
     * The WIT dialect; also chooses its guests' ABI flavour ({@link AbiFlavour#WIT_BINDGEN_0_2} for
     * {@link Dialect#WIT_BINDGEN_0_2}), which a later {@link #abi} call can override.
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = dialect;
      this.abi =
          dialect == Dialect.WIT_BINDGEN_0_2
              ? AbiFlavour.WIT_BINDGEN_0_2
              : AbiFlavour.COMPONENT_MODEL;
      return this;
    }

    /** Adds a world of 2022-dialect interfaces. */
    public Builder describeWorld(WorldDescriptor world) {
      worldDescriptors.add(world);
      return this;
    }

    public GeneratorOptions build() {
      return new GeneratorOptions(
          basePackage,
          packageMap,
          world,
          features,
          stringEncoding,
          skipUnsupported,
          abi,
          runTimeBoundExports,
          dialect,
          worldDescriptors);
    }
  }
}
