package org.dossier.web.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The home page: the editions served.
 *
 * @param page the layout's needs
 * @param editions one entry per edition
 */
public record HomeView(Page page, List<Entry> editions) {
  /**
   * An edition on the home page.
   *
   * @param link its title and address
   * @param editors its editors, joined for display, or null
   * @param publisher its publisher, or null
   * @param documents how many documents it has
   */
  public record Entry(Link link, @Nullable String editors, @Nullable String publisher, int documents) {
    /** "1 document" or "n documents". */
    public String count() {
      return documents == 1 ? "1 document" : String.format(java.util.Locale.ROOT, "%,d documents", documents);
    }
  }
}
