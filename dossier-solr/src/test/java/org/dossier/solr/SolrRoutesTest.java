package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.cloud.CompositeIdRouter;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

/** Update routes read from a CLUSTERSTATUS answer: each document to the leader of the shard that holds its hash. */
class SolrRoutesTest {
  private static final String NODE_A = "127.0.0.1:8983_solr";
  private static final String NODE_B = "127.0.0.1:8984_solr";

  @Test
  void eachDocumentGoesToTheLeaderOfTheShardWhoseRangeHoldsItsHash() {
    SolrRoutes routes = SolrRoutes.of(status("compositeId", List.of(NODE_A, NODE_B), "NRT", true), "c");
    assertThat(routes.size()).isEqualTo(2);
    CompositeIdRouter router = new CompositeIdRouter();
    for (int i = 0; i < 200; i++) {
      String root = SolrDocuments.rootId("doc-" + i);
      int hash = router.sliceHash(root, null, null, null);
      SolrRoutes.Shard shard = routes.shardOf(root).orElseThrow();
      // shard1 holds the lower half of the hash ring (negative hashes), shard2 the upper.
      assertThat(shard.name()).isEqualTo(hash < 0 ? "shard1" : "shard2");
      assertThat(shard.core()).isEqualTo(hash < 0 ? "c_shard1_replica_n1" : "c_shard2_replica_n4");
      assertThat(shard.baseUrl()).isEqualTo(hash < 0 ? "http://127.0.0.1:8983/solr" : "http://127.0.0.1:8984/solr");
    }
  }

  @Test
  void aDocumentsBlocksAreRoutedWithItsRootByTheDocumentIdBeforeTheBang() {
    CompositeIdRouter router = new CompositeIdRouter();
    int root = router.sliceHash(SolrDocuments.rootId("doc51"), null, null, null);
    for (String block : List.of("doc51!b0", "doc51!b1", "doc51!b17")) {
      // The upper 16 bits come from the document id: the same shard for ranges split in halves or quarters.
      assertThat(router.sliceHash(block, null, null, null) >>> 16).isEqualTo(root >>> 16);
    }
  }

  @Test
  void withoutALiveActiveLeaderForEveryShardThereAreNoRoutesAndUpdatesGoToAnyNode() {
    assertThat(SolrRoutes.of(status("compositeId", List.of(NODE_A), "NRT", true), "c").shardOf("x!doc")).isEmpty();
    assertThat(SolrRoutes.of(status("compositeId", List.of(NODE_A, NODE_B), "NRT", false), "c").size()).isZero();
    assertThat(SolrRoutes.of(status("implicit", List.of(NODE_A, NODE_B), "NRT", true), "c").size()).isZero();
    assertThat(SolrRoutes.of(status("compositeId", List.of(NODE_A, NODE_B), "NRT", true), "other").size()).isZero();
  }

  @Test
  void tlogFollowersCopyTheirLeaderAndNrtReplicasDoNot() {
    assertThat(SolrRoutes.followersCopy(status("compositeId", List.of(NODE_A, NODE_B), "TLOG", true), "c")).isTrue();
    assertThat(SolrRoutes.followersCopy(status("compositeId", List.of(NODE_A, NODE_B), "NRT", true), "c")).isFalse();
  }

  /** Two shards of two replicas; each shard's leader on its own node, the followers on the other. */
  private static NamedList<Object> status(String router, List<String> liveNodes, String type, boolean leadersActive) {
    Map<String, Object> shards = new LinkedHashMap<>();
    shards.put("shard1", shard("80000000-ffffffff", replica("c_shard1_replica_n1", NODE_A, type, true, leadersActive),
        replica("c_shard1_replica_n2", NODE_B, type, false, true)));
    shards.put("shard2", shard("0-7fffffff", replica("c_shard2_replica_n3", NODE_A, type, false, true),
        replica("c_shard2_replica_n4", NODE_B, type, true, leadersActive)));
    Map<String, Object> collection = Map.of("router", Map.of("name", router), "shards", shards);
    NamedList<Object> cluster = new NamedList<>();
    cluster.add("collections", Map.of("c", collection));
    cluster.add("live_nodes", liveNodes);
    NamedList<Object> status = new NamedList<>();
    status.add("cluster", cluster);
    return status;
  }

  private static Map<String, Object> shard(String range, Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> replicas = new LinkedHashMap<>();
    replicas.put("core_node_" + a.get("core"), a);
    replicas.put("core_node_" + b.get("core"), b);
    return Map.of("range", range, "state", "active", "replicas", replicas);
  }

  private static Map<String, Object> replica(String core, String node, String type, boolean leader, boolean active) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("core", core);
    r.put("node_name", node);
    r.put("base_url", "http://" + node.replace("_solr", "/solr"));
    r.put("state", active ? "active" : "down");
    r.put("type", type);
    if (leader) r.put("leader", "true");
    return r;
  }
}
