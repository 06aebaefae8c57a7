package org.dossier.solr;

import org.dossier.search.SearchIndex;
import org.dossier.search.SearchIndexContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine contract on a real SolrCloud of two nodes, one collection of 2 shards × 2 replicas,
 * written in batches of three documents, two requests at once.
 */
class SolrContractTest extends SearchIndexContract {
  @RegisterExtension static final SolrCluster solr = new SolrCluster(2);

  @Override
  protected SearchIndex openEmpty(int maxExpansions) throws Exception {
    SolrSearchIndex index = SolrSearchIndex.open(SolrOptions.of(solr.nodeUrls()).withCollection("contract").withLayout(2, 2).withMaxExpansions(maxExpansions)
        // Small batches, so that indexing many documents sends several requests at once.
        .withBatchSize(3).withUpdateThreads(2));
    index.deleteAll();
    return index;
  }
}
