package org.dossier.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dossier.search.QuerySyntaxException;

/**
 * Bounds wildcard, prefix, regexp and range terms: each may expand to at most {@code limit} index
 * terms, counted per segment before the query runs, so that {@code *a*} on a large index fails
 * with a typed error instead of running for minutes. Fuzzy terms are not counted: Lucene already
 * caps their expansion. On a sharded engine each shard counts its own terms.
 */
public final class ExpansionGuard {
  /** The default bound on the words one wildcard, prefix, regexp or range term may expand to. */
  public static final int DEFAULT_LIMIT = 10_000;

  private final int limit;

  /**
   * @param limit the most index terms one pattern may expand to, at least 1
   */
  public ExpansionGuard(int limit) {
    if (limit < 1) throw new IllegalArgumentException("limit must be >= 1: " + limit);
    this.limit = limit;
  }

  /**
   * Checks every pattern of {@code query} against the terms of {@code reader}.
   *
   * @param queryText the query as the user wrote it, for the error
   * @throws QuerySyntaxException naming the pattern that expands too far
   * @throws IOException if the index cannot be read
   */
  public void check(Query query, IndexReader reader, String queryText) throws QuerySyntaxException, IOException {
    List<MultiTermQuery> patterns = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            if (q instanceof MultiTermQuery mtq && !(q instanceof FuzzyQuery)) patterns.add(mtq);
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    for (MultiTermQuery p : patterns) {
      long count = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(p.getField());
        if (terms == null) continue;
        TermsEnum e = p.getTermsEnum(terms);
        while (e.next() != null) {
          if (++count > limit) {
            throw new QuerySyntaxException(
                "'" + p.toString(p.getField()) + "' matches more than " + limit
                    + " different words; make the pattern more specific", queryText, 0, null);
          }
        }
      }
    }
  }
}
