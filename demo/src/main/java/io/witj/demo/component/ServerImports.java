package io.witj.demo.component;

import io.witj.demo.bindings.witj_demo.http.Server;
import io.witj.demo.bindings.witj_demo.http.Types;
import io.witj.demo.http.RouteTable;
import io.witj.runtime.Result;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The guest's {@code witj-demo:http/server} imports on one instance: routers collect routes in a
 * {@link RouteTable.Builder} (malformed or clashing routes are {@code invalid-route} errors), and
 * {@code serve}, allowed once and only during set-up, takes the snapshot the server will serve.
 */
final class ServerImports implements Server {
  private @Nullable String setupAddress;
  private @Nullable RouteTable served;

  /** Allows {@code serve} until {@link #endSetup}; it will answer {@code address}. */
  void beginSetup(String address) {
    this.setupAddress = address;
  }

  /** Ends set-up; returns the routes {@code serve} took, if it was called. */
  Optional<RouteTable> endSetup() {
    setupAddress = null;
    return Optional.ofNullable(served);
  }

  @Override
  public Router newRouter() {
    return new Routes();
  }

  @Override
  public Result<String, Types.HttpError> serve(Router routes) {
    String address = setupAddress;
    if (address == null) {
      return Result.err(new Types.HttpError.ServerError("serve is only allowed during app.init"));
    }
    if (served != null) {
      return Result.err(new Types.HttpError.ServerError("serve was already called"));
    }
    served = ((Routes) routes).table.build();
    return Result.ok(address);
  }

  private static final class Routes implements Router {
    final RouteTable.Builder table = RouteTable.builder();

    @Override
    public Result<Void, Types.HttpError> route(
        Types.Method method, String pattern, String handler) {
      try {
        table.add(HttpConversions.method(method), pattern, handler);
        return Result.ok();
      } catch (IllegalArgumentException e) {
        return Result.err(new Types.HttpError.InvalidRoute(String.valueOf(e.getMessage())));
      }
    }
  }
}
