package io.witj.demo.http;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The routes a guest declared, fixed once serving starts: finds the route of a request, or says why
 * there is none (404 unknown path, 405 known path but other method, 400 malformed path). A {@code
 * HEAD} request without a {@code HEAD} route is served by the {@code GET} route (the server sends
 * no body).
 */
public final class RouteTable {
  private final List<Route> routes;

  private RouteTable(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  /** Starts an empty table; guest flavours add to it as the guest declares routes. */
  public static Builder builder() {
    return new Builder();
  }

  /** The routes, in the order they were declared. */
  public List<Route> routes() {
    return routes;
  }

  /** Where a request goes. */
  public sealed interface Match {
    /** The request goes to {@code route}, with these parameters. */
    record Found(Route route, List<Field> params) implements Match {}

    /** No route has this path. */
    record NotFound() implements Match {}

    /** Routes have this path, but for {@code allowed} methods only. */
    record MethodNotAllowed(Set<HttpMethod> allowed) implements Match {}

    /** The path cannot be decoded (a malformed escape or not UTF-8). */
    record BadPath(String reason) implements Match {}
  }

  /**
   * The route of a request with {@code method} (any token) and raw absolute path {@code rawPath}.
   */
  public Match match(String method, String rawPath) {
    Optional<List<String>> path = PathSegments.decode(rawPath);
    if (path.isEmpty()) {
      return new Match.BadPath("malformed percent-encoding or not UTF-8 in path " + rawPath);
    }
    Optional<HttpMethod> requested = HttpMethod.of(method);
    Set<HttpMethod> allowed = EnumSet.noneOf(HttpMethod.class);
    Match.@Nullable Found best = null;
    Match.@Nullable Found fallback = null;
    for (Route route : routes) {
      Optional<List<Field>> params = route.pattern().match(path.get());
      if (params.isEmpty()) {
        continue;
      }
      allowed.add(route.method());
      Match.Found found = new Match.Found(route, params.get());
      if (requested.isPresent() && route.method() == requested.get()) {
        best = moreSpecific(best, found);
      } else if (requested.isPresent()
          && requested.get() == HttpMethod.HEAD
          && route.method() == HttpMethod.GET) {
        fallback = moreSpecific(fallback, found);
      }
    }
    if (best != null) {
      return best;
    }
    if (fallback != null) {
      return fallback;
    }
    return allowed.isEmpty() ? new Match.NotFound() : new Match.MethodNotAllowed(allowed);
  }

  private static Match.Found moreSpecific(Match.@Nullable Found current, Match.Found candidate) {
    return current == null
            || candidate.route().pattern().compareSpecificity(current.route().pattern()) < 0
        ? candidate
        : current;
  }

  /** Collects routes; refuses malformed patterns and a second route of one method and shape. */
  public static final class Builder {
    private final List<Route> routes = new ArrayList<>();
    private final Set<String> shapes = new HashSet<>();

    private Builder() {}

    /**
     * Adds a route.
     *
     * @throws IllegalArgumentException for a malformed pattern, an empty handler name, or a route
     *     of the same method whose pattern has the same shape
     */
    public Builder add(HttpMethod method, String pattern, String handler) {
      RoutePattern parsed = RoutePattern.parse(pattern);
      if (handler.isEmpty()) {
        throw new IllegalArgumentException("route " + method + " " + pattern + " names no handler");
      }
      if (!shapes.add(method + " " + parsed.shape())) {
        throw new IllegalArgumentException(
            "route " + method + " " + pattern + " clashes with a route declared before");
      }
      routes.add(new Route(method, parsed, handler));
      return this;
    }

    /** The routes added so far, as a table (the builder can go on). */
    public RouteTable build() {
      return new RouteTable(routes);
    }
  }
}
