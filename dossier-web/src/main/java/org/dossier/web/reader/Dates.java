package org.dossier.web.reader;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dossier.model.DocDate;
import org.jspecify.annotations.Nullable;

/** Dates as an English-language reader writes them: "March 3, 1989", "March 1989", "1989". */
final class Dates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private Dates() {}

  /** The date for display, or null when there is none. */
  static @Nullable String display(@Nullable DocDate date) {
    if (date == null) return null;
    if (!date.isRange()) return one(date.when());
    if (date.notBefore() != null && date.notAfter() != null) {
      return "between " + one(date.notBefore()) + " and " + one(date.notAfter());
    }
    return date.notBefore() != null ? "after " + one(date.notBefore()) : "before " + one(date.notAfter());
  }

  /** The machine-readable value for {@code <time datetime>}: the ISO date, or null for a range. */
  static @Nullable String iso(@Nullable DocDate date) {
    if (date == null || date.isRange()) return null;
    String w = date.when();
    return w.length() > 10 ? w.substring(0, 10) : w;
  }

  /** The year a date starts in, or null. */
  static @Nullable Integer year(@Nullable DocDate date) {
    LocalDate d = date == null ? null : date.earliest();
    return d == null ? null : d.getYear();
  }

  private static String one(@Nullable String iso) {
    if (iso == null) return "";
    return switch (iso.length()) {
      case 4 -> iso;
      case 7 -> MONTH.format(YearMonth.parse(iso));
      default -> DAY.format(LocalDate.parse(iso.substring(0, 10)));
    };
  }
}
