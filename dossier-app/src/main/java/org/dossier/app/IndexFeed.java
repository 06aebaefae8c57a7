package org.dossier.app;

import java.io.IOException;
import org.dossier.model.Document;
import org.dossier.search.SearchIndex;

/**
 * Writes documents to an index in batches: a commit after every {@code commitEvery} documents,
 * or sooner once their text passes {@link #TEXT_PER_COMMIT} characters. A commit empties the
 * engine's write buffer, so indexing a volume of any size takes memory for one batch, not for
 * the volume.
 */
final class IndexFeed {
  /** Characters of text between two commits at most: a few long documents fill a batch on their own. */
  static final long TEXT_PER_COMMIT = 8L << 20;

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

  private static long textLength(Document d) {
    return d.blocks().mapToLong(b -> b.text().length()).sum()
        + d.notes().stream().mapToLong(n -> n.text().length()).sum();
  }
}
