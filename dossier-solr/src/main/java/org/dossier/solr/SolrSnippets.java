package org.dossier.solr;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Solr's highlighted passages into plain text and highlight ranges, and writes the snippet
 * form {@link org.dossier.search.Hit} carries. Solr marks matches with two private-use characters
 * ({@link #PRE}, {@link #POST}) that running text does not contain, so the passage needs no
 * escaping round trip and every range is exact.
 */
final class SolrSnippets {
  /** Solr's {@code hl.tag.pre}. */
  static final String PRE = "\uE000";
  /** Solr's {@code hl.tag.post}. */
  static final String POST = "\uE001";

  private SolrSnippets() {}

  /**
   * A passage as text and highlighted ranges.
   *
   * @param text the passage, without markers
   * @param highlights the matches as [start, end) pairs of code-point offsets into {@code text}, in order
   */
  record Marked(String text, List<int[]> highlights) {
    Marked {
      highlights = List.copyOf(highlights);
    }
  }

  /** Splits {@code passage} (with Solr's markers) into text and ranges; unpaired markers are dropped. */
  static Marked parse(String passage) {
    StringBuilder text = new StringBuilder(passage.length());
    List<int[]> ranges = new ArrayList<>();
    int codePoints = 0;
    int open = -1;
    for (int i = 0; i < passage.length(); ) {
      int c = passage.codePointAt(i);
      i += Character.charCount(c);
      if (c == PRE.charAt(0)) {
        open = codePoints;
      } else if (c == POST.charAt(0)) {
        if (open >= 0 && codePoints > open) ranges.add(new int[] {open, codePoints});
        open = -1;
      } else {
        text.appendCodePoint(c);
        codePoints++;
      }
    }
    return new Marked(text.toString(), ranges);
  }

  /**
   * The snippet as HTML, as the embedded engine writes it: the text escaped with OWASP's rules
   * (as Lucene's {@code DefaultPassageFormatter} does), matches in {@code <mark>}.
   */
  static String html(Marked m) {
    StringBuilder out = new StringBuilder(m.text().length() + 16 * m.highlights().size());
    String text = m.text();
    int cp = 0;
    int next = 0;
    for (int i = 0; i < text.length(); ) {
      if (next < m.highlights().size() && m.highlights().get(next)[0] == cp) out.append("<mark>");
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      escape(out, c);
      cp++;
      if (next < m.highlights().size() && m.highlights().get(next)[1] == cp) {
        out.append("</mark>");
        next++;
      }
    }
    return out.toString();
  }

  private static void escape(StringBuilder out, int c) {
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#x27;");
      case '/' -> out.append("&#x2F;");
      default -> out.appendCodePoint(c);
    }
  }
}
