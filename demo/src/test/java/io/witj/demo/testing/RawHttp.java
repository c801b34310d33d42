package io.witj.demo.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection driven byte by byte: for keep-alive checks and requests the JDK client
 * will not send (hop-by-hop headers, malformed paths, raw non-ASCII header bytes, a length that is
 * never followed by a body). Reads responses framed by {@code Content-Length}.
 */
public final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  public RawHttp(InetSocketAddress address) throws IOException {
    socket = new Socket();
    socket.connect(address, 10_000);
    socket.setSoTimeout(30_000);
    socket.setTcpNoDelay(true);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  /** A response: status, headers by lower-case name, body. */
  public record Response(int status, Map<String, List<String>> headers, byte[] body) {
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header as UTF-8 (the bytes on the wire). */
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : values.get(0);
    }
  }

  /** Sends {@code request} (head and body as given) and reads one response. */
  public Response send(byte[] request, boolean headRequest) throws IOException {
    out.write(request);
    out.flush();
    return read(headRequest);
  }

  public Response send(String request) throws IOException {
    return send(request.getBytes(StandardCharsets.UTF_8), request.startsWith("HEAD "));
  }

  /** {@code GET path} with {@code Host} and the given extra header lines. */
  public Response get(String path, String... headerLines) throws IOException {
    StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n");
    request.append("Host: test\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    return send(request.append("\r\n").toString());
  }

  private Response read(boolean headRequest) throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    int status = Integer.parseInt(parts[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String line = line(); !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      headers
          .computeIfAbsent(
              line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    int length = 0;
    if (!headRequest && status != 204 && status != 304 && headers.containsKey("content-length")) {
      length = Integer.parseInt(headers.get("content-length").get(0));
    }
    return new Response(status, headers, in.readNBytes(length));
  }

  /** One CRLF-terminated line, decoded as UTF-8. */
  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("connection closed by the server");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  /** Whether the server closed the connection (reads end of stream). */
  public boolean closedByServer() throws IOException {
    try {
      return in.read() < 0;
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
