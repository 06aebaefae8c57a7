package org.dossier.app;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dossier.search.SearchIndex;
import org.dossier.solr.SolrOptions;
import org.dossier.solr.SolrSearchIndex;
import org.dossier.solr.SolrUnavailableException;

/**
 * The SolrCloud engine ({@link IndexConfig.SolrCloud}): a collection on a cluster. Solr takes no
 * lock, so it never reports {@link IndexBusyException}: commands and servers write the same
 * collection side by side, each syncing by content hash.
 */
final class SolrEngine implements IndexEngine {
  /** Joins the ids of several editions into the name of their shared collection. */
  static final String SET_SEPARATOR = "__";
  /** Longer names of a set's collection are shortened to the first id and a hash of all. */
  private static final int MAX_SET_NAME = 80;

  private final IndexConfig.SolrCloud config;

  SolrEngine(IndexConfig.SolrCloud config) {
    this.config = config;
  }

  @Override
  public SearchIndex open(List<Path> editions, IndexAccess access, long searchCacheBytes) throws AppException, IOException {
    String collection = collection(editions);
    List<String> urls = new ArrayList<>();
    for (URI n : config.nodes()) urls.add(n.toString());
    SolrOptions options = SolrOptions.of(urls).withCollection(collection).withLayout(config.shards(), config.replicas())
        .withCreate(access == IndexAccess.WRITABLE);
    SolrSearchIndex index;
    try {
      index = SolrSearchIndex.open(options);
    } catch (SolrUnavailableException e) {
      throw clearer(e);
    } catch (IOException e) {
      if (access == IndexAccess.READ_ONLY) {
        throw new AppException(e.getMessage() + "; reindex the editions with --solr to build it", e);
      }
      throw e;
    }
    // Solr keeps its own caches; searchCacheBytes is for engines in this process.
    return access == IndexAccess.WRITABLE ? index : new ReadOnlyIndex(index);
  }

  /**
   * The JDK's HTTP client reports a refused connection as a {@link ConnectException} without a
   * message (its cause a {@code ClosedChannelException}), which reads badly in the one line a user
   * sees; this says "Connection refused" instead, keeping the original as suppressed.
   */
  static SolrUnavailableException clearer(SolrUnavailableException e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof ConnectException && (t.getMessage() == null || t.getMessage().isBlank())) {
        SolrUnavailableException clear = new SolrUnavailableException(e.urls(), new ConnectException("Connection refused"));
        clear.addSuppressed(e);
        return clear;
      }
    }
    return e;
  }

  /** The collection of {@code editions}: the configured one, or the rule of {@link IndexConfig.SolrCloud}. */
  String collection(List<Path> editions) throws AppException {
    if (config.collection() != null) return config.collection();
    if (editions.isEmpty()) throw new IllegalArgumentException("editions must not be empty");
    List<String> ids = new ArrayList<>();
    for (Path e : editions) ids.add(LiveEdition.open(e).edition().id());
    return setName(ids);
  }

  /** One edition's id, or the ids of several joined by {@value #SET_SEPARATOR} (shortened when long). */
  static String setName(List<String> ids) {
    String joined = String.join(SET_SEPARATOR, ids);
    if (ids.size() == 1 || joined.length() <= MAX_SET_NAME) return joined;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
      String first = ids.get(0).length() > MAX_SET_NAME / 2 ? ids.get(0).substring(0, MAX_SET_NAME / 2) : ids.get(0);
      return first + SET_SEPARATOR + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
