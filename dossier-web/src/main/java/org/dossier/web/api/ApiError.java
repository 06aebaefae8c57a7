package org.dossier.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The body of every API error.
 *
 * @param status the HTTP status
 * @param error a short code: {@code bad_request}, {@code bad_query}, {@code not_found}, {@code internal}
 * @param message what went wrong, for people
 * @param column for a bad query, the 1-based column of the problem in {@code q}, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, @Nullable Integer column) {
  /** An error without a position. */
  public static ApiError of(int status, String error, String message) {
    return new ApiError(status, error, message, null);
  }
}
