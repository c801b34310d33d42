package io.witj.it.seed;

import io.witj.runtime.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A host of the 2022 {@code http-server} interface for the seed tests that serves nothing: it keeps
 * what the guest asks for (routes, the address) and counts the routers and servers the guest still
 * holds. {@code router.get(…)} and friends return a new router, as Spiderlightning's did; {@code
 * serve} takes a snapshot of the routes, since the guest drops its router right after.
 */
final class RecordingHttpServer implements HttpServer {
  /** A route: method, path and the handler's name as the guest wrote it. */
  record Route(String method, String path, String handler) {}

  String address;
  List<Route> served;
  int live;

  @Override
  public Result<Router, HttpTypes.HttpRouterError> routerNew() {
    return Result.ok(new RouterImpl(List.of()));
  }

  @Override
  public Result<Router, HttpTypes.HttpRouterError> routerNewWithBase(String base) {
    return Result.err(new HttpTypes.HttpRouterError.UnexpectedError("not used by the seed"));
  }

  @Override
  public Result<Server, HttpTypes.HttpRouterError> serverServe(String address, Router router) {
    this.address = address;
    this.served = ((RouterImpl) router).routes;
    live++;
    return Result.ok(
        new Server() {
          @Override
          public Result<Void, HttpTypes.HttpRouterError> stop() {
            return Result.ok(null);
          }

          @Override
          public void close() {
            live--;
          }
        });
  }

  private final class RouterImpl implements Router {
    final List<Route> routes;

    RouterImpl(List<Route> routes) {
      this.routes = routes;
      live++;
    }

    private Result<Router, HttpTypes.HttpRouterError> with(String method, String route, String h) {
      List<Route> more = new ArrayList<>(routes);
      more.add(new Route(method, route, h));
      return Result.ok(new RouterImpl(List.copyOf(more)));
    }

    @Override
    public Result<Router, HttpTypes.HttpRouterError> get(String route, String handler) {
      return with("GET", route, handler);
    }

    @Override
    public Result<Router, HttpTypes.HttpRouterError> put(String route, String handler) {
      return with("PUT", route, handler);
    }

    @Override
    public Result<Router, HttpTypes.HttpRouterError> post(String route, String handler) {
      return with("POST", route, handler);
    }

    @Override
    public Result<Router, HttpTypes.HttpRouterError> delete(String route, String handler) {
      return with("DELETE", route, handler);
    }

    @Override
    public void close() {
      live--;
    }
  }
}
