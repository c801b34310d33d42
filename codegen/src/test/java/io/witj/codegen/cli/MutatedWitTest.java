package io.witj.codegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.witj.codegen.fuzz.SeededTries;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: {@code witj check}, {@code json} and {@code generate} on mutated WIT end in success or
 * in a diagnostic with a position (exit 1, {@code file:line:col}), never in an internal error (exit
 * 3: an escaping exception or {@code StackOverflowError}). The WIT is the repository's own ({@code
 * wit/}) and the single-file packages of the shared wit-bindgen corpus; each try copies one package
 * and applies one to three mutations to one of its files: bit flips, token deletion, duplication
 * and swaps, truncation, inserted keywords and punctuation, inserted control bytes and invalid
 * UTF-8, types nested thousands deep, and long alias chains. {@code -Dwitj.fuzz.seed}, {@code
 * -Dwitj.fuzz.tries} and {@code -Dwitj.fuzz.replay} as in {@link SeededTries}.
 */
class MutatedWitTest {
  private static final Pattern TOKEN =
      Pattern.compile("//[^\n]*|/\\*.*?\\*/|\\s+|%?[A-Za-z0-9][A-Za-z0-9-]*|\"[^\"\n]*\"|->|.", 32);
  private static final Pattern PRIMITIVE =
      Pattern.compile("u8|u16|u32|u64|s8|s16|s32|s64|f32|f64|bool|char|string");
  private static final Pattern POSITION = Pattern.compile("\\.wit:\\d+:\\d+");
  private static final String[] INSERTS = {
    "package",
    "interface",
    "world",
    "use",
    "type",
    "record",
    "variant",
    "enum",
    "flags",
    "resource",
    "func",
    "static",
    "constructor",
    "import",
    "export",
    "include",
    "with",
    "as",
    "from",
    "own",
    "borrow",
    "list",
    "option",
    "result",
    "tuple",
    "future",
    "stream",
    "async",
    "map",
    "_",
    "{",
    "}",
    "(",
    ")",
    "<",
    ">",
    ",",
    ";",
    ":",
    "->",
    "@",
    "/",
    ".",
    "*",
    "=",
    "%",
    "@since(version = 1.0.0)",
    "@unstable(feature = x)",
    "@deprecated(version = 0.1.0)",
    "0.1.0",
    "%interface",
    "a:b/c@1.0.0",
    "\"str\"",
    "/*",
    "///",
    "\u0000",
    "\u001b[31m",
    "\u202e",
    "\ufeff",
    "\u00e9",
    "\uD83D\uDE80",
  };

  @TempDir Path temp;

  @Test
  void mutatedWitGivesADiagnosticOrSuccessNeverAnInternalError() throws Exception {
    List<Path> sources = sources();
    SeededTries tries = SeededTries.of("MutatedWitTest", 0x3017_0001L, 250);
    Map<String, Integer> outcomes = new TreeMap<>();
    Set<String> unpositioned = new TreeSet<>();
    tries.forEach(
        (random, i) -> {
          Path source = sources.get(random.nextInt(sources.size()));
          Path dir = temp.resolve("t" + i);
          Path input = copy(source, dir.resolve("in"));
          List<Path> files;
          try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(p -> p.toString().endsWith(".wit")).sorted().toList();
          }
          Path victim = files.get(random.nextInt(files.size()));
          byte[] bytes = Files.readAllBytes(victim);
          List<String> how = new ArrayList<>();
          int mutations = random.nextInt(2) == 0 ? 1 : 2 + random.nextInt(2);
          for (int m = 0; m < mutations; m++) {
            bytes = mutate(bytes, random, how);
          }
          Files.write(victim, bytes);
          String what = source.getFileName() + " (" + String.join("; ", how) + ")";
          run(outcomes, unpositioned, what, "check", input.toString());
          run(outcomes, unpositioned, what, "json", input.toString());
          run(
              outcomes,
              unpositioned,
              what,
              "generate",
              "--skip-unsupported",
              "--out",
              dir.resolve("out").toString(),
              input.toString());
        });
    System.out.println("MutatedWitTest: " + sources.size() + " source packages; " + outcomes);
    unpositioned.forEach(e -> System.out.println("  diagnostic without a position: " + e));
  }

  /**
   * Runs one command: exit 0, or exit 1 with a diagnostic (counted apart, and its text kept, when
   * it has no {@code file:line:col}), or the try fails.
   */
  private static void run(
      Map<String, Integer> outcomes, Set<String> unpositioned, String what, String... args) {
    CliRun cli = new CliRun();
    int exit = cli.run(args);
    String err = cli.err();
    String outcome = args[0] + (exit == 0 ? " ok" : " exit " + exit);
    if (exit == 1 && !POSITION.matcher(err).find()) {
      outcome += " (no position)";
      unpositioned.add(err.lines().findFirst().orElse("").replaceAll("/tmp/\\S*/t\\d+/", ""));
    }
    outcomes.merge(outcome, 1, Integer::sum);
    if (exit != 0 && exit != 1 || exit == 1 && err.isBlank()) {
      throw new AssertionError(
          String.join(" ", args) + " of " + what + " exited " + exit + ":\n" + err);
    }
  }

  /** One mutation of {@code bytes}, described in {@code how}. */
  private static byte[] mutate(byte[] bytes, SplittableRandom random, List<String> how) {
    if (bytes.length == 0) {
      how.add("empty");
      return bytes;
    }
    int kind = random.nextInt(9);
    if (kind == 0) {
      byte[] copy = bytes.clone();
      int at = random.nextInt(copy.length);
      copy[at] ^= (byte) (1 << random.nextInt(8));
      how.add("bit flip at " + at);
      return copy;
    }
    if (kind == 1) {
      int at = random.nextInt(bytes.length);
      how.add("truncated to " + at);
      return java.util.Arrays.copyOf(bytes, at);
    }
    List<String> tokens = tokens(new String(bytes, StandardCharsets.UTF_8));
    int at = random.nextInt(tokens.size());
    switch (kind) {
      case 2 -> {
        how.add("token " + at + " deleted");
        tokens.remove(at);
      }
      case 3 -> {
        how.add("token " + at + " duplicated");
        tokens.add(at, tokens.get(at));
      }
      case 4 -> {
        int other = random.nextInt(tokens.size());
        how.add("tokens " + at + " and " + other + " swapped");
        String t = tokens.get(at);
        tokens.set(at, tokens.get(other));
        tokens.set(other, t);
      }
      case 5 -> {
        String insert = INSERTS[random.nextInt(INSERTS.length)];
        how.add("'" + insert.replaceAll("\\p{C}", "?") + "' inserted at token " + at);
        tokens.add(at, " " + insert + " ");
      }
      case 6 -> {
        int depth = new int[] {50, 101, 1_000, 5_000}[random.nextInt(4)];
        String open = new String[] {"list<", "option<", "tuple<u8, ", "result<"}[random.nextInt(4)];
        // in place of a primitive type where there is one, so that the WIT stays valid
        int type = indexOf(tokens, PRIMITIVE, random);
        if (type >= 0) {
          at = type;
          tokens.remove(at);
        }
        how.add("type nested " + depth + " deep (" + open + ") at token " + at);
        tokens.add(at, open.repeat(depth) + "u32" + ">".repeat(depth));
      }
      case 7 -> {
        int length = new int[] {100, 2_000, 10_000}[random.nextInt(3)];
        // at the start of an interface where there is one, so that the WIT stays valid
        int body = indexOf(tokens, Pattern.compile("\\{"), random);
        if (body >= 0 && body > 2 && tokens.get(body - 2).equals("interface")) {
          at = body + 1;
        }
        how.add("alias chain of " + length + " at token " + at);
        StringBuilder chain = new StringBuilder("type zz0 = u32;\n");
        for (int k = 1; k < length; k++) {
          chain.append("type zz").append(k).append(" = zz").append(k - 1).append(";\n");
        }
        tokens.add(at, chain.toString());
      }
      default -> {
        byte[] noise = new byte[1 + random.nextInt(4)];
        for (int k = 0; k < noise.length; k++) {
          noise[k] = (byte) new int[] {0, 7, 0x1b, 0x7f, 0x80, 0xc0, 0xff, 0xfe}[random.nextInt(8)];
        }
        how.add(noise.length + " control or invalid UTF-8 bytes at token " + at);
        tokens.add(at, new String(noise, StandardCharsets.ISO_8859_1));
        return latin1Join(tokens);
      }
    }
    return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
  }

  /** The index of a random token matching {@code pattern}, or -1. */
  private static int indexOf(List<String> tokens, Pattern pattern, SplittableRandom random) {
    List<Integer> matches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (pattern.matcher(tokens.get(i)).matches()) {
        matches.add(i);
      }
    }
    return matches.isEmpty() ? -1 : matches.get(random.nextInt(matches.size()));
  }

  /** Joins tokens, writing the raw bytes of ISO-8859-1 noise unchanged. */
  private static byte[] latin1Join(List<String> tokens) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String t : tokens) {
      boolean raw = t.chars().allMatch(c -> c < 0x100) && t.chars().anyMatch(c -> c >= 0x80);
      byte[] b = t.getBytes(raw ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    if (tokens.isEmpty()) {
      tokens.add("");
    }
    return tokens;
  }

  /** The packages mutated: {@code wit/*} and the corpus's single-file packages. */
  private static List<Path> sources() throws Exception {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> own = Files.list(Path.of("../wit"))) {
      own.filter(Files::isDirectory).sorted().forEach(out::add);
    }
    String corpus = System.getProperty("witj.corpus");
    Path codegenCorpus = corpus == null ? null : Path.of(corpus, "wit-bindgen-codegen");
    if (codegenCorpus != null && Files.isDirectory(codegenCorpus)) {
      try (Stream<Path> files = Files.list(codegenCorpus)) {
        files.filter(p -> p.toString().endsWith(".wit")).sorted().forEach(out::add);
      }
    } else {
      System.err.println(
          "*** MutatedWitTest: the shared corpus is absent ("
              + corpus
              + "); mutating wit/ only (set -Dwitj.corpus)");
    }
    assertEquals(false, out.isEmpty(), "no WIT to mutate");
    return out;
  }

  /** Copies a file or directory to {@code target} (a file keeps its name inside it). */
  private static Path copy(Path source, Path target) throws Exception {
    Files.createDirectories(target);
    if (!Files.isDirectory(source)) {
      Path file = target.resolve(source.getFileName().toString());
      Files.copy(source, file);
      return file;
    }
    try (Stream<Path> walk = Files.walk(source, FileVisitOption.FOLLOW_LINKS)) {
      for (Path p : walk.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }
}
