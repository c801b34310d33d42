package io.witj.demo.testing;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The echo routes every http demo guest serves the same way, the modern guests and the seed's 2023
 * one: POST {@code /upload} and DELETE {@code /delete-file} answer 200 with the request body.
 */
public final class EchoRoutes {
  private EchoRoutes() {}

  /** Checks both routes on {@code demo}, with a non-ASCII body. */
  public static void checkUploadAndDeleteFile(RunningDemo demo) throws Exception {
    HttpResponse<byte[]> up =
        demo.send(
            HttpRequest.newBuilder(demo.uri("/upload"))
                .POST(HttpRequest.BodyPublishers.ofString("uploaded ☃")));
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(new String(up.body(), UTF_8)).isEqualTo("uploaded ☃");
    HttpResponse<byte[]> del =
        demo.send(
            HttpRequest.newBuilder(demo.uri("/delete-file"))
                .method("DELETE", HttpRequest.BodyPublishers.ofString("file.txt")));
    assertThat(del.statusCode()).isEqualTo(200);
    assertThat(new String(del.body(), UTF_8)).isEqualTo("file.txt");
  }
}
