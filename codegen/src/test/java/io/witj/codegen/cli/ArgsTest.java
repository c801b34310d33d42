package io.witj.codegen.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
  private static final Set<String> VALUES = Set.of("--features");
  private static final Set<String> FLAGS = Set.of("--help");

  @Test
  void separatesOptionsFromPositionals() throws UsageException {
    Args args =
        Args.parse(
            List.of("a", "--features", "x,y", "--help", "--features=z", "--", "--b"),
            VALUES,
            FLAGS);
    assertThat(args.positional()).containsExactly("a", "--b").inOrder();
    assertThat(args.values("--features")).containsExactly("x,y", "z").inOrder();
    assertThat(args.has("--help")).isTrue();
    assertThat(args.has("--other")).isFalse();
  }

  @Test
  void rejectsUnknownOptionsMissingValuesAndValuedFlags() {
    assertThat(assertThrows(UsageException.class, () -> Args.parse(List.of("--x"), VALUES, FLAGS)))
        .hasMessageThat()
        .isEqualTo("unknown option --x");
    assertThat(
            assertThrows(
                UsageException.class, () -> Args.parse(List.of("--features"), VALUES, FLAGS)))
        .hasMessageThat()
        .isEqualTo("option --features needs a value");
    assertThat(
            assertThrows(
                UsageException.class, () -> Args.parse(List.of("--help=1"), VALUES, FLAGS)))
        .hasMessageThat()
        .isEqualTo("option --help takes no value");
  }
}
