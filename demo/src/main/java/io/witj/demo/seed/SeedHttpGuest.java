package io.witj.demo.seed;

import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.HttpGuest;
import io.witj.demo.kv.KeyValueBackend;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A 2023 http guest: {@code main} declares the routes and asks to be served on a set-up instance;
 * each route's handler is an export named after it ({@code handle_foo} → {@code handle-foo}), bound
 * at run time on whichever instance serves the request.
 */
final class SeedHttpGuest implements HttpGuest {
  private final GuestCode code;
  private final KeyValueBackend backend;
  private volatile @Nullable String remark;

  SeedHttpGuest(GuestCode code, KeyValueBackend backend) {
    this.code = code;
    this.backend = backend;
  }

  @Override
  public SeedHttpInstance newInstance() {
    return new SeedHttpInstance(code, backend, this::served);
  }

  /** Called by the set-up instance once {@code main} asked to be served. */
  private void served(String requested, String actual) {
    remark =
        "the guest asked to be served on "
            + requested
            + "; the host serves it on "
            + actual
            + " (--port decides)";
  }

  @Override
  public List<String> setupRemarks() {
    String r = remark;
    return r == null ? List.of() : List.of(r);
  }
}
