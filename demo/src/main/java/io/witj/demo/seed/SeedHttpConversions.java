package io.witj.demo.seed;

import io.witj.demo.http.Field;
import io.witj.demo.http.HttpRequest;
import io.witj.demo.http.HttpResponse;
import io.witj.demo.seed.bindings.HttpTypes;
import io.witj.runtime.Tuple2;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Between the server's requests and responses and those of the 2022 {@code http-types}, with the
 * error mapping of hermit-wasm, the host these guests were last served by: {@code invalid-url} and
 * {@code protocol-error} 400, {@code timeout-error} 408, {@code status-error(c)} c, {@code
 * unexpected-error} 500.
 */
final class SeedHttpConversions {
  private SeedHttpConversions() {}

  /** The request record; its body is always present (empty when the request had none). */
  static HttpTypes.Request request(HttpRequest request) {
    return new HttpTypes.Request(
        HttpTypes.Method.valueOf(request.method().name()),
        request.uri(),
        tuples(request.headers()),
        tuples(request.params()),
        Optional.of(request.body().orElse(new byte[0])));
  }

  static HttpResponse response(HttpTypes.Response response) {
    List<Field> headers = new ArrayList<>();
    response.headers().ifPresent(h -> h.forEach(t -> headers.add(new Field(t.t0(), t.t1()))));
    return new HttpResponse(
        Short.toUnsignedInt(response.status()), headers, response.body().orElse(new byte[0]));
  }

  /** The status an {@code http-error} from a handler stands for. */
  static int status(HttpTypes.HttpError error) {
    if (error instanceof HttpTypes.HttpError.InvalidUrl
        || error instanceof HttpTypes.HttpError.ProtocolError) {
      return 400;
    }
    if (error instanceof HttpTypes.HttpError.TimeoutError) {
      return 408;
    }
    if (error instanceof HttpTypes.HttpError.StatusError s) {
      return Short.toUnsignedInt(s.value());
    }
    return 500;
  }

  /** {@code case(payload)}, for the log. */
  static String describe(HttpTypes.HttpError error) {
    if (error instanceof HttpTypes.HttpError.InvalidUrl e) {
      return "invalid-url(" + e.value() + ")";
    }
    if (error instanceof HttpTypes.HttpError.TimeoutError e) {
      return "timeout-error(" + e.value() + ")";
    }
    if (error instanceof HttpTypes.HttpError.ProtocolError e) {
      return "protocol-error(" + e.value() + ")";
    }
    if (error instanceof HttpTypes.HttpError.StatusError e) {
      return "status-error(" + Short.toUnsignedInt(e.value()) + ")";
    }
    return "unexpected-error(" + ((HttpTypes.HttpError.UnexpectedError) error).value() + ")";
  }

  private static List<Tuple2<String, String>> tuples(List<Field> fields) {
    List<Tuple2<String, String>> tuples = new ArrayList<>(fields.size());
    for (Field f : fields) {
      tuples.add(new Tuple2<>(f.name(), f.value()));
    }
    return tuples;
  }
}
