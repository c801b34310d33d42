/**
 * The demos' key/value backends behind one interface, {@link io.witj.demo.kv.KeyValueBackend},
 * chosen by a URL ({@link io.witj.demo.kv.KeyValueBackends#open}): in memory, in a directory, or in
 * a Redis server. They know nothing of guests or their ABI: each guest flavour adapts them to the
 * store interface its bindings generate.
 */
package io.witj.demo.kv;
