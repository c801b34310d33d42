package io.witj.demo.component;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import io.witj.demo.bindings.exports.witj_demo.http.Handler;
import io.witj.demo.bindings.witj_demo.http.HttpDemo;
import io.witj.demo.bindings.witj_demo.http.Types;
import io.witj.demo.guest.GuestCode;
import io.witj.demo.guest.GuestHttpError;
import io.witj.demo.guest.GuestSetupException;
import io.witj.demo.guest.HttpGuest;
import io.witj.demo.guest.HttpGuestInstance;
import io.witj.demo.http.HttpRequest;
import io.witj.demo.http.HttpResponse;
import io.witj.demo.http.RouteTable;
import io.witj.demo.kv.KeyValueBackend;
import io.witj.runtime.Result;
import java.util.function.Function;

/**
 * An http-demo world guest: {@code app.init} declares the routes on a set-up instance, {@code
 * handler.handle} serves each request on any instance.
 */
final class ComponentHttpGuest implements HttpGuest {
  private final GuestCode code;
  private final KeyValueBackend backend;

  ComponentHttpGuest(GuestCode code, KeyValueBackend backend) {
    this.code = code;
    this.backend = backend;
  }

  @Override
  public HttpGuestInstance newInstance() {
    return new DemoInstance();
  }

  private final class DemoInstance implements HttpGuestInstance {
    private final ServerImports server = new ServerImports();
    private final HttpDemo demo;
    private final Handler handler;

    DemoInstance() {
      HttpDemo.Builder builder =
          HttpDemo.builder(code.module()).store(new StoreImports(backend)).server(server);
      Function<Instance, Machine> machine = code.machineFactory();
      if (machine != null) {
        builder.machineFactory(machine);
      }
      this.demo = builder.build();
      this.handler = demo.handler();
    }

    @Override
    public RouteTable declareRoutes(String address) throws GuestSetupException {
      server.beginSetup(address);
      Result<Void, Types.HttpError> result = demo.app().init();
      RouteTable routes = server.endSetup().orElse(null);
      if (result instanceof Result.Err<Void, Types.HttpError> err) {
        throw new GuestSetupException(
            "the guest's init failed: " + HttpConversions.describe(err.error()));
      }
      if (routes == null) {
        throw new GuestSetupException("the guest's init returned without calling serve");
      }
      return routes;
    }

    @Override
    public HttpResponse handle(String handlerName, HttpRequest request) throws GuestHttpError {
      Result<Types.Response, Types.HttpError> result =
          handler.handle(handlerName, HttpConversions.request(request));
      if (result instanceof Result.Err<Types.Response, Types.HttpError> err) {
        throw new GuestHttpError(
            HttpConversions.status(err.error()), HttpConversions.describe(err.error()));
      }
      return HttpConversions.response(result.unwrap());
    }

    @Override
    public void close() {
      demo.close();
    }
  }
}
