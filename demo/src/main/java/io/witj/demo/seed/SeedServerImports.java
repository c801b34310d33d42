package io.witj.demo.seed;

import io.witj.demo.http.HttpMethod;
import io.witj.demo.http.RouteTable;
import io.witj.demo.seed.bindings.HttpServer;
import io.witj.demo.seed.bindings.HttpTypes;
import io.witj.runtime.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The 2022 {@code http-server} interface on one instance. A router is a value: {@code get}, {@code
 * put}, {@code post} and {@code delete} return a new router holding one more route (checked as the
 * server's {@link RouteTable} checks routes; a bad one is {@code invalid-url}). {@code serve},
 * allowed once and only during set-up, takes a snapshot of the routes and notes the address the
 * guest asked for; the host serves where its own options say, and dropping the server handle (which
 * these guests do at once) stops nothing. Routers and servers the guest holds are counted.
 */
final class SeedServerImports implements HttpServer {
  /** A route as the guest declared it. */
  private record Declared(HttpMethod method, String pattern, String handler) {}

  private final AtomicInteger live = new AtomicInteger();
  private boolean settingUp;
  private @Nullable RouteTable served;
  private @Nullable String requestedAddress;

  /** Allows {@code serve} until {@link #endSetup}. */
  void beginSetup() {
    settingUp = true;
  }

  /** Ends set-up; the routes {@code serve} took, if it was called. */
  Optional<RouteTable> endSetup() {
    settingUp = false;
    return Optional.ofNullable(served);
  }

  /** The address the guest passed to {@code serve}, if it called it. */
  Optional<String> requestedAddress() {
    return Optional.ofNullable(requestedAddress);
  }

  /** Routers and servers the guest has and has not dropped. */
  int live() {
    return live.get();
  }

  @Override
  public Result<Router, HttpTypes.HttpRouterError> routerNew() {
    return Result.ok(new SeedRouter("", List.of()));
  }

  @Override
  public Result<Router, HttpTypes.HttpRouterError> routerNewWithBase(String base) {
    return Result.ok(new SeedRouter(base, List.of()));
  }

  @Override
  public Result<Server, HttpTypes.HttpRouterError> serverServe(String address, Router router) {
    if (!settingUp) {
      return Result.err(
          new HttpTypes.HttpRouterError.UnexpectedError("serve is only allowed during main"));
    }
    if (served != null) {
      return Result.err(new HttpTypes.HttpRouterError.UnexpectedError("serve was already called"));
    }
    served = table(((SeedRouter) router).routes);
    requestedAddress = address;
    return Result.ok(new SeedServer());
  }

  private static RouteTable table(List<Declared> routes) {
    RouteTable.Builder table = RouteTable.builder();
    routes.forEach(r -> table.add(r.method(), r.pattern(), r.handler()));
    return table.build();
  }

  private final class SeedRouter implements Router {
    private final String base;
    private final List<Declared> routes;
    private boolean closed;

    SeedRouter(String base, List<Declared> routes) {
      this.base = base;
      this.routes = routes;
      live.incrementAndGet();
    }

    private Result<Router, HttpTypes.HttpRouterError> with(
        HttpMethod method, String route, String handler) {
      List<Declared> more = new ArrayList<>(routes);
      more.add(new Declared(method, base + route, handler));
      try {
        table(more);
      } catch (IllegalArgumentException e) {
        return Result.err(new HttpTypes.HttpRouterError.InvalidUrl(String.valueOf(e.getMessage())));
      }
      return Result.ok(new SeedRouter(base, List.copyOf(more)));
    }

    @Override
    public Result<Router, HttpTypes.HttpRouterError> get(String route, String handler) {
      return with(HttpMethod.GET, route, handler);
    }

    @Override
    public Result<Router, HttpTypes.HttpRouterError> put(String route, String handler) {
      return with(HttpMethod.PUT, route, handler);
    }

    @Override
    public Result<Router, HttpTypes.HttpRouterError> post(String route, String handler) {
      return with(HttpMethod.POST, route, handler);
    }

    @Override
    public Result<Router, HttpTypes.HttpRouterError> delete(String route, String handler) {
      return with(HttpMethod.DELETE, route, handler);
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        live.decrementAndGet();
      }
    }
  }

  private final class SeedServer implements Server {
    private boolean closed;

    SeedServer() {
      live.incrementAndGet();
    }

    @Override
    public Result<Void, HttpTypes.HttpRouterError> stop() {
      return Result.err(
          new HttpTypes.HttpRouterError.UnexpectedError(
              "the demo host stops serving when it is stopped itself"));
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        live.decrementAndGet();
      }
    }
  }
}
