package org.dossier.app;

import java.util.Objects;

/**
 * How the application runs: the one configuration object a {@link DossierApp} is built from.
 * Its {@link IndexConfig} chooses the search engine; the other fields are options every engine
 * honours.
 *
 * @param index where the editions' search index is kept, and so by which engine
 * @param searchCacheBytes bytes of search results an opened index keeps until it changes (0: none); a
 *     server wants some, a one-off command none
 * @param commitEvery documents written to the index between two commits when importing; each
 *     commit empties the engine's write buffer, so memory does not grow with the size of an import
 */
public record AppConfig(IndexConfig index, long searchCacheBytes, int commitEvery) {
  /** Documents between two index commits by default: a few megabytes of text for the write buffer. */
  public static final int DEFAULT_COMMIT_EVERY = 1000;

  public AppConfig {
    Objects.requireNonNull(index, "index");
    if (searchCacheBytes < 0) throw new IllegalArgumentException("searchCacheBytes must be >= 0: " + searchCacheBytes);
    if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be >= 1: " + commitEvery);
  }

  /** The embedded index in its default folder, no search cache, a commit every {@value #DEFAULT_COMMIT_EVERY} documents. */
  public static AppConfig defaults() {
    return new AppConfig(IndexConfig.embedded(), 0, DEFAULT_COMMIT_EVERY);
  }

  /** This configuration with the index kept as {@code newIndex} says. */
  public AppConfig withIndex(IndexConfig newIndex) {
    return new AppConfig(newIndex, searchCacheBytes, commitEvery);
  }

  /** This configuration keeping up to {@code bytes} of recent search results (0: none). */
  public AppConfig withSearchCacheBytes(long bytes) {
    return new AppConfig(index, bytes, commitEvery);
  }

  /** This configuration committing the index every {@code documents} documents. */
  public AppConfig withCommitEvery(int documents) {
    return new AppConfig(index, searchCacheBytes, documents);
  }
}
