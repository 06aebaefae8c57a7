package org.dossier.solr.plugin;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.search.QParser;
import org.dossier.search.Fields;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.query.DossierQueryParser;
import org.dossier.search.query.ExpansionGuard;
import org.jspecify.annotations.Nullable;

/**
 * One query read by {@link DossierQueryParser} with the schema's query analyzers; {@code date:}
 * clauses become the {@code DateRangeField}'s overlap (Intersects) range queries; patterns are
 * bounded on this core's index.
 */
final class DossierQParser extends QParser {
  DossierQParser(@Nullable String qstr, @Nullable SolrParams localParams, @Nullable SolrParams params, SolrQueryRequest req) {
    super(qstr, localParams, params, req);
  }

  @Override
  public Query parse() {
    String text = qstr == null ? "" : qstr;
    IndexSchema schema = req.getSchema();
    SchemaField date = schema.getField(Fields.DATE);
    try {
      Query query = DossierQueryParser.parse(text, schema.getQueryAnalyzer(),
          (first, last) -> date.getType().getRangeQuery(this, date, day(first), day(last), true, true));
      int limit = params == null ? ExpansionGuard.DEFAULT_LIMIT
          : params.getInt(DossierQParserPlugin.MAX_EXPANSIONS, ExpansionGuard.DEFAULT_LIMIT);
      new ExpansionGuard(limit).check(query, req.getSearcher().getIndexReader(), text);
      return query;
    } catch (QuerySyntaxException e) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, DossierQParserPlugin.PROBLEM + e.getMessage(), e);
    } catch (IOException e) {
      throw new SolrException(SolrException.ErrorCode.SERVER_ERROR, "cannot read the index to check the query's patterns", e);
    }
  }

  private static @Nullable String day(@Nullable LocalDate d) {
    return d == null ? null : d.toString();
  }
}
