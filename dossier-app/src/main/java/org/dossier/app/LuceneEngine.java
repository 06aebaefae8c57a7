package org.dossier.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.LockObtainFailedException;
import org.dossier.search.SearchIndex;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.jspecify.annotations.Nullable;

/** The embedded engine ({@link IndexConfig.Embedded}): a Lucene index in a folder. */
final class LuceneEngine implements IndexEngine {
  /** The index folder inside a single edition; derived data that can be deleted at any time. */
  static final String INDEX_DIR = "index";
  /** The index folder of several editions served together, beside the first. */
  static final String SHARED_INDEX_DIR = ".dossier-index";

  private final @Nullable Path dir;

  LuceneEngine(@Nullable Path dir) {
    this.dir = dir;
  }

  /** The folder of the index of {@code editions}: the configured one, or the default. */
  Path folder(List<Path> editions) {
    if (dir != null) return dir;
    if (editions.isEmpty()) throw new IllegalArgumentException("editions must not be empty");
    Path first = editions.get(0);
    return editions.size() == 1 ? first.resolve(INDEX_DIR) : first.resolveSibling(SHARED_INDEX_DIR);
  }

  @Override
  public SearchIndex open(List<Path> editions, IndexAccess access, long searchCacheBytes) throws AppException, IOException {
    Path folder = folder(editions);
    if (access == IndexAccess.READ_ONLY && !Files.isDirectory(folder)) {
      throw new AppException("there is no search index in " + folder + " yet; reindex the editions to build it");
    }
    LuceneSearchIndex index;
    try {
      index = LuceneSearchIndex.open(folder);
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException("the search index " + folder + " is in use by another dossier process (a server?)", e);
    }
    index.cacheResultBytes(searchCacheBytes);
    return access == IndexAccess.WRITABLE ? index : new ReadOnlyIndex(index);
  }
}
