package io.witj.demo.http;

import java.util.List;
import java.util.Optional;

/**
 * A request as the server hands it to a guest: the method, the request target (path and query as
 * received), headers with lower-case names (values decoded as UTF-8), the route's parameters
 * (percent-decoded), and the body (empty when the request carried none).
 */
public record HttpRequest(
    HttpMethod method,
    String uri,
    List<Field> headers,
    List<Field> params,
    Optional<byte[]> body) {}
