package org.dossier.solr.plugin;

import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.jspecify.annotations.Nullable;

/**
 * Dossier's query syntax inside Solr: the Lucene query the embedded engine builds, built with the
 * schema's field analyzers ({@code org.dossier.search.query.DossierQueryParser}). Registered in the
 * generated {@code solrconfig.xml} and used as the default {@code defType}:
 *
 * <pre>{@code
 * <queryParser name="dossier" class="org.dossier.solr.plugin.DossierQParserPlugin"/>
 * }</pre>
 *
 * <p>Request parameter {@value #MAX_EXPANSIONS} bounds the words one pattern term may expand to
 * (default {@value org.dossier.search.query.ExpansionGuard#DEFAULT_LIMIT}), counted on each shard.
 * A query that cannot be run is a 400 whose message holds {@value #PROBLEM} and Dossier's
 * description of the problem.
 */
public final class DossierQParserPlugin extends QParserPlugin {
  /** The parser's name in {@code solrconfig.xml} and in {@code defType}. */
  public static final String NAME = "dossier";
  /** The request parameter bounding pattern expansion. */
  public static final String MAX_EXPANSIONS = "dossier.maxExpansions";
  /** Marks the start of Dossier's own message in a 400 answer. */
  public static final String PROBLEM = "dossier query: ";

  @Override
  public QParser createParser(
      @Nullable String qstr, @Nullable SolrParams localParams, @Nullable SolrParams params, SolrQueryRequest req) {
    return new DossierQParser(qstr, localParams, params, req);
  }
}
