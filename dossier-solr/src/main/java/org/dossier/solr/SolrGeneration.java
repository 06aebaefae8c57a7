package org.dossier.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CoreAdminParams;
import org.apache.solr.common.util.NamedList;
import org.jspecify.annotations.Nullable;

/**
 * The generation of a collection as searches see it, for {@link SolrSearchIndex#generation()}.
 *
 * <p>A search may be answered by any active replica, so the state that matters is the version of
 * the searcher every active replica has open (Lucene's reader version, which only grows as
 * writes become visible on that replica, whoever made them). The cluster state names the active
 * replicas and their nodes; one core-status request per node gives their searchers' versions. The
 * generation is a counter of this object that moves on whenever that set of versions differs from
 * the one seen last: a search made after reading a generation sees, on whichever replica it runs,
 * an index at least as new as the one the generation stands for. When a node of an active replica
 * cannot be asked, the state is unknown and every call returns a new value, so nothing is kept.
 *
 * <p>The state is read at most once per {@code ttl}; within it the last value is returned (so a
 * write may take up to {@code ttl} longer to change it). Thread-safe.
 */
final class SolrGeneration {
  private final SolrNodes nodes;
  private final String collection;
  private final long ttlNanos;
  private long generation;
  private @Nullable Map<String, Long> seen;
  private long readAt;
  private boolean fresh;

  SolrGeneration(SolrNodes nodes, String collection, Duration ttl) {
    this.nodes = nodes;
    this.collection = collection;
    this.ttlNanos = ttl.toNanos();
  }

  /** Makes the next {@link #current()} read the cluster again (after this client's own commit). */
  synchronized void invalidate() {
    fresh = false;
  }

  /**
   * The current generation.
   *
   * @throws IOException if the cluster state cannot be read from any node
   */
  synchronized long current() throws IOException {
    long now = System.nanoTime();
    if (fresh && now - readAt < ttlNanos) return generation;
    Map<String, Long> versions = versions();
    readAt = System.nanoTime();
    if (versions == null) {
      fresh = false;
      seen = null;
      return ++generation;
    }
    fresh = true;
    if (!versions.equals(seen)) {
      seen = versions;
      generation++;
    }
    return generation;
  }

  /** Core name → searcher version of every active replica, or null when a node could not say. */
  private @Nullable Map<String, Long> versions() throws IOException {
    Map<String, String> cores = activeReplicas(); // core → node base URL
    Map<String, Long> versions = new TreeMap<>();
    Map<String, List<String>> byNode = new HashMap<>();
    cores.forEach((core, url) -> byNode.computeIfAbsent(url, u -> new ArrayList<>()).add(core));
    for (Map.Entry<String, List<String>> node : new TreeMap<>(byNode).entrySet()) {
      CoreAdminRequest status = new CoreAdminRequest();
      status.setAction(CoreAdminParams.CoreAdminAction.STATUS);
      status.setIndexInfoNeeded(true);
      NamedList<Object> answer;
      try {
        answer = nodes.requestAt(node.getKey(), status);
      } catch (IOException | SolrServerException | SolrException e) {
        return null;
      }
      for (String core : node.getValue()) {
        Object version = at(answer, "status", core, "index", "version");
        if (!(version instanceof Number n)) return null; // the core is loading or gone: unknown
        versions.put(core, n.longValue());
      }
    }
    return versions;
  }

  /** The active replicas on live nodes: core name → the node's base URL. */
  private Map<String, String> activeReplicas() throws IOException {
    NamedList<Object> state;
    try {
      state = nodes.request(new CollectionAdminRequest.ClusterStatus().setCollectionName(collection), null);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("cannot read the state of collection '" + collection + "': " + e.getMessage(), e);
    }
    Set<Object> liveNodes = liveNodes(state);
    Map<String, String> cores = new TreeMap<>();
    Object shards = at(state, "cluster", "collections", collection, "shards");
    for (Map.Entry<String, Object> shard : entries(shards)) {
      for (Map.Entry<String, Object> entry : entries(at(shard.getValue(), "replicas"))) {
        Object replica = entry.getValue();
        Object core = at(replica, "core");
        Object url = at(replica, "base_url");
        if ("active".equals(at(replica, "state")) && liveNodes.contains(at(replica, "node_name"))
            && core instanceof String c && url instanceof String u) {
          cores.put(c, u);
        }
      }
    }
    if (cores.isEmpty()) throw new IOException("collection '" + collection + "' has no active replica");
    return cores;
  }

  /** The live nodes' names in a {@code CLUSTERSTATUS} answer. */
  static Set<Object> liveNodes(NamedList<Object> clusterStatus) {
    Object live = at(clusterStatus, "cluster", "live_nodes");
    return live instanceof List<?> l ? Set.copyOf(l) : Set.of();
  }

  /** The value at {@code path} in nested named lists or maps, or null. */
  static @Nullable Object at(@Nullable Object tree, String... path) {
    Object o = tree;
    for (String key : path) {
      if (o instanceof NamedList<?> nl) o = nl.get(key);
      else if (o instanceof Map<?, ?> m) o = m.get(key);
      else return null;
    }
    return o;
  }

  /** The named entries of a named list or map, in order; none for anything else. */
  static List<Map.Entry<String, Object>> entries(@Nullable Object tree) {
    List<Map.Entry<String, Object>> out = new ArrayList<>();
    if (tree instanceof NamedList<?> nl) nl.forEach((k, v) -> out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(k, v)));
    else if (tree instanceof Map<?, ?> m) m.forEach((k, v) -> out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(String.valueOf(k), v)));
    return out;
  }

}
