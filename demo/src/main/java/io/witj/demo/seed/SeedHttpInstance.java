package io.witj.demo.seed;

import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestHttpError;
import io.witj.demo.guest.GuestSetupException;
import io.witj.demo.guest.HttpGuestInstance;
import io.witj.demo.http.HttpRequest;
import io.witj.demo.http.HttpResponse;
import io.witj.demo.http.Route;
import io.witj.demo.http.RouteTable;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.demo.seed.bindings.HttpTypes;
import io.witj.demo.seed.bindings.Spiderlightning;
import io.witj.demo.seed.bindings.exports.HttpHandler;
import io.witj.runtime.GuestLoadException;
import io.witj.runtime.Result;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** One instance of a 2023 http guest. */
final class SeedHttpInstance implements HttpGuestInstance {
  private final SeedKeyvalueImports keyvalue;
  private final SeedServerImports server = new SeedServerImports();
  private final Spiderlightning demo;
  private final BiConsumer<String, String> served;
  private final Map<String, HttpHandler> handlers = new HashMap<>();

  /**
   * @param served told the address the guest asked for and the one it is served on, after set-up
   */
  SeedHttpInstance(GuestCode code, KeyValueBackend backend, BiConsumer<String, String> served) {
    this.keyvalue = new SeedKeyvalueImports(backend);
    this.served = served;
    Spiderlightning.Builder builder =
        Spiderlightning.builder(code.module()).keyvalue(keyvalue).httpServer(server);
    if (code.machineFactory() != null) {
      builder.machineFactory(code.machineFactory());
    }
    this.demo = builder.build();
  }

  /** The export of a route's handler: its name with {@code _} written {@code -}. */
  static String exportName(String handler) {
    return handler.replace('_', '-');
  }

  /**
   * Runs {@code main}; its routes are what it asked to be served. Every route's handler must be an
   * export of the handler's type.
   */
  @Override
  public RouteTable declareRoutes(String address) throws GuestSetupException {
    server.beginSetup();
    int status = demo.main();
    RouteTable routes = server.endSetup().orElse(null);
    if (status != 0) {
      throw new GuestSetupException("the guest's main returned " + status);
    }
    if (routes == null) {
      throw new GuestSetupException("the guest's main returned without calling server::serve");
    }
    for (Route route : routes.routes()) {
      try {
        handler(route.handler());
      } catch (GuestLoadException e) {
        throw new GuestSetupException(
            "route " + route + " has no handler export: " + e.getMessage());
      }
    }
    served.accept(server.requestedAddress().orElseThrow(), address);
    return routes;
  }

  @Override
  public HttpResponse handle(String handlerName, HttpRequest request) throws GuestHttpError {
    Result<HttpTypes.Response, HttpTypes.HttpError> result =
        handler(handlerName).handleHttp(SeedHttpConversions.request(request));
    if (result instanceof Result.Err<HttpTypes.Response, HttpTypes.HttpError> err) {
      throw new GuestHttpError(
          SeedHttpConversions.status(err.error()), SeedHttpConversions.describe(err.error()));
    }
    return SeedHttpConversions.response(result.unwrap());
  }

  private HttpHandler handler(String name) {
    HttpHandler handler = handlers.get(name);
    if (handler == null) {
      handler = demo.httpHandler(exportName(name));
      handlers.put(name, handler);
    }
    return handler;
  }

  /** The guest memory's size in pages (64 KiB). */
  int memoryPages() {
    return demo.instance().memory().pages();
  }

  /** Stores, routers and servers the guest holds: its handle tables' entries. */
  int liveHandles() {
    return keyvalue.live() + server.live();
  }

  @Override
  public void close() {
    demo.close();
  }
}
