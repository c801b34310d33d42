package io.witj.demo.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A route's path pattern: {@code /} followed by segments separated by {@code /}, each literal or
 * {@code :name}, which binds that segment of a request path to parameter {@code name} (e.g. {@code
 * /person/:name}). Literals are compared with the percent-decoded segments of the request path.
 */
public final class RoutePattern {
  private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  private final String text;

  /** A literal segment, or the name of a parameter (then {@link #isParam} is true at its index). */
  private final List<String> segments;

  private final List<Boolean> isParam;

  private RoutePattern(String text, List<String> segments, List<Boolean> isParam) {
    this.text = text;
    this.segments = segments;
    this.isParam = isParam;
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static RoutePattern parse(String text) {
    if (!text.startsWith("/")) {
      throw new IllegalArgumentException("route pattern '" + text + "' does not start with /");
    }
    List<String> segments = new ArrayList<>();
    List<Boolean> isParam = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String segment : PathSegments.split(text)) {
      if (segment.isEmpty()) {
        throw new IllegalArgumentException("route pattern '" + text + "' has an empty segment");
      }
      boolean param = segment.startsWith(":");
      String name = param ? segment.substring(1) : segment;
      if (param && !PARAM_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "route pattern '" + text + "': parameter ':" + name + "' is not a name [A-Za-z0-9_-]+");
      }
      if (param && !names.add(name)) {
        throw new IllegalArgumentException(
            "route pattern '" + text + "' binds parameter '" + name + "' twice");
      }
      segments.add(name);
      isParam.add(param);
    }
    return new RoutePattern(text, List.copyOf(segments), List.copyOf(isParam));
  }

  /** The pattern as written. */
  public String text() {
    return text;
  }

  /** The pattern with every parameter written {@code :} (two patterns of one shape clash). */
  String shape() {
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      shape.append('/').append(isParam.get(i) ? ":" : segments.get(i));
    }
    return shape.toString();
  }

  /** The parameters bound by matching decoded path {@code segments}, or empty when they differ. */
  Optional<List<Field>> match(List<String> path) {
    if (path.size() != segments.size()) {
      return Optional.empty();
    }
    List<Field> params = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      if (isParam.get(i)) {
        params.add(new Field(segments.get(i), path.get(i)));
      } else if (!segments.get(i).equals(path.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(params));
  }

  /**
   * Orders two patterns that both match a path: the one with a literal where the other has a
   * parameter first (so {@code /person/me} wins over {@code /person/:name}).
   */
  int compareSpecificity(RoutePattern other) {
    for (int i = 0; i < Math.min(isParam.size(), other.isParam.size()); i++) {
      if (!isParam.get(i).equals(other.isParam.get(i))) {
        return isParam.get(i) ? 1 : -1;
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
