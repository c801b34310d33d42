package io.witj.demo.http;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which guest responses are sent, and what of them. */
class ResponseRulesTest {
  private static HttpResponse withHeader(String name, String value) {
    return new HttpResponse(200, List.of(new Field(name, value)), new byte[0]);
  }

  @Test
  void statuses() {
    assertThat(ResponseRules.problem(HttpResponse.empty(200))).isEmpty();
    assertThat(ResponseRules.problem(HttpResponse.empty(599))).isEmpty();
    assertThat(ResponseRules.problem(HttpResponse.empty(199))).hasValue("invalid status 199");
    assertThat(ResponseRules.problem(HttpResponse.empty(600))).hasValue("invalid status 600");
    assertThat(ResponseRules.problem(HttpResponse.empty(65535))).isPresent();
  }

  @Test
  void headers() {
    assertThat(ResponseRules.problem(withHeader("x-ok_1!", "héllo\tworld ☃"))).isEmpty();
    assertThat(ResponseRules.problem(withHeader("bad header", "x"))).isPresent();
    assertThat(ResponseRules.problem(withHeader("", "x"))).isPresent();
    assertThat(ResponseRules.problem(withHeader("x", "a\r\nset-cookie: evil"))).isPresent();
    assertThat(ResponseRules.problem(withHeader("x", "nul\0"))).isPresent();
  }

  @Test
  void hopByHopAndFramingHeadersAreNotForwarded() {
    for (String name :
        List.of(
            "Connection",
            "upgrade",
            "http2-settings",
            "keep-alive",
            "te",
            "trailer",
            "Transfer-Encoding",
            "content-length",
            "host")) {
      assertThat(ResponseRules.isForwarded(name)).isFalse();
    }
    assertThat(ResponseRules.isForwarded("content-type")).isTrue();
    assertThat(ResponseRules.isForwarded("x-echo")).isTrue();
  }

  @Test
  void bodies() {
    assertThat(ResponseRules.hasBody("GET", 200)).isTrue();
    assertThat(ResponseRules.hasBody("HEAD", 200)).isFalse();
    assertThat(ResponseRules.hasBody("GET", 204)).isFalse();
    assertThat(ResponseRules.hasBody("GET", 304)).isFalse();
  }
}
