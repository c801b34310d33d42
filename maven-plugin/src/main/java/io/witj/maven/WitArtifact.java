package io.witj.maven;

import java.nio.file.Path;

/**
 * A dependency of the project that may carry WIT packages: a jar, or the classes directory of a
 * module of the same reactor.
 *
 * @param coordinates {@code groupId:artifactId:version}, shown in messages
 * @param file the jar or directory
 */
record WitArtifact(String coordinates, Path file) {}
