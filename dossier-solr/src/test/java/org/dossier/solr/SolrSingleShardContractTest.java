package org.dossier.solr;

import org.dossier.search.SearchIndex;
import org.dossier.search.SearchIndexContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine contract on one shard × 2 replicas on two nodes, the faster layout on a small
 * cluster: searches are answered by the receiving node's own replica, without distributed requests.
 */
class SolrSingleShardContractTest extends SearchIndexContract {
  @RegisterExtension static final SolrCluster solr = new SolrCluster(2);

  @Override
  protected SearchIndex openEmpty(int maxExpansions) throws Exception {
    SolrOptions options = SolrOptions.of(solr.nodeUrls()).withCollection("single").withLayout(1, 2).withMaxExpansions(maxExpansions);
    SolrSearchIndex index = SolrSearchIndex.open(options);
    index.deleteAll();
    return index;
  }
}
