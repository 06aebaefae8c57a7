package org.dossier.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A document date: one ISO 8601 value ({@code 1989}, {@code 1989-03}, {@code 1989-03-03}, or a
 * date-time such as {@code 1985-03-12T15:19:00-05:00}), or an explicit range when the date is
 * uncertain ({@code notBefore}/{@code notAfter}, written as the ISO 8601 interval
 * {@code 1985-03-01/1986-10-31}).
 *
 * @param when the date, or null for a range
 * @param notBefore the earliest possible date of a range, or null
 * @param notAfter the latest possible date of a range, or null
 */
public record DocDate(@Nullable String when, @Nullable String notBefore, @Nullable String notAfter) {
  private static final Pattern ISO =
      Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

  public DocDate {
    if (when != null) {
      if (notBefore != null || notAfter != null) {
        throw new IllegalArgumentException("a date is either 'when' or a range, not both: " + when);
      }
      checkIso(when, "when");
    } else {
      if (notBefore == null && notAfter == null) {
        throw new IllegalArgumentException("a date needs 'when' or at least one bound of a range");
      }
      if (notBefore != null) checkIso(notBefore, "notBefore");
      if (notAfter != null) checkIso(notAfter, "notAfter");
      if (notBefore != null && notAfter != null
          && earliestOf(notBefore).isAfter(latestOf(notAfter))) {
        throw new IllegalArgumentException("date range ends before it starts: " + notBefore + "/" + notAfter);
      }
    }
  }

  /** A single date. */
  public static DocDate of(String when) {
    return new DocDate(when, null, null);
  }

  /** An uncertain date between two bounds (either may be null, not both). */
  public static DocDate range(@Nullable String notBefore, @Nullable String notAfter) {
    return new DocDate(null, notBefore, notAfter);
  }

  /**
   * Parses the textual form: an ISO 8601 value, or {@code start/end} (either side may be
   * {@code ..} for an open bound).
   *
   * @throws IllegalArgumentException if the text is neither
   */
  public static DocDate parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash < 0) return of(text);
    String a = text.substring(0, slash);
    String b = text.substring(slash + 1);
    return range(a.equals("..") || a.isEmpty() ? null : a, b.equals("..") || b.isEmpty() ? null : b);
  }

  /** Whether this is a range rather than one date. */
  public boolean isRange() {
    return when == null;
  }

  /** The earliest day this date can mean (the first day of a year or month), if bounded. */
  public @Nullable LocalDate earliest() {
    String v = when != null ? when : notBefore;
    return v == null ? null : earliestOf(v);
  }

  /** The latest day this date can mean (the last day of a year or month), if bounded. */
  public @Nullable LocalDate latest() {
    String v = when != null ? when : notAfter;
    return v == null ? null : latestOf(v);
  }

  /** The textual form that {@link #parse} reads back. */
  @Override
  public String toString() {
    if (when != null) return when;
    return (notBefore == null ? ".." : notBefore) + "/" + (notAfter == null ? ".." : notAfter);
  }

  private static void checkIso(String value, String name) {
    if (!ISO.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " is not an ISO 8601 date: '" + value + "'");
    }
    try {
      earliestOf(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not a valid date: '" + value + "'", e);
    }
  }

  private static LocalDate earliestOf(String v) {
    return switch (v.length()) {
      case 4 -> Year.parse(v).atDay(1);
      case 7 -> YearMonth.parse(v).atDay(1);
      case 10 -> LocalDate.parse(v);
      default -> dateTime(v);
    };
  }

  private static LocalDate latestOf(String v) {
    return switch (v.length()) {
      case 4 -> Year.parse(v).atMonth(12).atEndOfMonth();
      case 7 -> YearMonth.parse(v).atEndOfMonth();
      case 10 -> LocalDate.parse(v);
      default -> dateTime(v);
    };
  }

  private static LocalDate dateTime(String v) {
    boolean zoned = v.endsWith("Z") || v.matches(".*[+-]\\d{2}:\\d{2}$");
    return zoned ? OffsetDateTime.parse(v).toLocalDate() : LocalDateTime.parse(v).toLocalDate();
  }
}
