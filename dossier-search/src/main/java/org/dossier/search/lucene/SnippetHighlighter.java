package org.dossier.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dossier.search.Fields;
import org.dossier.search.Snippet;
import org.jspecify.annotations.Nullable;

/**
 * Highlights the text of one page of hits as {@link Snippet}s of about {@value #SNIPPET_CHARS}
 * characters around the best passage, reading each hit's text from the stored fields the search
 * already loaded.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  private static final int SNIPPET_CHARS = 200;

  private final Map<Integer, Document> docs;

  /** A highlighter over {@code searcher} whose hits' stored fields are {@code docs}, by doc id. */
  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> docs) {
    super(configured(searcher, analyzer));
    this.docs = docs;
  }

  /** Lucene's highlighter as this one is configured: passages, formatter, length. */
  static Builder configured(IndexSearcher searcher, Analyzer analyzer) {
    return builder(searcher, analyzer)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withFormatter(new SnippetFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1);
  }

  /**
   * The snippet of each hit of {@code top}, in order. {@code text} is the query's text part; with
   * none, each snippet is the paragraph's opening with nothing highlighted.
   */
  Snippet[] snippets(@Nullable Query text, TopDocs top) throws IOException {
    int[] ids = new int[top.scoreDocs.length];
    for (int i = 0; i < ids.length; i++) ids[i] = top.scoreDocs[i].doc;
    Snippet[] snippets = new Snippet[ids.length];
    if (ids.length == 0) return snippets;
    Object[] formatted = highlightFieldsAsObjects(
        new String[] {Fields.TEXT}, text == null ? new MatchNoDocsQuery() : text, ids, new int[] {1})
        .get(Fields.TEXT);
    for (int i = 0; i < ids.length; i++) {
      // An empty paragraph has no passage, hence no formatted snippet.
      snippets[i] = formatted[i] instanceof Snippet s ? s : Snippet.of("");
    }
    return snippets;
  }

  /** Lucene's scores, without a 32 KB hash per passage. */
  @Override
  protected PassageScorer getScorer(String field) {
    return new PassageScoring();
  }

  /** Lucene's offsets from postings, with one weight for all the hits instead of one per hit. */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source == OffsetSource.POSTINGS && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return new SharedWeightOffsets(components, searcher.getIndexReader());
    }
    return super.getOffsetStrategy(source, components);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc; (doc = docIter.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
      Document d = docs.get(doc);
      CharSequence[] row = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String v = d == null ? null : d.get(fields[f]);
        row[f] = v == null ? "" : v;
      }
      values.add(row);
    }
    return values;
  }
}
