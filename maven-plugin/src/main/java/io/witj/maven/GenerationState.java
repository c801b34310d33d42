package io.witj.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one goal execution generated last time, kept in {@code target/witj/<goal>/<executionId>/}:
 * the witj version, the fingerprint of all inputs, the world, and every file witj wrote (so that it
 * can tell when it is up to date and delete only its own stale files). A run that starts writing
 * first records a state whose fingerprint is {@link #PENDING} (listing old and new files), and
 * records the real fingerprint only after everything was written; both writes are atomic, so a
 * failed or killed run leaves a state that is never up to date.
 *
 * @param version the witj version that wrote it
 * @param fingerprint the inputs' fingerprint, or {@link #PENDING} while a run is writing
 * @param world the world generated
 * @param files every file written, by path
 */
record GenerationState(
    String version, String fingerprint, String world, Map<String, OutputFile> files) {

  static final String PENDING = "pending";
  private static final String FILE_NAME = "state.txt";
  private static final String HEADER = "witj-state 1";

  GenerationState {
    files = Map.copyOf(files);
  }

  /** The state file in {@code dir}. */
  static Path file(Path dir) {
    return dir.resolve(FILE_NAME);
  }

  /** The state recorded in {@code dir}; empty when there is none or it is unreadable. */
  static Optional<GenerationState> read(Path dir) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file(dir), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.size() < 4 || !lines.get(0).equals(HEADER)) {
      return Optional.empty();
    }
    String version = value(lines.get(1), "version ");
    String fingerprint = value(lines.get(2), "fingerprint ");
    String world = value(lines.get(3), "world ");
    Map<String, OutputFile> files = new LinkedHashMap<>();
    for (String line : lines.subList(4, lines.size())) {
      String[] parts = line.split(" ", 4);
      if (parts.length != 4 || !parts[0].equals("file")) {
        return Optional.empty();
      }
      try {
        files.put(parts[3], new OutputFile(parts[3], Long.parseLong(parts[1]), parts[2]));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (version == null || fingerprint == null || world == null) {
      return Optional.empty();
    }
    return Optional.of(new GenerationState(version, fingerprint, world, files));
  }

  /** Writes this state into {@code dir} atomically (a reader sees the old or the new state). */
  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("version ").append(version).append('\n');
    text.append("fingerprint ").append(fingerprint).append('\n');
    text.append("world ").append(world).append('\n');
    for (OutputFile f : files.values()) {
      text.append("file ").append(f.size()).append(' ').append(f.sha256()).append(' ');
      text.append(f.path()).append('\n');
    }
    Path temp = dir.resolve(FILE_NAME + ".tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    try {
      Files.move(
          temp, file(dir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file(dir), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Whether every recorded file is still there with its recorded size (no content is read). */
  boolean outputsPresent(Path basedir) {
    for (OutputFile f : files.values()) {
      Path path = basedir.resolve(f.path());
      try {
        if (Files.size(path) != f.size()) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  /**
   * The files of every other execution's state below {@code stateRoot} ({@code target/witj})
   * written by witj {@code version}. States of another version are left out: their execution
   * regenerates everything when it runs, so their recorded content says nothing about this build
   * (after an upgrade without {@code clean}, every file differs in its header).
   */
  static Map<String, List<OutputFile>> filesOfOtherExecutions(
      Path stateRoot, Path ownDir, String version) throws IOException {
    Map<String, List<OutputFile>> byExecution = new LinkedHashMap<>();
    if (!Files.isDirectory(stateRoot)) {
      return byExecution;
    }
    List<Path> dirs = new ArrayList<>();
    try (var goals = Files.list(stateRoot)) {
      for (Path goal : goals.sorted().toList()) {
        if (Files.isDirectory(goal)) {
          try (var executions = Files.list(goal)) {
            executions.filter(Files::isDirectory).sorted().forEach(dirs::add);
          }
        }
      }
    }
    for (Path dir : dirs) {
      if (!dir.equals(ownDir)) {
        Optional<GenerationState> state = read(dir);
        if (state.isPresent() && state.get().version().equals(version)) {
          String name = stateRoot.relativize(dir).toString().replace('\\', '/');
          byExecution.put(name, List.copyOf(state.get().files().values()));
        }
      }
    }
    return byExecution;
  }

  private static @Nullable String value(String line, String key) {
    return line.startsWith(key) ? line.substring(key.length()) : null;
  }
}
