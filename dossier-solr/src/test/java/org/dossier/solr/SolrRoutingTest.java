package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.dossier.search.Fields;
import org.dossier.search.Fixtures;
import org.dossier.search.IndexEntry;
import org.dossier.search.SearchIndexContract;
import org.dossier.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Updates go straight to their shard's leader. */
class SolrRoutingTest {
  @RegisterExtension static final SolrCluster solr = new SolrCluster(2);

  @Test
  void eachDocumentIsSentToTheLeaderCoreThatSolrItselfRoutesItTo() throws Exception {
    try (SolrSearchIndex index = SolrSearchIndex.open(SolrOptions.of(solr.nodeUrls()).withCollection("routing").withLayout(2, 2).withBatchSize(2));
         SolrNodes nodes = new SolrNodes(solr.nodeUrls(), java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(30))) {
      SolrRoutes routes = index.readRoutes();
      assertThat(routes.size()).as(routes.toString()).isEqualTo(2);
      // The contract's eight documents all hash to one half of the ring; these fall on both.
      List<IndexEntry> entries = new java.util.ArrayList<>(SearchIndexContract.entries());
      for (int i = 0; i < 10; i++) entries.add(new IndexEntry(Fixtures.many("routed-" + i, "1991-01-01", 2, "glasnost"), "h" + i));
      index.indexAll(entries);
      index.commit();
      long[] sent = index.batchesSent();
      // 18 documents in batches of at most 2 documents of one shard: at least 9 requests, every one to a leader.
      assertThat(sent[0]).as("batches sent to their shard's leader").isGreaterThanOrEqualTo(9);
      assertThat(sent[1]).as("batches sent to any node").isZero();

      Map<String, Set<String>> expected = new HashMap<>();
      for (IndexEntry e : entries) {
        SolrRoutes.Shard shard = routes.shardOf(SolrDocuments.rootId(e.document().id())).orElseThrow();
        expected.computeIfAbsent(shard.core(), c -> new HashSet<>()).add(e.document().id());
      }
      assertThat(expected).as("the fixtures fall on both shards").hasSize(2);
      for (SolrRoutes.Shard shard : routes.shards()) {
        assertThat(documentsIn(nodes, shard)).as(shard.toString()).isEqualTo(expected.get(shard.core()));
      }
    }
  }

  /** The document ids in the shard's leader core alone ({@code distrib=false}). */
  private static Set<String> documentsIn(SolrNodes nodes, SolrRoutes.Shard shard) throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("defType", "lucene");
    p.set("q", Fields.RECORD + ":" + Fields.RECORD_DOCUMENT);
    p.set("fl", Fields.DOCUMENT);
    p.set("rows", 10_000);
    p.set("distrib", false);
    QueryResponse r = new QueryResponse(nodes.requestAt(shard.baseUrl(), new QueryRequest(p), shard.core()), null);
    Set<String> ids = new HashSet<>();
    for (SolrDocument d : r.getResults()) ids.add((String) d.getFieldValue(Fields.DOCUMENT));
    return ids;
  }
}
