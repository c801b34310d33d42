package io.witj.demo.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What of a guest's response may be sent: statuses 200 to 599, header names that are HTTP tokens,
 * values without control characters; hop-by-hop and framing headers are never forwarded, and
 * neither is a body for {@code HEAD}, 204 or 304.
 */
public final class ResponseRules {
  /** Headers the server never takes from a guest: the connection's and the framing's business. */
  public static final Set<String> NOT_FORWARDED =
      Set.of(
          "connection",
          "upgrade",
          "http2-settings",
          "keep-alive",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "content-length",
          "host");

  private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

  private ResponseRules() {}

  /** What is wrong with {@code response}, or empty when it can be sent. */
  public static Optional<String> problem(HttpResponse response) {
    if (response.status() < 200 || response.status() > 599) {
      return Optional.of("invalid status " + response.status());
    }
    for (Field header : response.headers()) {
      if (!isToken(header.name())) {
        return Optional.of("invalid header name '" + header.name() + "'");
      }
      for (int i = 0; i < header.value().length(); i++) {
        char c = header.value().charAt(i);
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
          return Optional.of(
              "invalid character U+%04X in header %s".formatted((int) c, header.name()));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a guest's header called {@code name} is sent. */
  public static boolean isForwarded(String name) {
    return !NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether a response to {@code method} with {@code status} has a body. */
  public static boolean hasBody(String method, int status) {
    return !method.equals("HEAD") && status != 204 && status != 304;
  }

  private static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || TOKEN_SYMBOLS.indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
