package org.dossier.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.common.cloud.CompositeIdRouter;
import org.apache.solr.common.cloud.DocRouter;
import org.apache.solr.common.util.NamedList;

/**
 * Where each document's update goes: the leader core of the shard whose hash range holds the
 * document's compositeId hash, read from the Collections API's {@code CLUSTERSTATUS}, as SolrJ's
 * {@code CloudSolrClient} routes without a ZooKeeper client.
 *
 * <p>An update sent to any node is forwarded by Solr to the shard's leader, which indexes it and
 * sends it on to the other replicas: for a document that arrives elsewhere, one more request,
 * one more decoding and encoding of the batch. Sending each batch straight to its leader saves
 * that hop. Routes are a hint, never a condition: a leader that moved still forwards to the new
 * one, and a collection whose router is not {@code compositeId}, a shard without a live leader
 * or an unreadable state gives no route, so the update goes to any node as before.
 *
 * @param shards the active shards, each with its hash range and its leader
 */
record SolrRoutes(List<Shard> shards) {
  private static final CompositeIdRouter ROUTER = new CompositeIdRouter();

  /** No routes: every update goes to any node. */
  static final SolrRoutes NONE = new SolrRoutes(List.of());

  SolrRoutes {
    shards = List.copyOf(shards);
  }

  /**
   * One shard: its name, its hash range, and its leader core.
   *
   * @param baseUrl the leader's node ({@code http://host:8983/solr})
   * @param core the leader's core name, the path an update is sent to on that node
   */
  record Shard(String name, DocRouter.Range range, String baseUrl, String core) {}

  /**
   * The routes of {@code collection} in a {@code CLUSTERSTATUS} answer: a shard counts when it is
   * active and its leader replica is active on a live node; no routes when the collection's router
   * is not {@code compositeId} or a shard has no such leader (then any node forwards better than a
   * partial table guesses).
   */
  static SolrRoutes of(NamedList<Object> clusterStatus, String collection) {
    Object state = SolrGeneration.at(clusterStatus, "cluster", "collections", collection);
    Object router = SolrGeneration.at(state, "router", "name");
    if (state == null || router != null && !CompositeIdRouter.NAME.equals(router)) return NONE;
    Set<Object> liveNodes = SolrGeneration.liveNodes(clusterStatus);
    List<Shard> shards = new ArrayList<>();
    for (Map.Entry<String, Object> shard : SolrGeneration.entries(SolrGeneration.at(state, "shards"))) {
      if (!"active".equals(SolrGeneration.at(shard.getValue(), "state"))) continue;
      Object range = SolrGeneration.at(shard.getValue(), "range");
      Shard leader = null;
      for (Map.Entry<String, Object> replica : SolrGeneration.entries(SolrGeneration.at(shard.getValue(), "replicas"))) {
        Object r = replica.getValue();
        if ("true".equals(String.valueOf(SolrGeneration.at(r, "leader"))) && "active".equals(SolrGeneration.at(r, "state"))
            && liveNodes.contains(SolrGeneration.at(r, "node_name")) && range instanceof String hashes
            && SolrGeneration.at(r, "base_url") instanceof String url && SolrGeneration.at(r, "core") instanceof String core) {
          leader = new Shard(shard.getKey(), ROUTER.fromString(hashes), url, core);
        }
      }
      if (leader == null) return NONE;
      shards.add(leader);
    }
    return new SolrRoutes(shards);
  }

  /**
   * Whether some replica of {@code collection} in a {@code CLUSTERSTATUS} answer copies its leader's
   * segments instead of indexing ({@code TLOG} or {@code PULL}), and so may lag behind its leader.
   */
  static boolean followersCopy(NamedList<Object> clusterStatus, String collection) {
    for (Map.Entry<String, Object> shard : SolrGeneration.entries(SolrGeneration.at(clusterStatus, "cluster", "collections", collection, "shards"))) {
      for (Map.Entry<String, Object> replica : SolrGeneration.entries(SolrGeneration.at(shard.getValue(), "replicas"))) {
        Object type = SolrGeneration.at(replica.getValue(), "type");
        if (type != null && !"NRT".equals(type)) return true;
      }
    }
    return false;
  }

  /**
   * The shard whose leader takes the document with root id {@code rootId} (its blocks follow their
   * root), or empty when there are no routes.
   */
  Optional<Shard> shardOf(String rootId) {
    if (shards.isEmpty()) return Optional.empty();
    int hash = ROUTER.sliceHash(rootId, null, null, null);
    for (Shard s : shards) if (s.range().includes(hash)) return Optional.of(s);
    return Optional.empty();
  }

  /** The number of routes, 0 when updates go to any node. */
  int size() {
    return shards.size();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SolrRoutes[");
    for (Shard shard : shards) s.append(shard.name()).append(' ').append(shard.range()).append(" → ").append(shard.baseUrl()).append('/').append(shard.core()).append("; ");
    return s.append(']').toString();
  }
}
