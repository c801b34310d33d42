package io.witj.demo.kv;

import java.util.List;
import java.util.Optional;

/**
 * One named store of a {@link KeyValueBackend}: keys are any strings (including empty ones, {@code
 * ..}, {@code /} and non-ASCII), values any bytes (an empty value is a value, not a missing key).
 * Implementations are thread-safe; every failure is a {@link KeyValueException}.
 */
public interface KeyValueStore {
  /** The store's name. */
  String name();

  /** The value of {@code key}, or empty when the key is missing. */
  Optional<byte[]> get(String key) throws KeyValueException;

  /** Stores {@code value} under {@code key}, replacing what was there. */
  void set(String key, byte[] value) throws KeyValueException;

  /** Removes {@code key}; removing a missing key does nothing. */
  void delete(String key) throws KeyValueException;

  /** Whether {@code key} has a value. */
  boolean exists(String key) throws KeyValueException;

  /** Every key of the store, in no particular order. */
  List<String> keys() throws KeyValueException;
}
