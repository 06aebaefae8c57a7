package org.dossier.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the editions' search index is kept, and so which engine keeps it. Each case names its
 * engine in {@link #engine()}: that is the one place where an engine is chosen, and {@link
 * DossierApp#of} the one caller.
 *
 * <p>An engine is added with one more case here (a record listed in {@code permits}, holding what
 * that engine needs to find its index, such as a cluster's addresses) whose {@code engine()}
 * returns one new {@link IndexEngine} implementation.
 */
public sealed interface IndexConfig permits IndexConfig.Embedded, IndexConfig.SolrCloud {
  /** The engine that opens the index configured so. */
  IndexEngine engine();

  /** The embedded index in its default folder (see {@link Embedded}). */
  static IndexConfig embedded() {
    return new Embedded(null);
  }

  /** The embedded index in folder {@code dir} (null: the default folder). */
  static IndexConfig embedded(@Nullable Path dir) {
    return new Embedded(dir);
  }

  /**
   * The embedded Lucene index, in a folder on this machine; it needs no server. One process at a
   * time may open a folder.
   *
   * @param dir the index folder, or null for the default: {@code EDITION/index} for one edition,
   *     {@code .dossier-index} beside the first of several
   */
  record Embedded(@Nullable Path dir) implements IndexConfig {
    public Embedded {
      dir = dir == null ? null : dir.toAbsolutePath().normalize();
    }

    @Override
    public IndexEngine engine() {
      return new LuceneEngine(dir);
    }
  }

  /**
   * A collection on a SolrCloud cluster ({@code dossier-solr}), shared by every process that
   * points at it: imports, searches and servers may run at once.
   *
   * <p>Which collection: {@code collection} when given; otherwise, for one edition, the edition's
   * id; for several editions opened together, their ids joined by {@code __} (a collection of
   * their own, so that a server of several editions and a command on one of them never sync each
   * other's collection). A missing collection is created with Dossier's configset, {@code shards}
   * × {@code replicas}, when the index is opened {@link IndexAccess#WRITABLE}.
   *
   * @param nodes the base URL of each node ({@code http://127.0.0.1:8983/solr}), tried in turn; at least one
   * @param collection the collection, or null for the rule above
   * @param shards shards of a collection created here, at least 1
   * @param replicas replicas of each shard of a collection created here, at least 1
   */
  record SolrCloud(List<URI> nodes, @Nullable String collection, int shards, int replicas) implements IndexConfig {
    /** Shards of a new collection by default. */
    public static final int DEFAULT_SHARDS = 2;
    /** Replicas of each shard of a new collection by default. */
    public static final int DEFAULT_REPLICAS = 2;

    public SolrCloud {
      nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
      if (nodes.isEmpty()) throw new IllegalArgumentException("nodes must name at least one Solr base URL");
      for (URI n : nodes) {
        String scheme = n.getScheme() == null ? "" : n.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || n.getHost() == null) {
          throw new IllegalArgumentException("a Solr node must be an http:// or https:// URL: " + n);
        }
      }
      if (collection != null && !isCollectionName(collection)) {
        throw new IllegalArgumentException("collection must be letters, digits, '.', '_' or '-': " + collection);
      }
      if (shards < 1) throw new IllegalArgumentException("shards must be >= 1: " + shards);
      if (replicas < 1) throw new IllegalArgumentException("replicas must be >= 1: " + replicas);
    }

    /** The cluster at {@code nodes}, the collection by the rule above, {@value #DEFAULT_SHARDS} × {@value #DEFAULT_REPLICAS}. */
    public static SolrCloud of(List<URI> nodes) {
      return new SolrCloud(nodes, null, DEFAULT_SHARDS, DEFAULT_REPLICAS);
    }

    /** This configuration for collection {@code name} (null: the rule above). */
    public SolrCloud withCollection(@Nullable String name) {
      return new SolrCloud(nodes, name, shards, replicas);
    }

    /** This configuration creating a missing collection with {@code newShards} × {@code newReplicas}. */
    public SolrCloud withLayout(int newShards, int newReplicas) {
      return new SolrCloud(nodes, collection, newShards, newReplicas);
    }

    /** Whether {@code name} is a valid collection name (an edition id always is). */
    static boolean isCollectionName(String name) {
      return name.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
    }

    @Override
    public IndexEngine engine() {
      return new SolrEngine(this);
    }
  }
}
