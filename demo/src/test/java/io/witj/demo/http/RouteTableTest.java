package io.witj.demo.http;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing: parameters, 404/405, HEAD, specificity, malformed patterns and paths. */
class RouteTableTest {
  private final RouteTable table =
      RouteTable.builder()
          .add(HttpMethod.GET, "/hello", "hello")
          .add(HttpMethod.PUT, "/set", "set")
          .add(HttpMethod.GET, "/person/:name", "person")
          .add(HttpMethod.GET, "/person/me", "me")
          .add(HttpMethod.DELETE, "/person/:name", "forget")
          .add(HttpMethod.GET, "/a/:x/b/:y", "two")
          .add(HttpMethod.GET, "/", "root")
          .build();

  private RouteTable.Match.Found found(String method, String path) {
    RouteTable.Match match = table.match(method, path);
    assertThat(match).isInstanceOf(RouteTable.Match.Found.class);
    return (RouteTable.Match.Found) match;
  }

  @Test
  void literalAndParameterRoutes() {
    assertThat(found("GET", "/hello").route().handler()).isEqualTo("hello");
    assertThat(found("GET", "/").route().handler()).isEqualTo("root");
    RouteTable.Match.Found person = found("GET", "/person/ada");
    assertThat(person.route().handler()).isEqualTo("person");
    assertThat(person.params()).containsExactly(new Field("name", "ada"));
    assertThat(found("GET", "/a/1/b/2").params())
        .containsExactly(new Field("x", "1"), new Field("y", "2"))
        .inOrder();
  }

  @Test
  void literalsWinOverParameters() {
    assertThat(found("GET", "/person/me").route().handler()).isEqualTo("me");
    assertThat(found("DELETE", "/person/me").route().handler()).isEqualTo("forget");
  }

  @Test
  void parametersArePercentDecoded() {
    assertThat(found("GET", "/person/J%C3%BCrgen%2Fx+y").params())
        .containsExactly(new Field("name", "Jürgen/x+y"));
    assertThat(found("GET", "/person/日本").params()).containsExactly(new Field("name", "日本"));
  }

  @Test
  void unknownPathIs404AndOtherMethod405() {
    assertThat(table.match("GET", "/nothing")).isInstanceOf(RouteTable.Match.NotFound.class);
    assertThat(table.match("GET", "/hello/")).isInstanceOf(RouteTable.Match.NotFound.class);
    assertThat(table.match("GET", "/person")).isInstanceOf(RouteTable.Match.NotFound.class);
    assertThat(table.match("POST", "/hello"))
        .isEqualTo(new RouteTable.Match.MethodNotAllowed(java.util.Set.of(HttpMethod.GET)));
    assertThat(((RouteTable.Match.MethodNotAllowed) table.match("PATCH", "/person/x")).allowed())
        .containsExactly(HttpMethod.GET, HttpMethod.DELETE);
    assertThat(table.match("TRACE", "/hello"))
        .isInstanceOf(RouteTable.Match.MethodNotAllowed.class);
    assertThat(table.match("get", "/hello")).isInstanceOf(RouteTable.Match.MethodNotAllowed.class);
  }

  @Test
  void headFallsBackToGet() {
    assertThat(found("HEAD", "/hello").route().method()).isEqualTo(HttpMethod.GET);
    assertThat(table.match("HEAD", "/set")).isInstanceOf(RouteTable.Match.MethodNotAllowed.class);
  }

  @Test
  void malformedPathsAreBadRequests() {
    for (String path : List.of("/person/%zz", "/person/%C3", "/person/%FF", "/person/%4")) {
      assertThat(table.match("GET", path)).isInstanceOf(RouteTable.Match.BadPath.class);
    }
  }

  @Test
  void malformedOrClashingRoutesAreRefused() {
    RouteTable.Builder b = RouteTable.builder().add(HttpMethod.GET, "/x/:id", "x");
    assertThat(
            assertThrows(
                IllegalArgumentException.class, () -> b.add(HttpMethod.GET, "/x/:other", "y")))
        .hasMessageThat()
        .contains("clashes");
    b.add(HttpMethod.POST, "/x/:other", "y");
    String[][] bad = {
      {"hello", "does not start with /"},
      {"/a//b", "empty segment"},
      {"/a/:", "is not a name"},
      {"/a/:b c", "is not a name"},
      {"/:a/:a", "twice"},
    };
    for (String[] pattern : bad) {
      assertThat(
              assertThrows(
                  IllegalArgumentException.class, () -> b.add(HttpMethod.GET, pattern[0], "h")))
          .hasMessageThat()
          .contains(pattern[1]);
    }
    assertThat(assertThrows(IllegalArgumentException.class, () -> b.add(HttpMethod.GET, "/z", "")))
        .hasMessageThat()
        .contains("names no handler");
  }
}
