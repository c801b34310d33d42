package io.witj.parser;

import io.witj.parser.model.PackageName;
import io.witj.parser.model.Resolve;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A resolved WIT tree together with where each of its packages came from.
 *
 * @param resolve the resolved, checked packages
 * @param origins for every package, the display path of the file that declares it (a path below the
 *     root or its {@code deps/}, or whatever a {@link WitLibrary} named its files), in resolution
 *     order
 * @param locations where its types, functions and worlds were defined
 */
public record WitResolution(
    Resolve resolve, Map<PackageName, String> origins, SourceLocations locations) {
  public WitResolution {
    origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
  }

  /** A resolution whose items have no recorded place. */
  public WitResolution(Resolve resolve, Map<PackageName, String> origins) {
    this(resolve, origins, SourceLocations.NONE);
  }
}
