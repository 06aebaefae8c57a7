package org.dossier.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
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
 * <p>A query of words only (a word or its variants, or a disjunction of them: most searches) goes
 * further: each term's postings are opened once per segment and advanced from hit to hit, where
 * {@code TermQuery}'s and {@code SynonymQuery}'s matches open a terms enumerator and a postings
 * enumerator with offsets (some 10 KB of buffers) per term and hit. The matches are built as those
 * weights and {@code BooleanWeight} build them (same clause and term order, same {@link
 * MatchesUtils} combinations, an iterator like Lucene's term iterator), so the highlighter sees
 * the same sequence.
 *
 * <p>Not thread-safe: the highlighter builds one per field and search.
 */
final class SharedWeightOffsets extends PostingsOffsetStrategy {
  private final IndexSearcher searcher;
  private @Nullable Weight weight;
  /** The query's words in clause order if it is made of words only, else null; set with {@link #weight}. */
  private @Nullable List<Query> words;
  private @Nullable Segment segment;

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
      Query rewritten = searcher.rewrite(components.getQuery());
      w = rewritten.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
      weight = w;
      words = wordsOnly(rewritten, getField());
    }
    @Nullable Matches matches = words == null ? w.matches(context, docId) : wordMatches(words, context, docId);
    if (matches == null) return;
    for (String field : matches) {
      if (!components.getFieldMatcher().test(field)) continue;
      MatchesIterator iterator = matches.getMatches(field);
      if (iterator != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
    }
  }

  /** What {@code BooleanWeight.matches} would answer for a disjunction of {@code words}. */
  private @Nullable Matches wordMatches(List<Query> words, LeafReaderContext context, int doc) throws IOException {
    Segment s = segment;
    if (s == null || !s.context.equals(context)) {
      s = new Segment(context, words, getField());
      segment = s;
    }
    Segment at = s;
    List<Matches> subs = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      int word = i;
      Query query = words.get(i);
      // As TermWeight (one term) and SynonymWeight (a disjunction of its terms, in order) answer.
      @Nullable Matches m = MatchesUtils.forField(getField(), () -> {
        List<MatchesIterator> its = new ArrayList<>(at.postings[word].length);
        for (int t = 0; t < at.postings[word].length; t++) {
          if (at.positionedAt(word, t, doc)) its.add(new TermOffsets(query, at.postings[word][t]));
        }
        return its.isEmpty() ? null : MatchesUtils.disjunction(its);
      });
      if (m != null) subs.add(m);
    }
    return MatchesUtils.fromSubMatches(subs);
  }

  /**
   * The words of {@code q} in clause order, if it is one word query on {@code field} (a term, or a
   * word's variants) or a pure disjunction of them (boosts aside); else null.
   */
  static @Nullable List<Query> wordsOnly(Query q, String field) {
    List<Query> out = new ArrayList<>();
    if (q instanceof BooleanQuery bq) {
      if (bq.getMinimumNumberShouldMatch() != 0) return null;
      for (BooleanClause c : bq.clauses()) {
        @Nullable Query w = c.getOccur() == BooleanClause.Occur.SHOULD ? word(c.getQuery(), field) : null;
        if (w == null) return null;
        out.add(w);
      }
    } else {
      @Nullable Query w = word(q, field);
      if (w == null) return null;
      out.add(w);
    }
    return out;
  }

  private static @Nullable Query word(Query q, String field) {
    Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
    if (inner instanceof TermQuery t && t.getTerm().field().equals(field)) return t;
    if (inner instanceof SynonymQuery s && s.getField().equals(field)) return s;
    return null;
  }

  private static List<Term> termsOf(Query word) {
    return word instanceof TermQuery t ? List.of(t.getTerm()) : ((SynonymQuery) word).getTerms();
  }

  /** One segment's postings with offsets, per word and term (null where the segment lacks the term). */
  private static final class Segment {
    final LeafReaderContext context;
    final TermsEnum termsEnum;
    final List<Query> words;
    final @Nullable PostingsEnum[][] postings;

    Segment(LeafReaderContext context, List<Query> words, String field) throws IOException {
      this.context = context;
      this.words = words;
      this.postings = new PostingsEnum[words.size()][];
      @Nullable Terms terms = context.reader().terms(field);
      this.termsEnum = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (int w = 0; w < postings.length; w++) {
        postings[w] = new PostingsEnum[termsOf(words.get(w)).size()];
        for (int t = 0; t < postings[w].length; t++) postings[w][t] = open(w, t);
      }
    }

    private @Nullable PostingsEnum open(int word, int term) throws IOException {
      if (!termsEnum.seekExact(termsOf(words.get(word)).get(term).bytes())) return null;
      return termsEnum.postings(null, PostingsEnum.OFFSETS);
    }

    /** Whether the term occurs in {@code doc}; its postings are then positioned there. */
    boolean positionedAt(int word, int term, int doc) throws IOException {
      PostingsEnum p = postings[word][term];
      if (p == null) return false;
      if (p.docID() > doc) { // hits come in doc order, so only a caller out of order gets here
        p = open(word, term);
        postings[word][term] = p;
        if (p == null) return false;
      }
      return p.docID() == doc || p.advance(doc) == doc;
    }
  }

  /** Each position of one term in one document, as Lucene's (package-private) term iterator gives them. */
  private static final class TermOffsets implements MatchesIterator {
    private final Query query;
    private final PostingsEnum postings;
    private int left;
    private int position = -1;

    TermOffsets(Query query, @Nullable PostingsEnum postings) throws IOException {
      this.query = query;
      this.postings = java.util.Objects.requireNonNull(postings);
      this.left = postings.freq();
    }

    @Override
    public boolean next() throws IOException {
      if (left-- > 0) {
        position = postings.nextPosition();
        return true;
      }
      return false;
    }

    @Override
    public int startPosition() {
      return position;
    }

    @Override
    public int endPosition() {
      return position;
    }

    @Override
    public int startOffset() throws IOException {
      return postings.startOffset();
    }

    @Override
    public int endOffset() throws IOException {
      return postings.endOffset();
    }

    @Override
    public @Nullable MatchesIterator getSubMatches() {
      return null;
    }

    @Override
    public Query getQuery() {
      return query;
    }
  }

  private @Nullable LeafReaderContext contextOf(LeafReader leaf) {
    for (LeafReaderContext c : searcher.getIndexReader().leaves()) {
      if (c.reader().equals(leaf)) return c; // IndexReader.equals is identity
    }
    return null;
  }
}
