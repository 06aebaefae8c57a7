package org.dossier.ingest.internal.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.dossier.model.Imprint;
import org.jspecify.annotations.Nullable;

/**
 * The publisher and year of publication that a page's copyright line names ("© Central European
 * University Press, 2010", "Copyright © 2010 by Example Press. All rights reserved."), as the facts of
 * the edition the page belongs to, so that citations can name them.
 */
public final class Copyright {
  private static final Pattern MARK = Pattern.compile("^(?:(?i:copyright)\\s*)?(?:©|\\([cC]\\))?\\s*");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
  private static final Pattern TAIL = Pattern.compile("(?i)[\\s.,;]*(?:all rights reserved)?[\\s.,;]*$");

  private Copyright() {}

  /**
   * The edition facts in {@code d}'s rights line, or null when the page names no edition or its rights
   * line no publisher or year.
   */
  public static @Nullable Edition edition(Document d) {
    String title = d.editionTitle();
    if (title == null || d.rights() == null) return null;
    Facts f = parse(d.rights());
    if (f == null) return null;
    return new Edition(Ids.slug(title, "edition"), title, d.editors(), f.publisher(), null, List.of(), List.of(),
        List.of(), new Imprint(null, f.year(), List.of(), null, null, null));
  }

  /** The publisher and year a copyright line names. */
  record Facts(@Nullable String publisher, @Nullable Integer year) {}

  /** The facts of {@code line}, or null when it is not a copyright line or names neither. */
  static @Nullable Facts parse(String line) {
    String t = line.strip();
    Matcher mark = MARK.matcher(t);
    if (!mark.find() || mark.end() == 0) return null;
    t = t.substring(mark.end());
    Integer year = null;
    Matcher y = YEAR.matcher(t);
    if (y.find()) {
      year = Integer.valueOf(y.group(1));
      t = (t.substring(0, y.start()) + " " + t.substring(y.end())).strip();
    }
    t = TAIL.matcher(t.replaceFirst("^(?i:by)\\s+", "")).replaceAll("").replaceAll("^[\\s,.;]+", "").strip();
    String publisher = t.isEmpty() || t.length() > 200 ? null : t;
    return publisher == null && year == null ? null : new Facts(publisher, year);
  }
}
