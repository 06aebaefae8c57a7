package org.dossier.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.dossier.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * Parsed documents of edition folders, bounded by their estimated size in bytes; one cache may
 * serve every edition of a server ({@link EditionSource#of(org.dossier.app.LiveEdition,
 * DocumentCache)}). Documents are kept under the hash of their file, so a replaced document is
 * never served stale and a document unchanged across a reopened edition is not parsed again.
 * Thread-safe.
 */
public final class DocumentCache {
  /** The default budget: a few thousand long documents, or every short one of a large edition. */
  public static final long DEFAULT_BYTES = 128L << 20;

  private final @Nullable Cache<String, Document> documents;

  private DocumentCache(long budget) {
    // Evictions run on the calling thread: no pool to name or to wait for, and a put is bounded at once.
    this.documents = budget == 0 ? null
        : Caffeine.newBuilder().maximumWeight(budget).weigher((String hash, Document d) -> weight(d))
            .executor(Runnable::run).build();
  }

  /**
   * A cache of up to {@code budget} estimated bytes of parsed documents; 0 keeps none.
   *
   * @throws IllegalArgumentException if {@code budget} is negative
   */
  public static DocumentCache ofBytes(long budget) {
    if (budget < 0) throw new IllegalArgumentException("budget must be >= 0: " + budget);
    return new DocumentCache(budget);
  }

  /** The document kept under file hash {@code hash}, if it has id {@code id}; else null. */
  @Nullable Document find(String hash, String id) {
    if (documents == null) return null;
    Document d = documents.getIfPresent(hash);
    return d != null && d.id().equals(id) ? d : null;
  }

  void put(String hash, Document document) {
    if (documents != null) documents.put(hash, document);
  }

  /** The estimated bytes kept. */
  long weightedBytes() {
    if (documents == null) return 0;
    documents.cleanUp();
    return documents.policy().eviction().orElseThrow().weightedSize().orElse(0);
  }

  /** About the heap a parsed document takes: its text twice over (strings) plus a little per block and note. */
  static int weight(Document d) {
    long blocks = d.blocks().mapToLong(b -> 2L * b.text().length() + 256).sum();
    long notes = d.notes().stream().mapToLong(n -> 2L * n.text().length() + 128).sum();
    return (int) Math.min(Integer.MAX_VALUE, 1024 + blocks + notes);
  }
}
