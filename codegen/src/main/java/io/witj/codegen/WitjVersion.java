package io.witj.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of witj that generates (the Maven project version of this build): part of what
 * decides whether generated sources are up to date, and shown by front ends.
 */
public final class WitjVersion {
  private WitjVersion() {}

  private static final String VERSION = read();

  /** For example {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = WitjVersion.class.getResourceAsStream("witj.properties")) {
      if (in == null) {
        throw new IllegalStateException("witj.properties is missing from the witj-codegen jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
