package io.witj.demo.kv;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Opens the backend a key/value URL names. */
public final class KeyValueBackends {
  /** The URL of the default backend. */
  public static final String DEFAULT_URL = "memory:";

  /** What every URL form looks like, for messages and help. */
  public static final String FORMS = "memory:, file:DIR or redis://[user:password@]host:port[/db]";

  /** Connect and command timeout of Redis backends. */
  public static final Duration REDIS_TIMEOUT = Duration.ofSeconds(2);

  /** Connections a Redis backend keeps at most (one per busy guest instance). */
  public static final int REDIS_CONNECTIONS = 64;

  private KeyValueBackends() {}

  /**
   * The backend of {@code url}: {@code memory:} (the default; stores in this JVM), {@code file:DIR}
   * (a directory, created when missing) or {@code redis://[user:password@]host:port[/db]} (a Redis
   * server; connections are made on first use).
   *
   * @throws IllegalArgumentException for anything else, with a message saying what is wrong
   */
  public static KeyValueBackend open(String url) {
    if (url.equals("memory:") || url.equals("memory")) {
      return new MemoryBackend();
    }
    if (url.startsWith("file:")) {
      String dir = url.substring("file:".length());
      if (dir.startsWith("//")) {
        dir = URI.create(url).getPath();
      }
      if (dir.isEmpty()) {
        throw new IllegalArgumentException("key/value URL '" + url + "' names no directory");
      }
      return new FileBackend(Path.of(dir));
    }
    if (url.startsWith("redis://")) {
      return new RedisBackend(redisSettings(url));
    }
    throw new IllegalArgumentException("unknown key/value URL '" + url + "': use " + FORMS);
  }

  static RedisBackend.Settings redisSettings(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("malformed Redis URL '" + url + "': " + e.getReason());
    }
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException(
          "Redis URL '" + url + "' needs a host and a port: redis://host:port");
    }
    @Nullable String user = null;
    @Nullable String password = null;
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      String rawUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
      user = rawUser.isEmpty() ? null : decode(rawUser);
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    int database = 0;
    String path = uri.getPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      try {
        database = Integer.parseInt(path.substring(1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Redis URL '" + url + "': the path must be a database number, not '" + path + "'");
      }
    }
    return new RedisBackend.Settings(
        uri.getHost(), uri.getPort(), user, password, database, REDIS_TIMEOUT, REDIS_CONNECTIONS);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
