package org.dossier.solr;

import java.nio.file.Path;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchIndexContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine contract on one shard × 2 replicas on two nodes, the faster layout on a small
 * cluster: searches are answered by the receiving node's own replica, without distributed requests.
 */
class SolrSingleShardContractTest extends SearchIndexContract {
  @TempDir static Path dir;
  private static LocalSolrCloud solr;

  @BeforeAll
  static void startCluster() throws Exception {
    solr = TestClusters.start(dir, 2);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    solr.close();
  }

  @Override
  protected SearchIndex openEmpty(int maxExpansions) throws Exception {
    SolrOptions options = SolrOptions.of(solr.nodeUrls()).withCollection("single").withLayout(1, 2).withMaxExpansions(maxExpansions);
    SolrSearchIndex index = SolrSearchIndex.open(options);
    index.deleteAll();
    return index;
  }
}
