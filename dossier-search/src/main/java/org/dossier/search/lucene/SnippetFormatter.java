package org.dossier.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.dossier.search.Snippet;

/**
 * Formats the highlighter's passages as a {@link Snippet}: the passage text as it is, and its
 * matches as code-point ranges. Unlike Lucene's {@code DefaultPassageFormatter}, nothing is
 * escaped or tagged, so no markup or entity ever reaches a search result.
 */
final class SnippetFormatter extends PassageFormatter {
  /** Put between passages that are not adjacent in the paragraph. */
  static final String ELLIPSIS = " … ";

  @Override
  public Snippet format(Passage[] passages, String content) {
    Builder b = new Builder(content);
    int pos = 0;
    for (Passage passage : passages) {
      if (passage.getStartOffset() > pos && pos > 0) b.appendLiteral(ELLIPSIS);
      pos = passage.getStartOffset();
      int[] starts = passage.getMatchStarts();
      int[] ends = passage.getMatchEnds();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(starts[i], pos);
        int end = ends[i];
        // Matches can overlap (a word and its romanised variant): one highlight covers them all.
        while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) end = Math.max(end, ends[++i]);
        end = Math.min(end, passage.getEndOffset()); // a match may straddle the passage's end
        if (end <= start) continue;
        b.append(pos, start);
        b.appendHighlight(start, end);
        pos = end;
      }
      b.append(pos, Math.max(pos, passage.getEndOffset()));
      pos = passage.getEndOffset();
    }
    return b.build();
  }

  /** Collects the text and counts its code points as it grows, so ranges cost no second pass. */
  private static final class Builder {
    private final String content;
    private final StringBuilder text = new StringBuilder();
    private final List<Snippet.Range> highlights = new ArrayList<>();
    private int codePoints;

    Builder(String content) {
      this.content = content;
    }

    void append(int from, int to) {
      text.append(content, from, to);
      codePoints += Character.codePointCount(content, from, to);
    }

    void appendLiteral(String s) {
      text.append(s);
      codePoints += s.codePointCount(0, s.length());
    }

    void appendHighlight(int from, int to) {
      int start = codePoints;
      append(from, to);
      highlights.add(new Snippet.Range(start, codePoints));
    }

    Snippet build() {
      return new Snippet(text.toString(), highlights);
    }
  }
}
