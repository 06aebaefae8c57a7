package org.dossier.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.jspecify.annotations.Nullable;

/**
 * Offsets from postings through {@code Weight.matches}, as Lucene's own strategy finds them, but
 * with one weight for all the hits of a search instead of a new searcher, rewrite and weight per
 * hit: each term is then looked up in the terms dictionary once per segment, not once per hit
 * (that lookup and its term states were a sixth of a fresh search's bytes). The matches, hence the
 * snippets, are the same.
 *
 * <p>Not thread-safe: the highlighter builds one per field and search.
 */
final class SharedWeightOffsets extends PostingsOffsetStrategy {
  private final IndexSearcher searcher;
  private @Nullable Weight weight;

  SharedWeightOffsets(UHComponents components, IndexReader reader) {
    super(components);
    this.searcher = new IndexSearcher(reader);
    // Lucene's per-hit searcher has no query cache either: caching would count the whole segment.
    this.searcher.setQueryCache(null);
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int docId, List<OffsetsEnum> results)
      throws IOException {
    @Nullable LeafReaderContext context = contextOf(leaf);
    if (context == null) { // not a segment of this searcher's reader: Lucene's way
      super.createOffsetsEnumsWeightMatcher(leaf, docId, results);
      return;
    }
    Weight w = weight;
    if (w == null) {
      w = searcher.rewrite(components.getQuery()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
      weight = w;
    }
    Matches matches = w.matches(context, docId);
    if (matches == null) return;
    for (String field : matches) {
      if (!components.getFieldMatcher().test(field)) continue;
      MatchesIterator iterator = matches.getMatches(field);
      if (iterator != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
    }
  }

  private @Nullable LeafReaderContext contextOf(LeafReader leaf) {
    for (LeafReaderContext c : searcher.getIndexReader().leaves()) {
      if (c.reader().equals(leaf)) return c; // IndexReader.equals is identity
    }
    return null;
  }
}
