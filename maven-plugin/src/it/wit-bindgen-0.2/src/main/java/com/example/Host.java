package com.example;

import com.example.app.App;
import com.example.app.Store;
import com.example.app.exports.Handler;
import io.witj.runtime.Result;

/** Host code against the generated bindings: the import to implement, a handler bound by name. */
public final class Host implements Store {
  @Override
  public Result<Store_2, String> storeOpen(String name) {
    return Result.err("no store " + name);
  }

  /** Calls the guest's handler exported as {@code name}. */
  public static byte[] call(App app, String name, byte[] body) {
    Handler handler = app.handler(name);
    return handler.respond(body).unwrap();
  }

  /** Runs the guest program. */
  public static int run(App app) {
    return app.main();
  }
}
