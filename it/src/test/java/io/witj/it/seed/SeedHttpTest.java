package io.witj.it.seed;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.witj.it.seed.exports.HttpHandler;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.Result;
import io.witj.runtime.Tuple2;
import io.witj.runtime.WitTrapException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * The seed's {@code http-server-demo.wasm} (wit-bindgen 0.2, 2023) run unchanged: {@code main}
 * registers its routes and asks to be served; each handler is an export named after it, bound at
 * run time through the generated {@code httpHandler(coreName)}.
 */
class SeedHttpTest {
  private static final List<Tuple2<String, String>> HEADERS =
      List.of(new Tuple2<>("host", "localhost"), new Tuple2<>("x-test", "1"));

  private final MemoryKeyvalue keyvalue = new MemoryKeyvalue();
  private final RecordingHttpServer server = new RecordingHttpServer();

  private Spiderlightning instance() {
    return Spiderlightning.builder(SeedBinaries.http())
        .keyvalue(keyvalue)
        .httpServer(server)
        .build();
  }

  private static HttpTypes.Request request(HttpTypes.Method method, String uri, String body) {
    return new HttpTypes.Request(
        method, uri, HEADERS, List.of(), Optional.of(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String body(HttpTypes.Response response) {
    return new String(response.body().orElse(new byte[0]), StandardCharsets.UTF_8);
  }

  @Test
  void mainRegistersTheRoutesAndAsksToBeServed() {
    try (Spiderlightning demo = instance()) {
      assertThat(demo.main()).isEqualTo(0);
    }
    assertThat(server.address).isEqualTo("0.0.0.0:3000");
    assertThat(server.served)
        .containsExactly(
            new RecordingHttpServer.Route("GET", "/hello", "handle_hello"),
            new RecordingHttpServer.Route("GET", "/foo", "handle_foo"),
            new RecordingHttpServer.Route("PUT", "/bar", "handle_bar"),
            new RecordingHttpServer.Route("POST", "/upload", "upload"),
            new RecordingHttpServer.Route("DELETE", "/delete-file", "delete_file_handler"))
        .inOrder();
    assertThat(server.live).isEqualTo(0);
  }

  @Test
  void helloAnswersAndEchoesTheRequestHeaders() {
    try (Spiderlightning demo = instance()) {
      HttpTypes.Response response =
          demo.httpHandler("handle-hello")
              .handleHttp(request(HttpTypes.Method.GET, "/hello", ""))
              .unwrap();
      assertThat(response.status()).isEqualTo((short) 200);
      assertThat(body(response)).isEqualTo("hello");
      assertThat(response.headers()).hasValue(HEADERS);
    }
  }

  @Test
  void fooTrapsBeforeBarStoresAndAnswersTheValueAfter() {
    try (Spiderlightning demo = instance()) {
      HttpHandler foo = demo.httpHandler("handle-foo");
      WitTrapException trap =
          assertThrows(
              WitTrapException.class,
              () -> foo.handleHttp(request(HttpTypes.Method.GET, "/foo", "")));
      assertThat(trap).hasMessageThat().contains("handle-foo");
      assertThat(keyvalue.open).isEqualTo(1); // the trapped handler never dropped its store
    }
    assertThat(keyvalue.open).isEqualTo(0); // closing the instance closed it
    try (Spiderlightning demo = instance()) {
      Result<HttpTypes.Response, HttpTypes.HttpError> put =
          demo.httpHandler("handle-bar")
              .handleHttp(request(HttpTypes.Method.PUT, "/bar", "stored"));
      int status = Short.toUnsignedInt(put.unwrap().status());
      assertThat(status / 100).isEqualTo(2);
      assertThat(body(put.unwrap())).isEmpty();
      HttpTypes.Response foo =
          demo.httpHandler("handle-foo")
              .handleHttp(request(HttpTypes.Method.GET, "/foo", ""))
              .unwrap();
      assertThat(foo.status()).isEqualTo((short) 500);
      assertThat(body(foo)).isEqualTo("stored");
    }
    assertThat(keyvalue.open).isEqualTo(0);
  }

  @Test
  void uploadAndDeleteFileEchoTheBody() {
    try (Spiderlightning demo = instance()) {
      for (HttpTypes.Method method : List.of(HttpTypes.Method.POST, HttpTypes.Method.DELETE)) {
        String name = method == HttpTypes.Method.POST ? "upload" : "delete-file-handler";
        HttpTypes.Response response =
            demo.httpHandler(name).handleHttp(request(method, "/x", "payload of " + name)).unwrap();
        assertThat(response.status()).isEqualTo((short) 200);
        assertThat(body(response)).isEqualTo("payload of " + name);
      }
    }
  }

  @Test
  void bindingChecksTheExportAndItsCoreType() {
    try (Spiderlightning demo = instance()) {
      GuestLoadException missing =
          assertThrows(GuestLoadException.class, () -> demo.httpHandler("handle-nope"));
      assertThat(missing).hasMessageThat().isEqualTo("the guest does not export handle-nope");
      GuestLoadException wrongType =
          assertThrows(GuestLoadException.class, () -> demo.httpHandler("main"));
      assertThat(wrongType)
          .hasMessageThat()
          .isEqualTo(
              "the guest exports main with core type (param i32 i32) (result i32), the world needs"
                  + " (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)");
    }
  }

  /**
   * A thousand requests on one instance: the guest's memory stays flat (the host frees each
   * response with canonical_abi_free; 4 KiB bodies echoed by {@code upload} would otherwise leak 4
   * MB) and every store the handlers opened is dropped again. ({@code handle_bar} prints its body
   * in Rust's debug format, slow in the interpreter: it gets small bodies.)
   */
  @Test
  void aThousandRequestsLeakNothing() {
    String big = "x".repeat(4096);
    try (Spiderlightning demo = instance()) {
      HttpHandler bar = demo.httpHandler("handle-bar");
      HttpHandler foo = demo.httpHandler("handle-foo");
      HttpHandler upload = demo.httpHandler("upload");
      IntConsumer round =
          i -> {
            String value = "value " + i;
            bar.handleHttp(request(HttpTypes.Method.PUT, "/bar", value)).unwrap();
            assertThat(body(foo.handleHttp(request(HttpTypes.Method.GET, "/foo", "")).unwrap()))
                .isEqualTo(value);
            assertThat(
                    body(
                        upload.handleHttp(request(HttpTypes.Method.POST, "/upload", big)).unwrap()))
                .hasLength(4096);
          };
      for (int i = 0; i < 10; i++) {
        round.accept(i);
      }
      int pages = demo.instance().memory().pages();
      for (int i = 10; i < 344; i++) {
        round.accept(i);
      }
      assertThat(demo.instance().memory().pages()).isEqualTo(pages);
      assertThat(keyvalue.open).isEqualTo(0);
    }
  }
}
