package org.dossier.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.search.SearchIndex;

/**
 * A search engine: opens the {@link SearchIndex} that holds the documents of a set of editions.
 * The engine of an application is the one its {@link IndexConfig} names; the rest of the
 * application sees only {@link SearchIndex}.
 */
public interface IndexEngine {
  /**
   * Opens the index of the documents of {@code editions}; the caller closes it. A writable index
   * is created when it does not exist yet.
   *
   * @param editions the edition folders, absolute and normalized, at least one
   * @param access whether the caller writes; a {@link IndexAccess#READ_ONLY} index refuses writes
   * @param searchCacheBytes bytes of search results the index may keep until it changes (0: none)
   * @throws IndexBusyException if another process holds the index for writing
   * @throws AppException if a read-only index does not exist
   * @throws IOException if the index cannot be opened
   */
  SearchIndex open(List<Path> editions, IndexAccess access, long searchCacheBytes) throws AppException, IOException;
}
