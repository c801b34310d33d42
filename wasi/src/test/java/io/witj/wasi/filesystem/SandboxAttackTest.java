package io.witj.wasi.filesystem;

import static com.google.common.truth.Truth.assertThat;

import io.witj.runtime.Result;
import io.witj.wasi.bindings.filesystem.Types;
import io.witj.wasi.bindings.filesystem.Types.DescriptorFlags;
import io.witj.wasi.bindings.filesystem.Types.ErrorCode;
import io.witj.wasi.bindings.filesystem.Types.OpenFlags;
import io.witj.wasi.bindings.filesystem.Types.PathFlags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way out of a granted directory, tried through the {@code wasi:filesystem} API the guest
 * calls: {@code ..}, absolute paths, symbolic links (the host's and the guest's own, as the last
 * component and in the middle of a path), hard links, renames, and a directory swapped for a link
 * after it was opened. Each is refused, and afterwards nothing outside the grant was read, written,
 * created or removed.
 */
class SandboxAttackTest {
  private static final Set<PathFlags> FOLLOW = EnumSet.of(PathFlags.SYMLINK_FOLLOW);
  private static final Set<PathFlags> NOFOLLOW = EnumSet.noneOf(PathFlags.class);
  private static final Set<OpenFlags> NONE = EnumSet.noneOf(OpenFlags.class);
  private static final Set<DescriptorFlags> READ = EnumSet.of(DescriptorFlags.READ);
  private static final Set<DescriptorFlags> WRITE =
      EnumSet.of(DescriptorFlags.READ, DescriptorFlags.WRITE);

  @TempDir Path temp;
  private Path outside;
  private Path granted;
  private Types.Descriptor root;
  private String before;

  @BeforeEach
  void grant() throws IOException {
    outside = Files.createDirectory(temp.resolve("outside"));
    Files.writeString(outside.resolve("secret"), "top secret");
    Files.createDirectory(outside.resolve("dir"));
    granted = Files.createDirectory(temp.resolve("granted"));
    Files.writeString(granted.resolve("file"), "mine");
    Files.createDirectory(granted.resolve("sub"));
    Files.createSymbolicLink(granted.resolve("evil"), Path.of("../outside/secret"));
    Files.createSymbolicLink(granted.resolve("evildir"), Path.of("../outside"));
    Files.createSymbolicLink(granted.resolve("absolute"), outside.resolve("secret"));
    Files.createSymbolicLink(granted.resolve("sub/up"), Path.of("../../outside"));
    root = open(granted, true);
    before = snapshot(outside);
  }

  private static Types.Descriptor open(Path dir, boolean writable) throws IOException {
    FilesystemInterfaces fs =
        new FilesystemInterfaces(List.of(new FilesystemInterfaces.Grant(dir, "/", writable)), 42);
    return fs.getDirectories().get(0).t0();
  }

  @AfterEach
  void nothingOutsideChanged() throws IOException {
    assertThat(snapshot(outside)).isEqualTo(before);
  }

  /** Names, sizes, contents, link counts and modification times of everything under {@code dir}. */
  private static String snapshot(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted().toList()) {
        sb.append(dir.relativize(p))
            .append(' ')
            .append(Files.getAttribute(p, "unix:nlink"))
            .append(' ')
            .append(((FileTime) Files.getAttribute(p, "lastModifiedTime")).toMillis());
        if (Files.isRegularFile(p)) {
          sb.append(' ').append(Files.readString(p));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static ErrorCode error(Result<?, ErrorCode> result) {
    assertThat(result.isErr()).isTrue();
    return result.unwrapErr();
  }

  private Result<Types.Descriptor, ErrorCode> openAt(
      Set<PathFlags> pathFlags, String path, Set<OpenFlags> open, Set<DescriptorFlags> flags) {
    return root.openAt(pathFlags, path, open, flags);
  }

  @Test
  void dotDotIsRefusedAtTheRoot() {
    assertThat(error(openAt(FOLLOW, "../outside/secret", NONE, READ)))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(openAt(FOLLOW, "sub/../../outside/secret", NONE, READ)))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(openAt(FOLLOW, "..", NONE, READ))).isEqualTo(ErrorCode.NOT_PERMITTED);
    // .. that stays inside is fine
    assertThat(openAt(FOLLOW, "sub/../file", NONE, READ).isOk()).isTrue();
    assertThat(error(root.statAt(NOFOLLOW, "../outside"))).isEqualTo(ErrorCode.NOT_PERMITTED);
  }

  @Test
  void aSubdirectoryIsACapabilityForItsOwnTreeOnly() {
    Types.Descriptor sub = openAt(NOFOLLOW, "sub", NONE, READ).unwrap();
    assertThat(error(sub.openAt(NOFOLLOW, "../file", NONE, READ)))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(sub.statAt(FOLLOW, "up"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(sub.statAt(NOFOLLOW, "up").unwrap().type())
        .isEqualTo(Types.DescriptorType.SYMBOLIC_LINK);
  }

  @Test
  void absolutePathsAreRefused() {
    assertThat(error(openAt(FOLLOW, outside.resolve("secret").toString(), NONE, READ)))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(openAt(FOLLOW, "/etc/passwd", NONE, READ))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.statAt(FOLLOW, "/"))).isEqualTo(ErrorCode.NOT_PERMITTED);
  }

  @Test
  void symbolicLinksOutAreRefused() {
    // followed as the last component
    assertThat(error(openAt(FOLLOW, "evil", NONE, READ))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(openAt(FOLLOW, "absolute", NONE, READ))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.statAt(FOLLOW, "evil"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    // not followed: a link cannot be opened
    assertThat(error(openAt(NOFOLLOW, "evil", NONE, READ))).isEqualTo(ErrorCode.LOOP);
    // in the middle of a path, whatever the flags say about the last component
    assertThat(error(openAt(NOFOLLOW, "evildir/secret", NONE, READ)))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(openAt(FOLLOW, "sub/up/secret", NONE, READ)))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.statAt(NOFOLLOW, "evildir/dir"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.createDirectoryAt("evildir/planted"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.unlinkFileAt("evildir/secret"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    // readlink reveals the text of the link, not what it points to
    assertThat(root.readlinkAt("evil").unwrap()).isEqualTo("../outside/secret");
  }

  @Test
  void linksTheGuestMakesCannotLeadOut() {
    assertThat(error(root.symlinkAt(outside.resolve("secret").toString(), "mine")))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(root.symlinkAt("../outside/secret", "sneaky").isOk()).isTrue();
    assertThat(error(openAt(FOLLOW, "sneaky", NONE, READ))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(root.symlinkAt("sub/../..", "loop-out").isOk()).isTrue();
    assertThat(error(openAt(FOLLOW, "loop-out/outside/secret", NONE, READ)))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(root.symlinkAt("a", "b").isOk()).isTrue();
    assertThat(root.symlinkAt("b", "a").isOk()).isTrue();
    assertThat(error(openAt(FOLLOW, "a", NONE, READ))).isEqualTo(ErrorCode.LOOP);
  }

  @Test
  void hardLinksCannotReachOut() throws IOException {
    assertThat(error(root.linkAt(NOFOLLOW, "../outside/secret", root, "copy")))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.linkAt(FOLLOW, "evil", root, "copy"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.linkAt(NOFOLLOW, "evildir/secret", root, "copy")))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.linkAt(NOFOLLOW, "file", root, "../outside/planted")))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.linkAt(NOFOLLOW, "file", root, "evildir/planted")))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(Files.exists(granted.resolve("copy"))).isFalse();
  }

  @Test
  void renamesCannotMoveAcrossTheBoundary() {
    assertThat(error(root.renameAt("file", root, "../outside/stolen")))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.renameAt("file", root, "evildir/stolen")))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.renameAt("../outside/secret", root, "mine")))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.renameAt("evildir/secret", root, "mine")))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    // renaming the link itself is fine: it stays a link, inside, and its text now names a path
    // inside (sub/../outside/secret), which does not exist
    assertThat(root.renameAt("evil", root, "sub/evil2").isOk()).isTrue();
    assertThat(error(openAt(FOLLOW, "sub/evil2", NONE, READ))).isEqualTo(ErrorCode.NO_ENTRY);
  }

  @Test
  void everyOtherOperationStaysInside() {
    assertThat(error(root.createDirectoryAt("../planted"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.unlinkFileAt("../outside/secret"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.removeDirectoryAt("../outside/dir"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(
            error(
                root.setTimesAt(
                    FOLLOW, "evil", new Types.NewTimestamp.Now(), new Types.NewTimestamp.Now())))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.metadataHashAt(FOLLOW, "evil"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(root.readlinkAt("../outside/secret"))).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(openAt(FOLLOW, "../outside/new", EnumSet.of(OpenFlags.CREATE), WRITE)))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
  }

  @Test
  void aDirectorySwappedForALinkAfterOpeningIsNotFollowed() throws IOException {
    Types.Descriptor sub = openAt(NOFOLLOW, "sub", NONE, READ).unwrap();
    Path subdir = granted.resolve("sub");
    Files.delete(subdir.resolve("up"));
    Files.delete(subdir);
    Files.createSymbolicLink(subdir, outside);
    assertThat(error(sub.openAt(NOFOLLOW, "secret", NONE, READ)))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(error(sub.readDirectory())).isEqualTo(ErrorCode.NOT_PERMITTED);
  }

  @Test
  void aReadOnlyGrantRefusesEveryChange() throws IOException {
    Types.Descriptor readOnly = open(granted, false);
    assertThat(readOnly.getFlags().unwrap()).containsExactly(DescriptorFlags.READ);
    assertThat(error(readOnly.openAt(NOFOLLOW, "file", NONE, WRITE)))
        .isEqualTo(ErrorCode.READ_ONLY);
    assertThat(error(readOnly.openAt(NOFOLLOW, "new", EnumSet.of(OpenFlags.CREATE), READ)))
        .isEqualTo(ErrorCode.READ_ONLY);
    assertThat(error(readOnly.openAt(NOFOLLOW, "file", EnumSet.of(OpenFlags.TRUNCATE), READ)))
        .isEqualTo(ErrorCode.READ_ONLY);
    assertThat(error(readOnly.createDirectoryAt("d"))).isEqualTo(ErrorCode.READ_ONLY);
    assertThat(error(readOnly.unlinkFileAt("file"))).isEqualTo(ErrorCode.READ_ONLY);
    assertThat(error(readOnly.removeDirectoryAt("sub"))).isEqualTo(ErrorCode.READ_ONLY);
    assertThat(error(readOnly.renameAt("file", readOnly, "moved"))).isEqualTo(ErrorCode.READ_ONLY);
    assertThat(error(readOnly.symlinkAt("file", "l"))).isEqualTo(ErrorCode.READ_ONLY);
    assertThat(error(readOnly.linkAt(NOFOLLOW, "file", readOnly, "l")))
        .isEqualTo(ErrorCode.READ_ONLY);
    // a writable grant cannot make a read-only one a target
    assertThat(error(root.renameAt("file", readOnly, "moved"))).isEqualTo(ErrorCode.READ_ONLY);
    Types.Descriptor file = readOnly.openAt(NOFOLLOW, "file", NONE, READ).unwrap();
    assertThat(error(file.write("x".getBytes(StandardCharsets.UTF_8), 0)))
        .isEqualTo(ErrorCode.BAD_DESCRIPTOR);
    assertThat(error(file.setSize(0))).isEqualTo(ErrorCode.BAD_DESCRIPTOR);
    assertThat(new String(file.read(100, 0).unwrap().t0(), StandardCharsets.UTF_8))
        .isEqualTo("mine");
    assertThat(Files.readString(granted.resolve("file"))).isEqualTo("mine");
    assertThat(Files.exists(granted.resolve("d"))).isFalse();
  }
}
