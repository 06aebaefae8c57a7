package org.dossier.ingest.internal.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.DocDate;

/**
 * Reads the dates that document pages print: "March 3, 1989", "Mar. 3, 1989", "3 March 1989",
 * "Friday, March 3, 1989", "March 3–4, 1989" (a range), "March 1989", "1989-03-03", and French
 * "3 mars 1989", "1er mars 1989". A date that names an impossible day is not a date.
 */
public final class Dates {
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      {"january", "jan", "janvier", "janv"}, {"february", "feb", "février", "fevrier", "févr", "fevr"},
      {"march", "mar", "mars"}, {"april", "apr", "avril", "avr"}, {"may", "mai"}, {"june", "jun", "juin"},
      {"july", "jul", "juillet", "juil"}, {"august", "aug", "août", "aout"},
      {"september", "sep", "sept", "septembre"}, {"october", "oct", "octobre"},
      {"november", "nov", "novembre"}, {"december", "dec", "décembre", "decembre", "déc"}
    };
    for (int m = 0; m < names.length; m++) for (String n : names[m]) MONTHS.put(n, m + 1);
  }

  private static final String MONTH = "(\\p{L}{3,9})\\.?";
  private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
      + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\\s+)?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er)?";
  /** Month day[–day], year. */
  private static final Pattern MDY = Pattern.compile(
      WEEKDAY + MONTH + "\\s+" + DAY + "(?:\\s*[–—-]\\s*(\\d{1,2}))?,?\\s+(\\d{4})");
  /** day[–day] month year. */
  private static final Pattern DMY = Pattern.compile(
      WEEKDAY + DAY + "(?:\\s*[–—-]\\s*(\\d{1,2}))?\\s+" + MONTH + ",?\\s+(\\d{4})");
  private static final Pattern MY = Pattern.compile(MONTH + ",?\\s+(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** A date at the end of a title line, with the separator before it. */
  private static final Pattern TRAILING = Pattern.compile(
      "^(.*?)[\\s,;:—–-]*\\(?(?<!\\p{L})(" + WEEKDAY + "(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th|er)?"
          + "(?:\\s*[–—-]\\s*\\d{1,2})?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th|er)?(?:\\s*[–—-]\\s*\\d{1,2})?\\s+"
          + "\\p{L}{3,9}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}))\\)?\\.?$");

  /** The longest end of a title line searched for its date (the longest date is under 40 characters). */
  private static final int TAIL = 200;

  private Dates() {}

  /** The date that {@code text} is, entirely (surrounding white space and a final period allowed). */
  public static Optional<DocDate> parse(String text) {
    String t = text.strip();
    if (t.endsWith(".")) t = t.substring(0, t.length() - 1).strip();
    if (t.length() > 40) return Optional.empty();
    Matcher m = MDY.matcher(t);
    if (m.matches()) return day(m.group(4), m.group(1), m.group(2), m.group(3));
    m = DMY.matcher(t);
    if (m.matches()) return day(m.group(4), m.group(3), m.group(1), m.group(2));
    m = ISO.matcher(t);
    if (m.matches()) return iso(m.group(1), m.group(2), m.group(3));
    m = MY.matcher(t);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month == null) return Optional.empty();
      return Optional.of(DocDate.of(YearMonth.of(Integer.parseInt(m.group(2)), month).toString()));
    }
    return Optional.empty();
  }

  /**
   * Splits a date off the end of a title line: "Record of a Conversation, June 5, 1988" gives
   * the title and the date. Empty when the line does not end with a date.
   */
  static Optional<Trailing> trailing(String line) {
    String s = line.strip();
    // Only the end of a line can hold its date: matching its last TAIL characters keeps a line of
    // thousands of spaces or colons linear instead of quadratic in the lazy title group.
    Matcher m = TRAILING.matcher(s).region(Math.max(0, s.length() - TAIL), s.length()).useTransparentBounds(true);
    if (!m.matches()) return Optional.empty();
    String title = s.substring(0, m.end(1));
    if (title.isBlank()) return Optional.empty();
    return parse(m.group(2)).map(d -> new Trailing(title.strip(), d));
  }

  /** A title and the date that followed it on its line. */
  record Trailing(String title, DocDate date) {}

  private static Optional<DocDate> day(String year, String monthName, String day, String lastDay) {
    Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
    if (month == null) return Optional.empty();
    try {
      int y = Integer.parseInt(year);
      LocalDate first = LocalDate.of(y, month, Integer.parseInt(day));
      if (lastDay == null) return Optional.of(DocDate.of(first.toString()));
      LocalDate last = LocalDate.of(y, month, Integer.parseInt(lastDay));
      if (last.isBefore(first)) return Optional.empty();
      return Optional.of(DocDate.range(first.toString(), last.toString()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<DocDate> iso(String y, String m, String d) {
    try {
      return Optional.of(DocDate.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
