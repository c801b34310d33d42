package io.witj.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Says loudly when the wit-bindgen fixture suite did not run: the fixtures directory (system
 * property {@code witj.fixtures}) is absent, so the {@code wit-bindgen-fixtures} profile generated
 * nothing. When the fixtures are present, checks that the suite was built (the profile looks for
 * them at {@code ../shared}, so a {@code witj.shared} elsewhere needs {@code
 * -Pwit-bindgen-fixtures}).
 */
class FixturesPresenceTest {
  private static final String SUITE = "io.witj.it.fixtures.FixtureSuiteTest";

  @Test
  void fixtureSuiteIsBuiltWhenFixturesExist() {
    String property = System.getProperty("witj.fixtures", "");
    if (!Files.isDirectory(Path.of(property))) {
      System.err.println(
          "*** SKIPPED wit-bindgen fixture suite: fixtures not found (witj.fixtures="
              + property
              + ")");
      Assumptions.abort("fixtures not found: witj.fixtures=" + property);
    }
    try {
      Class.forName(SUITE);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(
          "fixtures exist at "
              + property
              + " but the suite was not built: run with"
              + " -Pwit-bindgen-fixtures",
          e);
    }
  }
}
