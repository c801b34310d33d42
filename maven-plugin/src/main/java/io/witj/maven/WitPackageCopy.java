package io.witj.maven;

import io.witj.parser.diag.SourceFile;
import io.witj.parser.model.PackageName;
import java.util.List;

/**
 * One WIT package found in an artifact under {@code META-INF/wit/<ns>/<name>[@<version>]/}.
 *
 * @param artifact coordinates of the artifact that carries it
 * @param name the package named by the directory
 * @param files its {@code .wit} files, shown as {@code <artifact>!/META-INF/wit/…}
 * @param sha256 the hash of its paths and contents (equal for identical copies)
 */
record WitPackageCopy(String artifact, PackageName name, List<SourceFile> files, String sha256) {
  WitPackageCopy {
    files = List.copyOf(files);
  }

  /** {@code ns:name}, the package without its version. */
  String unversioned() {
    return name.namespace() + ":" + name.name();
  }
}
