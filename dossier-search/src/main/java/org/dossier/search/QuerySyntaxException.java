package org.dossier.search;

import org.jspecify.annotations.Nullable;

/**
 * A query that cannot be run as written: bad syntax, an invalid date, a wildcard that expands to
 * too many terms, or a paging cursor that does not belong to the query. The message says what is
 * wrong and, when the problem has a place in the query text, where ("at column 12").
 */
public final class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final int column;

  /**
   * @param problem what is wrong, without the position
   * @param query the query text as given
   * @param column the 1-based column (in code points) of the problem, or 0 when it has no place in
   *     the query text
   * @param cause the engine's exception, or null
   */
  public QuerySyntaxException(String problem, String query, int column, @Nullable Throwable cause) {
    super(column > 0 ? problem + " (at column " + column + " of the query)" : problem, cause);
    if (column < 0) throw new IllegalArgumentException("column must be >= 0: " + column);
    this.query = query;
    this.column = column;
  }

  /** The query text as given. */
  public String query() {
    return query;
  }

  /** The 1-based column (in code points) of the problem, or 0 when it has no place in the query. */
  public int column() {
    return column;
  }
}
