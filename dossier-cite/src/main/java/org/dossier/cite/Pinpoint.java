package org.dossier.cite;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The part of a document a citation points at: a paragraph, a printed page, or both (the page is
 * then the locator and the paragraph the link's anchor).
 *
 * @param paragraph the paragraph number, or 0 for none
 * @param page the printed page ("112", "xiv", "112-113"), or null
 */
public record Pinpoint(int paragraph, @Nullable String page) {
  private static final Pattern PAGE = Pattern.compile("[0-9A-Za-z]{1,12}(?:[-–][0-9A-Za-z]{1,12})?");

  public Pinpoint {
    if (paragraph < 0) throw new IllegalArgumentException("paragraph must be >= 0: " + paragraph);
    if (page != null && !isPage(page)) throw new IllegalArgumentException("not a page number: " + page);
    if (paragraph == 0 && page == null) throw new IllegalArgumentException("a pinpoint needs a paragraph or a page");
  }

  /** Whether {@code text} is a page number or range this class accepts ("112", "xiv", "112-113"). */
  public static boolean isPage(String text) {
    return PAGE.matcher(text).matches();
  }
}
