package org.dossier.web;

/**
 * A request that cannot be answered as made (a malformed id, an invalid date, bad query syntax):
 * answered with 400 and the message.
 */
public final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int column;

  /**
   * @param message what is wrong, safe to show to the client
   * @param column the 1-based column of the problem in the query, or 0 when it has no place
   * @param cause the underlying exception, or null
   */
  public BadRequestException(String message, int column, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
    if (column < 0) throw new IllegalArgumentException("column must be >= 0: " + column);
    this.column = column;
  }

  /** A bad request with no position. */
  public BadRequestException(String message) {
    this(message, 0, null);
  }

  /** The 1-based column of the problem in the query, or 0. */
  public int column() {
    return column;
  }
}
