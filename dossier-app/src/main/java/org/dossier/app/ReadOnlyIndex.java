package org.dossier.app;

import java.io.IOException;
import java.util.Map;
import org.dossier.model.Document;
import org.dossier.search.DocumentLoader;
import org.dossier.search.IndexEntry;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.SyncReport;

/** An index opened {@link IndexAccess#READ_ONLY}: searches pass through, writes are refused. */
final class ReadOnlyIndex implements SearchIndex {
  private final SearchIndex index;

  ReadOnlyIndex(SearchIndex index) {
    this.index = index;
  }

  @Override
  public void index(Document document, String contentHash) {
    throw refused("index a document");
  }

  @Override
  public void indexAll(Iterable<IndexEntry> entries) {
    throw refused("index documents");
  }

  @Override
  public void delete(String documentId) {
    throw refused("delete a document");
  }

  @Override
  public void deleteAll() {
    throw refused("delete every document");
  }

  @Override
  public void commit() {
    throw refused("commit");
  }

  @Override
  public SyncReport sync(Map<String, String> storeHashes, DocumentLoader loader) {
    throw refused("sync");
  }

  @Override
  public Map<String, String> indexedHashes() throws IOException {
    return index.indexedHashes();
  }

  @Override
  public SearchResult search(SearchQuery query) throws QuerySyntaxException, IOException {
    return index.search(query);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  private static IllegalStateException refused(String what) {
    return new IllegalStateException("the search index was opened read-only: cannot " + what);
  }
}
