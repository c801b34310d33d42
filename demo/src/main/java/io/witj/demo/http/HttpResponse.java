package io.witj.demo.http;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A response as a guest (or the server) gives it; {@link ResponseRules} decides what of it is sent.
 */
@SuppressWarnings("ArrayRecordComponent") // bodies can be large: shared, never copied or compared
public record HttpResponse(int status, List<Field> headers, byte[] body) {
  /** A response with a UTF-8 text body and no headers. */
  public static HttpResponse text(int status, String body) {
    return new HttpResponse(status, List.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  /** A response with neither headers nor body. */
  public static HttpResponse empty(int status) {
    return new HttpResponse(status, List.of(), new byte[0]);
  }
}
