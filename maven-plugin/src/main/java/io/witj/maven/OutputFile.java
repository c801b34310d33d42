package io.witj.maven;

/**
 * A file witj wrote, as recorded in the {@link GenerationState}.
 *
 * @param path relative to the project's base directory, {@code /}-separated
 * @param size its length in bytes
 * @param sha256 the hex SHA-256 of its content
 */
record OutputFile(String path, long size, String sha256) {}
