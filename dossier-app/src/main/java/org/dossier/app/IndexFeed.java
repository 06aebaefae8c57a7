package org.dossier.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.model.Document;
import org.dossier.search.SearchIndex;
import org.dossier.search.SyncReport;

/**
 * Writes documents to an index in batches: a commit after every {@code commitEvery} documents,
 * or sooner once their text passes {@link #TEXT_PER_COMMIT} characters. A commit empties the
 * engine's write buffer, so indexing a volume of any size takes memory for one batch, not for
 * the volume.
 */
final class IndexFeed {
  /** Characters of text between two commits at most: a few long documents fill a batch on their own. */
  static final long TEXT_PER_COMMIT = 8L << 20;

  /** Reads a document of the store for {@link #sync}. */
  @FunctionalInterface
  interface Loader {
    Document load(String id) throws AppException, IOException;
  }

  private final SearchIndex index;
  private final int commitEvery;
  private int pending;
  private long pendingText;
  private int commits;

  IndexFeed(SearchIndex index, int commitEvery) {
    if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be >= 1: " + commitEvery);
    this.index = index;
    this.commitEvery = commitEvery;
  }

  /** Adds or replaces {@code document}, stored with content hash {@code hash}. */
  void add(Document document, String hash) throws IOException {
    index.index(document, hash);
    pending++;
    pendingText += textLength(document);
    if (pending >= commitEvery || pendingText >= TEXT_PER_COMMIT) commit();
  }

  /** Removes document {@code id}. */
  void delete(String id) throws IOException {
    index.delete(id);
    pending++;
    if (pending >= commitEvery) commit();
  }

  /** Commits what is pending. */
  void finish() throws IOException {
    commit();
  }

  /** How many commits this feed made. */
  int commits() {
    return commits;
  }

  private void commit() throws IOException {
    index.commit();
    commits++;
    pending = 0;
    pendingText = 0;
  }

  /**
   * Makes {@code index} match the store: documents whose hash differs from {@code storeHashes} are
   * indexed again, documents missing from the index are added, documents the store no longer has
   * are removed; in batches, with a commit at the end.
   *
   * @param storeHashes the store's content hash of every document, by id
   * @param loader reads a document from the store
   */
  static SyncReport sync(SearchIndex index, Map<String, String> storeHashes, Loader loader, int commitEvery)
      throws AppException, IOException {
    Map<String, String> indexed = index.indexedHashes();
    IndexFeed feed = new IndexFeed(index, commitEvery);
    List<String> added = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(storeHashes).entrySet()) {
      String have = indexed.get(e.getKey());
      if (e.getValue().equals(have)) continue;
      Document doc = loader.load(e.getKey());
      if (!doc.id().equals(e.getKey())) {
        throw new IOException("the store returned document " + doc.id() + " when asked for " + e.getKey());
      }
      feed.add(doc, e.getValue());
      (have == null ? added : replaced).add(e.getKey());
    }
    for (String id : new TreeMap<>(indexed).keySet()) {
      if (!storeHashes.containsKey(id)) {
        feed.delete(id);
        removed.add(id);
      }
    }
    feed.finish();
    return new SyncReport(added, replaced, removed);
  }

  private static long textLength(Document d) {
    return d.blocks().mapToLong(b -> b.text().length()).sum()
        + d.notes().stream().mapToLong(n -> n.text().length()).sum();
  }
}
