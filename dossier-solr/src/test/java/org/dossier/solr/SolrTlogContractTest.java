package org.dossier.solr;

import org.dossier.search.SearchIndex;
import org.dossier.search.SearchIndexContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine contract on 2 shards × 2 TLOG replicas: only the leaders index, the followers copy
 * their segments after hard commits, and every write is still visible to the next search.
 */
class SolrTlogContractTest extends SearchIndexContract {
  @RegisterExtension static final SolrCluster solr = new SolrCluster(2);

  @Override
  protected SearchIndex openEmpty(int maxExpansions) throws Exception {
    SolrSearchIndex index = SolrSearchIndex.open(SolrOptions.of(solr.nodeUrls()).withCollection("contract_tlog").withLayout(2, 2)
        .withReplicaType(SolrOptions.ReplicaType.TLOG).withMaxExpansions(maxExpansions).withBatchSize(3).withUpdateThreads(2));
    index.deleteAll();
    return index;
  }
}
