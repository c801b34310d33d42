package io.witj.demo.guest;

import io.witj.demo.http.HttpRequest;
import io.witj.demo.http.HttpResponse;
import io.witj.demo.http.RouteTable;

/**
 * One instance of an http guest; serves one request at a time. The server calls {@link
 * #declareRoutes} once, on a set-up instance, and {@link #handle} on any instance for each request.
 * A {@code RuntimeException} from either means the guest trapped (or was interrupted): the instance
 * is then discarded.
 */
public interface HttpGuestInstance extends AutoCloseable {
  /**
   * Runs the guest's set-up entry point, during which it declares routes and asks to be served at
   * {@code address}, and returns the routes as they were when it asked.
   *
   * @throws GuestSetupException when the guest reports an error or never asks to be served
   */
  RouteTable declareRoutes(String address) throws GuestSetupException;

  /**
   * Serves {@code request} with the guest's handler called {@code handler}.
   *
   * @throws GuestHttpError when the guest answers with an error instead of a response
   */
  HttpResponse handle(String handler, HttpRequest request) throws GuestHttpError;

  @Override
  void close();
}
