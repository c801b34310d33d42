package io.witj.maven;

import io.witj.codegen.OutputDirectory;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Brings the output directories in line with freshly generated files: writes only files whose bytes
 * changed, deletes files this execution wrote last time and no longer generates (unless another
 * execution still claims them), never deletes any other file, and records the new state last. Two
 * executions that would write different bytes to one file are an error, not a silent clobber. As
 * the CLI does ({@link OutputDirectory}), it never writes through a symbolic link that leads
 * outside an output directory (checked for every file before the first is written) and warns before
 * replacing a file that neither witj's header nor a recorded state claims.
 */
final class OutputSync {
  private final Path basedir;
  private final Path stateDir;
  private final Set<Path> roots;
  private final OutputWriter writer;
  private final Consumer<String> warnings;

  /**
   * @param basedir the project's directory, which recorded paths are relative to
   * @param stateDir where this execution's {@link GenerationState} lives
   * @param roots the directories files are written below; directories that removals leave empty are
   *     deleted up to these
   * @param writer how files are written and deleted
   * @param warnings where overwrites of files witj did not write are reported
   */
  OutputSync(
      Path basedir,
      Path stateDir,
      Set<Path> roots,
      OutputWriter writer,
      Consumer<String> warnings) {
    this.basedir = basedir;
    this.stateDir = stateDir;
    this.roots = Set.copyOf(roots);
    this.writer = writer;
    this.warnings = warnings;
  }

  /** Thrown when two executions generate one file with different content. */
  static final class ConflictException extends Exception {
    private static final long serialVersionUID = 1L;

    ConflictException(String message) {
      super(message);
    }
  }

  /**
   * Writes {@code files}, removes the stale files of {@code previous}, and records the state of
   * {@code version}, {@code fingerprint} and {@code world}.
   *
   * @param others the files of every other execution of this project, by execution
   * @throws java.nio.file.FileSystemException naming the link when a planned file's path crosses a
   *     symbolic link that is broken or leads outside its output directory (nothing is written)
   */
  SyncSummary sync(
      List<PlannedFile> files,
      Optional<GenerationState> previous,
      Map<String, List<OutputFile>> others,
      String version,
      String fingerprint,
      String world)
      throws IOException, ConflictException {
    Map<String, OutputFile> manifest = new LinkedHashMap<>();
    Map<String, PlannedFile> planned = new LinkedHashMap<>();
    for (PlannedFile file : files) {
      byte[] content = file.file().content();
      String path = relative(file.target());
      manifest.put(path, new OutputFile(path, content.length, Fingerprint.sha256(content)));
      planned.put(path, file);
    }
    Map<String, String> claimedBy = checkConflicts(manifest, others);
    Map<String, OutputFile> old = previous.map(GenerationState::files).orElse(Map.of());
    for (PlannedFile file : files) {
      new OutputDirectory(file.root()).checkNoLinkOutside(file.file());
    }
    Map<String, OutputFile> pending = new LinkedHashMap<>(old);
    pending.putAll(manifest);
    new GenerationState(version, GenerationState.PENDING, world, pending).write(stateDir);

    int written = 0;
    int unchanged = 0;
    for (Map.Entry<String, PlannedFile> entry : planned.entrySet()) {
      PlannedFile file = entry.getValue();
      if (file.file().isCurrent(file.root())) {
        unchanged++;
      } else {
        if (!old.containsKey(entry.getKey()) && !claimedBy.containsKey(entry.getKey())) {
          new OutputDirectory(file.root()).foreignOverwrite(file.file()).ifPresent(warnings);
        }
        writer.write(file.target(), file.file().content());
        written++;
      }
    }
    int removed = 0;
    for (String path : old.keySet()) {
      if (!manifest.containsKey(path) && !claimedBy.containsKey(path)) {
        Path stale = basedir.resolve(path);
        if (Files.isRegularFile(stale)) {
          writer.delete(stale);
          removed++;
          pruneEmptyParents(stale);
        }
      }
    }
    new GenerationState(version, fingerprint, world, manifest).write(stateDir);
    return new SyncSummary(written, unchanged, removed);
  }

  /**
   * Fails when another execution recorded one of {@code manifest}'s paths with other content;
   * returns every path other executions claim, with the execution's name.
   */
  private static Map<String, String> checkConflicts(
      Map<String, OutputFile> manifest, Map<String, List<OutputFile>> others)
      throws ConflictException {
    Map<String, String> claimedBy = new LinkedHashMap<>();
    List<String> conflicts = new ArrayList<>();
    for (Map.Entry<String, List<OutputFile>> other : others.entrySet()) {
      for (OutputFile theirs : other.getValue()) {
        claimedBy.putIfAbsent(theirs.path(), other.getKey());
        OutputFile ours = manifest.get(theirs.path());
        if (ours != null && !ours.sha256().equals(theirs.sha256())) {
          conflicts.add(theirs.path() + " (also generated by execution " + other.getKey() + ")");
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw new ConflictException(
          "two executions generate different content for the same file; give them different"
              + " outputDirectory values:\n  "
              + String.join("\n  ", conflicts));
    }
    return claimedBy;
  }

  private String relative(Path target) {
    return basedir.relativize(target).toString().replace('\\', '/');
  }

  /** Removes directories left empty below one of {@code roots} (never a root itself). */
  private void pruneEmptyParents(Path file) throws IOException {
    for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
      if (roots.contains(dir) || roots.stream().noneMatch(dir::startsWith)) {
        return;
      }
      try {
        Files.delete(dir);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }
}
