package io.witj.runtime;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Java form of WIT {@code result<T, E>}: either {@link Ok} with a value or {@link Err} with an
 * error. A side without a type ({@code result}, {@code result<T>}, {@code result<_, E>}) uses
 * {@link Void} and holds {@code null}.
 *
 * <p>Sealed so that a {@code switch} over the two records is exhaustive.
 *
 * @param <T> the success type
 * @param <E> the error type
 */
public sealed interface Result<T, E> permits Result.Ok, Result.Err {

  /** The success case; {@code value} is {@code null} only when {@code T} is {@link Void}. */
  record Ok<T, E>(T value) implements Result<T, E> {}

  /** The error case; {@code error} is {@code null} only when {@code E} is {@link Void}. */
  record Err<T, E>(E error) implements Result<T, E> {}

  /** Creates a success. */
  static <T, E> Result<T, E> ok(T value) {
    return new Ok<>(value);
  }

  /** Creates a success of a {@code result<_, E>} (no payload). */
  @SuppressWarnings("NullAway") // the payload of a Void side is null
  static <E> Result<Void, E> ok() {
    return new Ok<>(null);
  }

  /** Creates an error. */
  static <T, E> Result<T, E> err(E error) {
    return new Err<>(error);
  }

  /** Creates an error of a {@code result<T>} (no payload). */
  @SuppressWarnings("NullAway") // the payload of a Void side is null
  static <T> Result<T, Void> err() {
    return new Err<>(null);
  }

  /** Whether this is {@link Ok}. */
  default boolean isOk() {
    return this instanceof Ok;
  }

  /** Whether this is {@link Err}. */
  default boolean isErr() {
    return this instanceof Err;
  }

  /**
   * The success value.
   *
   * @throws NoSuchElementException if this is an {@link Err} (its error is the message and, when it
   *     is a {@link Throwable}, the cause)
   */
  default T unwrap() {
    if (this instanceof Ok<T, E> ok) {
      return ok.value();
    }
    E error = ((Err<T, E>) this).error();
    NoSuchElementException e = new NoSuchElementException("unwrap of Err(" + error + ")");
    if (error instanceof Throwable t) {
      e.initCause(t);
    }
    throw e;
  }

  /**
   * The error value.
   *
   * @throws NoSuchElementException if this is an {@link Ok}
   */
  default E unwrapErr() {
    if (this instanceof Err<T, E> err) {
      return err.error();
    }
    throw new NoSuchElementException("unwrapErr of Ok(" + ((Ok<T, E>) this).value() + ")");
  }

  /** The success value, or {@code fallback} for an {@link Err}. */
  default T orElse(T fallback) {
    return this instanceof Ok<T, E> ok ? ok.value() : fallback;
  }

  /** Maps the success value, keeping an error as is. */
  default <U> Result<U, E> map(Function<? super T, ? extends U> f) {
    Objects.requireNonNull(f);
    if (this instanceof Ok<T, E> ok) {
      return new Ok<>(f.apply(ok.value()));
    }
    return new Err<>(((Err<T, E>) this).error());
  }

  /** Maps the error value, keeping a success as is. */
  default <F> Result<T, F> mapErr(Function<? super E, ? extends F> f) {
    Objects.requireNonNull(f);
    if (this instanceof Err<T, E> err) {
      return new Err<>(f.apply(err.error()));
    }
    return new Ok<>(((Ok<T, E>) this).value());
  }
}
