package io.witj.wasi.io;

import io.witj.wasi.bindings.io.Error;
import io.witj.wasi.bindings.io.Streams;

/**
 * {@code wasi:io/error} and {@code wasi:io/streams}: interfaces with resources only (their methods
 * are those of {@link HostError}, {@link HostInputStream} and {@link HostOutputStream}), given to
 * the bindings so that the resources' methods and drops are registered.
 */
public final class IoInterfaces implements Error, Streams {}
