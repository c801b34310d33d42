package io.witj.demo.http;

import java.util.Optional;

/** The request methods a route can name (those of the demos' WIT and of the seed's). */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  DELETE,
  PATCH,
  HEAD,
  OPTIONS;

  /** The method called {@code name} (case-sensitive, as HTTP methods are), if routes can use it. */
  public static Optional<HttpMethod> of(String name) {
    for (HttpMethod m : values()) {
      if (m.name().equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
