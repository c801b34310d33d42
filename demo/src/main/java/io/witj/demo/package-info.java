/**
 * The demo host: WebAssembly guests ask their Java host for key/value stores and for an HTTP server
 * with routes; the host, through bindings witj generates, provides both.
 *
 * <p>Packages, from the outside in:
 *
 * <ul>
 *   <li>{@code io.witj.demo} — {@link io.witj.demo.DemoMain}, the demo jar's entry point; {@code
 *       io.witj.demo.cli} the {@code keyvalue} and {@code http} commands.
 *   <li>{@code io.witj.demo.guest} — the seam between the host and a guest's ABI flavour: {@link
 *       io.witj.demo.guest.GuestFlavour} recognizes a flavour's guests and adapts them to {@link
 *       io.witj.demo.guest.KeyvalueGuest} (run once) and {@link io.witj.demo.guest.HttpGuest}
 *       (instances that declare routes and handle requests); {@link
 *       io.witj.demo.guest.GuestFlavours} lists the known flavours. {@link
 *       io.witj.demo.guest.GuestServer} wires an http guest to the server: a set-up instance
 *       declares the routes, {@link io.witj.demo.guest.GuestDispatcher} runs requests on pooled or
 *       per-request instances with a timeout.
 *   <li>{@code io.witj.demo.component} — the flavour of components (or core modules) built against
 *       the witj-demo WIT ({@code wit/keyvalue}, {@code wit/http}), through the bindings generated
 *       into {@code io.witj.demo.bindings} during the build. Another flavour is another package
 *       like this one plus an entry in {@code GuestFlavours}; nothing else changes.
 *   <li>{@code io.witj.demo.seed} — the flavour of Spiderlightning's guests of 2023 built with
 *       wit-bindgen 0.2 (the seed's binaries): core modules recognized by their imports, hosted
 *       through bindings of {@code wit/spiderlightning} generated with that ABI flavour into {@code
 *       io.witj.demo.seed.bindings}; {@code main} declares the routes, each handler is an export
 *       bound by name at run time.
 *   <li>{@code io.witj.demo.http} — the HTTP server (JDK {@code HttpServer}), router with {@code
 *       :param} segments, request/response records and response rules; knows nothing of guests.
 *   <li>{@code io.witj.demo.pool} — instance pool and per-request instances, generic over the
 *       instance type.
 *   <li>{@code io.witj.demo.kv} — key/value backends (memory, file, Redis) behind one interface,
 *       chosen by URL; knows nothing of guests.
 * </ul>
 */
package io.witj.demo;
