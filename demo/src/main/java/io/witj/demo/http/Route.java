package io.witj.demo.http;

/**
 * Requests with {@code method} whose path matches {@code pattern} go to the guest's {@code
 * handler}.
 */
public record Route(HttpMethod method, RoutePattern pattern, String handler) {
  @Override
  public String toString() {
    return method + " " + pattern + " -> " + handler;
  }
}
