package org.dossier.solr;

import java.util.ArrayList;
import java.util.List;
import org.dossier.search.Snippet;

/**
 * Reads Solr's highlighted passages into the {@link Snippet} that {@link org.dossier.search.Hit}
 * carries: plain text and code-point ranges. Solr marks matches with two private-use characters
 * ({@link #PRE}, {@link #POST}) that running text does not contain, so the passage needs no
 * escaping round trip and every range is exact.
 */
final class SolrSnippets {
  /** Solr's {@code hl.tag.pre}. */
  static final String PRE = "\uE000";
  /** Solr's {@code hl.tag.post}. */
  static final String POST = "\uE001";

  private SolrSnippets() {}

  /** Splits {@code passage} (with Solr's markers) into text and ranges; unpaired markers are dropped. */
  static Snippet parse(String passage) {
    StringBuilder text = new StringBuilder(passage.length());
    List<Snippet.Range> ranges = new ArrayList<>();
    int codePoints = 0;
    int open = -1;
    for (int i = 0; i < passage.length(); ) {
      int c = passage.codePointAt(i);
      i += Character.charCount(c);
      if (c == PRE.charAt(0)) {
        open = codePoints;
      } else if (c == POST.charAt(0)) {
        if (open >= 0 && codePoints > open) ranges.add(new Snippet.Range(open, codePoints));
        open = -1;
      } else {
        text.appendCodePoint(c);
        codePoints++;
      }
    }
    return new Snippet(text.toString(), ranges);
  }
}
