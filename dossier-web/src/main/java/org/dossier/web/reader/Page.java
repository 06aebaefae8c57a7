package org.dossier.web.reader;

import org.jspecify.annotations.Nullable;

/**
 * What the page layout needs: the window title, the section of the site (for the navigation),
 * the search box's current text, and the pages before and after this one in reading order.
 *
 * @param title the title shown in the browser tab
 * @param section "home", "search" or "edition", marking the current navigation link
 * @param query the text to prefill in the header's search box, or null
 * @param prev the address of the previous page ({@code <link rel="prev">}), or null
 * @param next the address of the next page ({@code <link rel="next">}), or null
 * @param head the canonical link, meta tags and JSON-LD of a page that has them, or null
 */
public record Page(String title, String section, @Nullable String query, @Nullable String prev, @Nullable String next,
    @Nullable HeadMeta head) {
  /** A page outside any reading order, without machine-readable metadata. */
  public Page(String title, String section, @Nullable String query) {
    this(title, section, query, null, null, null);
  }

  /** A page titled {@code title} in {@code section}. */
  public static Page of(String title, String section) {
    return new Page(title, section, null);
  }
}
