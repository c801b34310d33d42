package io.witj.demo.guest;

import io.witj.demo.http.DemoHttpServer;
import io.witj.demo.http.RouteTable;
import io.witj.demo.http.ServerConfig;
import io.witj.demo.pool.InstancePool;
import io.witj.demo.pool.Instances;
import io.witj.demo.pool.PerRequestInstances;
import java.io.IOException;

/**
 * Serves an http guest: binds the server, lets a set-up instance declare the routes (and closes
 * it), then serves them with instances from a pool or one per request.
 */
public final class GuestServer {
  private GuestServer() {}

  /**
   * Starts serving {@code guest}; the caller closes the returned server.
   *
   * @throws GuestSetupException when the guest's set-up fails
   * @throws RuntimeException when the guest traps during set-up or cannot be instantiated
   */
  public static DemoHttpServer start(HttpGuest guest, ServerConfig config, Serving serving)
      throws IOException, GuestSetupException {
    DemoHttpServer server = DemoHttpServer.bind(config);
    try {
      RouteTable routes;
      try (HttpGuestInstance setup = guest.newInstance()) {
        routes = setup.declareRoutes(server.hostAndPort());
      }
      Instances<HttpGuestInstance> instances;
      if (serving.perRequest()) {
        instances = new PerRequestInstances<>(guest::newInstance);
      } else {
        InstancePool<HttpGuestInstance> pool =
            new InstancePool<>(guest::newInstance, serving.poolSize(), serving.instanceWait());
        pool.prewarm(serving.poolSize());
        instances = pool;
      }
      server.start(routes, new GuestDispatcher(instances, serving.timeout()));
      return server;
    } catch (GuestSetupException | RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }
}
