package io.witj.parser.model;

/**
 * Whether a function is free-standing or belongs to a resource (then {@code resourceId} indexes the
 * resource definition, otherwise it is -1), and whether it is async.
 */
public record FunctionKind(Kind kind, int resourceId) {
  public enum Kind {
    FREESTANDING,
    ASYNC_FREESTANDING,
    METHOD,
    ASYNC_METHOD,
    STATIC,
    ASYNC_STATIC,
    CONSTRUCTOR
  }

  public static final FunctionKind FREESTANDING = new FunctionKind(Kind.FREESTANDING, -1);
  public static final FunctionKind ASYNC_FREESTANDING =
      new FunctionKind(Kind.ASYNC_FREESTANDING, -1);

  public boolean isAsync() {
    return kind == Kind.ASYNC_FREESTANDING
        || kind == Kind.ASYNC_METHOD
        || kind == Kind.ASYNC_STATIC;
  }

  public boolean isResourceFunction() {
    return resourceId >= 0;
  }
}
