package io.witj.runtime.component;

import io.witj.runtime.StringEncoding;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The options of a {@code canon lift} or {@code canon lower} (Binary.md {@code canonopt}): the
 * string encoding and the core memory, allocator and post-return function the Canonical ABI uses
 * for it. {@code async} and {@code callback} are not supported and rejected when read.
 *
 * @param encoding the string encoding (UTF-8 when the option is absent)
 * @param memory the memory values are lifted from and lowered into, or null
 * @param realloc the {@code cabi_realloc}-typed allocator, or null
 * @param postReturn the post-return function (lifts only), or null
 */
public record CanonOptions(
    StringEncoding encoding,
    @Nullable CoreItem memory,
    @Nullable CoreItem realloc,
    @Nullable CoreItem postReturn) {
  /** Checks the encoding. */
  public CanonOptions {
    Objects.requireNonNull(encoding, "encoding");
  }
}
