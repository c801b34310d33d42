package io.witj.demo.kv;

import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.jspecify.annotations.Nullable;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Stores in a Redis server ({@code redis://[user:password@]host:port[/db]}) through Jedis: the key
 * {@code k} of store {@code s} is the Redis key {@code s:k} ({@code %} and {@code :} in a store
 * name are written {@code %25} and {@code %3A}, so store names stay isolated), {@link
 * KeyValueStore#keys} walks them with {@code SCAN}, never {@code KEYS}. Connections come from a
 * pool; connecting and every command are bounded by {@link Settings#timeout}. Every Jedis failure
 * becomes a {@link KeyValueException}: connection, authentication, timeout or other.
 */
public final class RedisBackend implements KeyValueBackend {
  /** How to reach the server. */
  public record Settings(
      String host,
      int port,
      @Nullable String user,
      @Nullable String password,
      int database,
      Duration timeout,
      int maxConnections) {}

  private static final int SCAN_COUNT = 500;

  private final Settings settings;
  private final JedisPooled jedis;

  public RedisBackend(Settings settings) {
    this.settings = settings;
    int timeout = (int) settings.timeout().toMillis();
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(timeout)
            .socketTimeoutMillis(timeout)
            .database(settings.database())
            .clientSetInfoConfig(ClientSetInfoConfig.DISABLED);
    if (settings.user() != null) {
      config.user(settings.user());
    }
    if (settings.password() != null) {
      config.password(settings.password());
    }
    GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(settings.maxConnections());
    pool.setMaxIdle(settings.maxConnections());
    pool.setMaxWait(settings.timeout());
    pool.setJmxEnabled(false);
    this.jedis =
        new JedisPooled(new HostAndPort(settings.host(), settings.port()), config.build(), pool);
  }

  @Override
  public KeyValueStore open(String name) {
    return new Store(name);
  }

  @Override
  public String describe() {
    return "redis://" + settings.host() + ":" + settings.port();
  }

  @Override
  public void close() {
    jedis.close();
  }

  /** One Redis command. */
  private interface Command<T> {
    T run();
  }

  private <T> T call(String what, Command<T> command) throws KeyValueException {
    try {
      return command.run();
    } catch (JedisException e) {
      throw failure(what, e);
    } catch (RuntimeException e) {
      // Jedis and commons-pool wrap some failures (e.g. an interrupted pool wait) in other types
      throw new KeyValueException(KeyValueException.Kind.OTHER, message(what, e), e);
    }
  }

  private KeyValueException failure(String what, JedisException e) {
    KeyValueException.Kind kind = KeyValueException.Kind.OTHER;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        kind = KeyValueException.Kind.TIMEOUT;
        break;
      }
      if (t instanceof JedisAccessControlException || isAuthError(t)) {
        kind = KeyValueException.Kind.AUTHENTICATION;
        break;
      }
      if (t instanceof JedisConnectionException) {
        kind = KeyValueException.Kind.CONNECTION;
      }
    }
    return new KeyValueException(kind, message(what, e), e);
  }

  private static boolean isAuthError(Throwable t) {
    if (!(t instanceof JedisDataException) || t.getMessage() == null) {
      return false;
    }
    String m = t.getMessage();
    return m.startsWith("NOAUTH") || m.startsWith("WRONGPASS") || m.startsWith("NOPERM");
  }

  private String message(String what, Throwable e) {
    StringBuilder message = new StringBuilder(what).append(" on ").append(describe()).append(": ");
    message.append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !cause.getMessage().equals(e.getMessage())) {
      message.append(" (").append(cause.getMessage()).append(')');
    }
    return message.toString();
  }

  /** {@code %} and {@code :} of a store name escaped, so that {@code name:} prefixes differ. */
  static String keyPrefix(String store) {
    return store.replace("%", "%25").replace(":", "%3A") + ":";
  }

  /** A glob that matches exactly the keys starting with {@code prefix}. */
  static String globFor(String prefix) {
    StringBuilder glob = new StringBuilder();
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
        glob.append('\\');
      }
      glob.append(c);
    }
    return glob.append('*').toString();
  }

  private final class Store implements KeyValueStore {
    private final String name;
    private final String prefix;

    Store(String name) {
      this.name = name;
      this.prefix = keyPrefix(name);
    }

    @Override
    public String name() {
      return name;
    }

    private byte[] redisKey(String key) {
      return (prefix + key).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<byte[]> get(String key) throws KeyValueException {
      return Optional.ofNullable(call("GET", () -> jedis.get(redisKey(key))));
    }

    @Override
    public void set(String key, byte[] value) throws KeyValueException {
      call("SET", () -> jedis.set(redisKey(key), value));
    }

    @Override
    public void delete(String key) throws KeyValueException {
      call("DEL", () -> jedis.del(redisKey(key)));
    }

    @Override
    public boolean exists(String key) throws KeyValueException {
      return call("EXISTS", () -> jedis.exists(redisKey(key)));
    }

    @Override
    public List<String> keys() throws KeyValueException {
      ScanParams params =
          new ScanParams()
              .match(globFor(prefix).getBytes(StandardCharsets.UTF_8))
              .count(SCAN_COUNT);
      List<String> keys = new ArrayList<>();
      byte[] cursor = ScanParams.SCAN_POINTER_START_BINARY;
      while (true) {
        byte[] from = cursor;
        ScanResult<byte[]> page = call("SCAN", () -> jedis.scan(from, params));
        for (byte[] key : page.getResult()) {
          keys.add(new String(key, StandardCharsets.UTF_8).substring(prefix.length()));
        }
        if (page.isCompleteIteration()) {
          return keys;
        }
        cursor = page.getCursorAsBytes();
      }
    }
  }
}
