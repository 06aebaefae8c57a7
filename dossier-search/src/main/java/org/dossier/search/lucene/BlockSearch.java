package org.dossier.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.document.Document;
import org.dossier.search.FacetValue;
import org.dossier.search.Fields;
import org.dossier.search.Hit;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.Snippet;
import org.dossier.search.query.DossierQueryParser;
import org.dossier.search.query.ExpansionGuard;
import org.jspecify.annotations.Nullable;

/**
 * Runs one {@link SearchQuery} against one point-in-time searcher: parse, bound, filter, drill
 * down, collect a page of blocks with facet counts, highlight.
 *
 * <p>Facets use {@link DrillSideways}: a dimension with a selection is counted as if its own
 * selection were absent (but every other filter applies), so choosing "speaker = Gorbachev" still
 * shows how many hits the other speakers have.
 */
final class BlockSearch {
  private static final Set<String> STORED =
      Set.of(Fields.DOCUMENT, Fields.EDITION, Fields.PARAGRAPH, Fields.SPEAKER, Fields.DATE_TEXT, Fields.TITLE, Fields.TEXT,
          Fields.KIND, Fields.NOTE, Fields.NUMBER);

  private final IndexSearcher searcher;
  private final @Nullable SortedSetDocValuesReaderState facetState;
  private final StoredFieldsPool stored;
  private final FacetsConfig config;
  private final Analyzer analyzer;
  private final ExpansionGuard guard;
  private final java.util.concurrent.@Nullable ExecutorService executor;

  BlockSearch(
      IndexSearcher searcher,
      @Nullable SortedSetDocValuesReaderState facetState,
      StoredFieldsPool stored,
      FacetsConfig config,
      Analyzer analyzer,
      ExpansionGuard guard,
      java.util.concurrent.@Nullable ExecutorService executor) {
    this.executor = executor;
    this.searcher = searcher;
    this.facetState = facetState;
    this.stored = stored;
    this.config = config;
    this.analyzer = analyzer;
    this.guard = guard;
  }

  SearchResult run(SearchQuery q) throws QuerySyntaxException, IOException {
    Query parsed = DossierQueryParser.parse(q.query(), analyzer, BlockDocuments::dateOverlapping);
    guard.check(parsed, searcher.getIndexReader(), q.query());
    // Rewritten once (fuzzy and pattern terms expanded) for both the search and the snippets.
    Query user = rewrite(parsed, q.query());
    DrillDownQuery query = new DrillDownQuery(config, filtered(user, q));
    q.selections().forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
    Sort sort = sortOf(q.sort());
    Cursors.@Nullable Position from = q.after() == null ? null : Cursors.decode(q.after(), q.sort(), q.query());
    @Nullable FieldDoc after = from == null ? null : from.last();
    TopFieldDocs top;
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    try {
      if (q.facets().isEmpty() || facetState == null) {
        top = searcher.search(query, new TopFieldCollectorManager(sort, q.pageSize(), after, Integer.MAX_VALUE));
        TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
      } else {
        DrillSideways sideways = new DrillSideways(searcher, config, null, facetState, executor);
        DrillSideways.DrillSidewaysResult r = sideways.search(query, null, after, q.pageSize(), sort, true);
        top = (TopFieldDocs) r.hits;
        for (String dim : q.facets()) facets.put(dim, values(r.facets, dim, q.facetLimit()));
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(q.query(), e);
    }
    for (String dim : q.facets()) facets.putIfAbsent(dim, List.of());
    List<Hit> hits = hits(top, user);
    long seen = (from == null ? 0 : from.seen()) + top.scoreDocs.length;
    @Nullable String next = null;
    if (top.scoreDocs.length == q.pageSize() && top.totalHits.value > seen) {
      next = Cursors.encode(q.sort(), (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1], seen);
    }
    return new SearchResult(top.totalHits.value, hits, facets, next);
  }

  private Query rewrite(Query parsed, String text) throws IOException, QuerySyntaxException {
    try {
      return searcher.rewrite(parsed);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(text, e);
    }
  }

  private static QuerySyntaxException tooManyClauses(String text, RuntimeException e) {
    return new QuerySyntaxException(
        "the query expands to too many terms (at most " + IndexSearcher.getMaxClauseCount() + ")", text, 0, e);
  }

  /** The user's query over blocks only (not metadata entries), within the date filter. */
  private static Query filtered(Query user, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(user, BooleanClause.Occur.MUST);
    // Excluding the few metadata entries is cheaper than requiring the many block entries.
    b.add(new TermQuery(new Term(Fields.RECORD, Fields.RECORD_DOCUMENT)), BooleanClause.Occur.MUST_NOT);
    if (q.from() != null || q.to() != null) {
      b.add(BlockDocuments.dateOverlapping(q.from(), q.to()), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Sorts end with document id and reading order: unique, so search-after pages are stable. */
  static Sort sortOf(SearchQuery.Sort sort) {
    SortField document = new SortField(Fields.DOCUMENT, SortField.Type.STRING);
    SortField paragraph = new SortField(Fields.ORDER, SortField.Type.INT);
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, document, paragraph);
      case DATE, DATE_DESC -> {
        boolean reverse = sort == SearchQuery.Sort.DATE_DESC;
        SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, reverse);
        date.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE); // undated last either way
        yield new Sort(date, document, paragraph);
      }
    };
  }

  private static List<FacetValue> values(Facets facets, String dim, int limit) throws IOException {
    FacetResult result;
    try {
      result = facets.getTopChildren(limit, dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no block has this dimension (e.g. no speakers in the index yet)
    }
    if (result == null) return List.of();
    List<FacetValue> out = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      if (lv.value.longValue() > 0) out.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    return out;
  }

  private List<Hit> hits(TopDocs top, Query user) throws IOException {
    // Each hit's stored fields are read (decompressed) once, for the hit and for its snippet.
    Map<Integer, Document> docs = new HashMap<>();
    StoredFields fields = stored.borrow();
    try {
      for (ScoreDoc sd : top.scoreDocs) docs.put(sd.doc, fields.document(sd.doc, STORED));
    } finally {
      stored.giveBack(fields);
    }
    Snippet[] snippets = new SnippetHighlighter(searcher, analyzer, docs).snippets(textPart(user), top);
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = docs.get(sd.doc);
      IndexableField note = d.getField(Fields.NOTE);
      hits.add(
          new Hit(
              d.get(Fields.DOCUMENT),
              d.get(Fields.EDITION),
              d.getField(Fields.PARAGRAPH).numericValue().intValue(),
              d.get(Fields.SPEAKER),
              d.get(Fields.DATE_TEXT),
              d.get(Fields.TITLE),
              snippets[i],
              Float.isNaN(sd.score) ? 0f : sd.score,
              d.get(Fields.KIND),
              note == null ? null : note.numericValue().intValue(),
              d.get(Fields.NUMBER)));
    }
    return hits;
  }

  /**
   * The parts of the user's query that can match words of the text, as one disjunction, or null.
   * The highlighter runs its query once per hit; a date range or speaker clause would be
   * evaluated for every snippet (a date range walks the whole points tree each time) only to be
   * ignored, since just the text field is highlighted. Excluded (NOT) parts are never highlighted.
   */
  static @Nullable Query textPart(Query q) {
    List<Query> parts = new ArrayList<>();
    collectTextParts(q, parts);
    if (parts.isEmpty()) return null;
    if (parts.size() == 1) return parts.get(0);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query part : parts) b.add(part, BooleanClause.Occur.SHOULD);
    return b.build();
  }

  private static void collectTextParts(Query q, List<Query> parts) {
    if (q instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.getOccur() != BooleanClause.Occur.MUST_NOT) collectTextParts(c.getQuery(), parts);
      }
    } else if (q instanceof BoostQuery boost) {
      collectTextParts(boost.getQuery(), parts);
    } else if (q instanceof FunctionScoreQuery weighted) {
      collectTextParts(weighted.getWrappedQuery(), parts);
    } else if (q instanceof ConstantScoreQuery constant) {
      collectTextParts(constant.getQuery(), parts);
    } else if (onlyText(q)) {
      parts.add(q);
    }
  }

  private static boolean onlyText(Query q) {
    boolean[] text = {false};
    boolean[] other = {false};
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (field.equals(Fields.TEXT)) text[0] = true;
        else other[0] = true;
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return text[0] && !other[0];
  }

}
