package org.dossier.search.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchQuery;

/**
 * Encodes the last hit of a page as an opaque, URL-safe cursor and reads it back. The cursor
 * holds the sort values of that hit (the primary value, then the document id and the unit's place in
 * reading order that make every position unique), so the next page starts exactly after it even if the index
 * changed in between, and the number of hits shown so far, so the last page is known as such.
 */
final class Cursors {
  private static final String VERSION = "c2";

  private Cursors() {}

  /**
   * Where a page ends.
   *
   * @param last the last hit of the page
   * @param seen how many hits this page and the ones before it held
   */
  record Position(FieldDoc last, long seen) {}

  static String encode(SearchQuery.Sort sort, FieldDoc last, long seen) {
    Object primary = last.fields[0];
    String first = primary instanceof Float f ? Integer.toHexString(Float.floatToIntBits(f)) : String.valueOf(primary);
    String doc = ((BytesRef) last.fields[1]).utf8ToString();
    String raw =
        String.join("\n", VERSION, sort.name(), first, doc, String.valueOf(last.fields[2]), String.valueOf(seen));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws QuerySyntaxException if the cursor is damaged or belongs to another sort order */
  static Position decode(String cursor, SearchQuery.Sort sort, String queryText) throws QuerySyntaxException {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", -1);
      if (parts.length != 6 || !parts[0].equals(VERSION)) throw new IllegalArgumentException("bad cursor layout");
      if (!parts[1].equals(sort.name())) {
        throw new QuerySyntaxException(
            "the cursor belongs to results sorted by " + parts[1].toLowerCase(java.util.Locale.ROOT)
                + ", not " + sort.name().toLowerCase(java.util.Locale.ROOT), queryText, 0, null);
      }
      Object primary =
          sort == SearchQuery.Sort.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[2], 16))
              : (Object) Long.parseLong(parts[2]);
      Object[] fields = {primary, new BytesRef(parts[3]), Integer.parseInt(parts[4])};
      // Integer.MAX_VALUE: a block re-indexed with the same sort values is not shown twice.
      long seen = Long.parseLong(parts[5]);
      if (seen < 0) throw new IllegalArgumentException("negative position");
      return new Position(new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields), seen);
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException("the paging cursor is damaged: start again from the first page", queryText, 0, e);
    }
  }
}
