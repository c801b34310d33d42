package io.witj.demo.component;

import io.witj.demo.bindings.witj_demo.http.Types;
import io.witj.demo.http.Field;
import io.witj.demo.http.HttpMethod;
import io.witj.demo.http.HttpRequest;
import io.witj.demo.http.HttpResponse;
import io.witj.runtime.Tuple2;
import java.util.ArrayList;
import java.util.List;

/** Between the server's requests and responses and those of the witj-demo:http bindings. */
final class HttpConversions {
  private HttpConversions() {}

  static Types.Method method(HttpMethod method) {
    return Types.Method.valueOf(method.name());
  }

  static HttpMethod method(Types.Method method) {
    return HttpMethod.valueOf(method.name());
  }

  static Types.Request request(HttpRequest request) {
    return new Types.Request(
        method(request.method()),
        request.uri(),
        tuples(request.headers()),
        tuples(request.params()),
        request.body());
  }

  static HttpResponse response(Types.Response response) {
    return new HttpResponse(
        Short.toUnsignedInt(response.status()),
        response.headers().map(HttpConversions::fields).orElse(List.of()),
        response.body().orElse(new byte[0]));
  }

  /** The status an {@code http-error} from a handler stands for. */
  static int status(Types.HttpError error) {
    return error instanceof Types.HttpError.Status s ? Short.toUnsignedInt(s.value()) : 500;
  }

  /** {@code case(payload)}, for messages. */
  static String describe(Types.HttpError error) {
    if (error instanceof Types.HttpError.InvalidRoute e) {
      return "invalid-route(" + e.value() + ")";
    }
    if (error instanceof Types.HttpError.ServerError e) {
      return "server-error(" + e.value() + ")";
    }
    return "status(" + status(error) + ")";
  }

  private static List<Tuple2<String, String>> tuples(List<Field> fields) {
    List<Tuple2<String, String>> tuples = new ArrayList<>(fields.size());
    for (Field f : fields) {
      tuples.add(new Tuple2<>(f.name(), f.value()));
    }
    return tuples;
  }

  private static List<Field> fields(List<Tuple2<String, String>> tuples) {
    List<Field> fields = new ArrayList<>(tuples.size());
    for (Tuple2<String, String> t : tuples) {
      fields.add(new Field(t.t0(), t.t1()));
    }
    return fields;
  }
}
