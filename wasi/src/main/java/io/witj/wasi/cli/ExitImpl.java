package io.witj.wasi.cli;

import io.witj.runtime.Result;
import io.witj.wasi.WasiExit;
import io.witj.wasi.bindings.cli.Exit;

/** {@code wasi:cli/exit}: ends the guest with {@link WasiExit} (status 0, 1 or the given code). */
public final class ExitImpl implements Exit {
  @Override
  public void exit(Result<Void, Void> status) {
    throw new WasiExit(status.isOk() ? 0 : 1);
  }

  @Override
  public void exitWithCode(byte statusCode) {
    throw new WasiExit(statusCode & 0xff);
  }
}
