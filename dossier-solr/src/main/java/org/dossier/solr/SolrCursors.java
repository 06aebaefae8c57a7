package org.dossier.solr;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchQuery;

/**
 * Dossier's opaque paging cursor over Solr's {@code cursorMark}: the sort it belongs to, Solr's
 * mark (the sort values of the page's last hit, so the next page starts exactly after it even if
 * the index changed in between) and the number of hits shown so far, so the last page is known.
 */
final class SolrCursors {
  private static final String VERSION = "s1";

  private SolrCursors() {}

  /** Where a page ends: Solr's mark and the hits shown up to it. */
  record Position(String mark, long seen) {}

  static String encode(SearchQuery.Sort sort, String mark, long seen) {
    String raw = String.join("\n", VERSION, sort.name(), mark, String.valueOf(seen));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws QuerySyntaxException if the cursor is damaged or belongs to another sort order */
  static Position decode(String cursor, SearchQuery.Sort sort, String queryText) throws QuerySyntaxException {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", -1);
      if (parts.length != 4 || !parts[0].equals(VERSION) || parts[2].isEmpty()) {
        throw new IllegalArgumentException("bad cursor layout");
      }
      if (!parts[1].equals(sort.name())) {
        throw new QuerySyntaxException(
            "the cursor belongs to results sorted by " + parts[1].toLowerCase(Locale.ROOT)
                + ", not " + sort.name().toLowerCase(Locale.ROOT), queryText, 0, null);
      }
      long seen = Long.parseLong(parts[3]);
      if (seen < 0) throw new IllegalArgumentException("negative position");
      return new Position(parts[2], seen);
    } catch (IllegalArgumentException e) {
      throw damaged(queryText, e);
    }
  }

  static QuerySyntaxException damaged(String queryText, Exception cause) {
    return new QuerySyntaxException("the paging cursor is damaged: start again from the first page", queryText, 0, cause);
  }
}
