package org.dossier.web;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Document;
import org.dossier.search.DocumentLoader;
import org.dossier.search.IndexEntry;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.SyncReport;

/** A search index that counts the searches it runs, and can hide its generation as an engine that cannot tell it. */
final class CountingIndex implements SearchIndex {
  private final SearchIndex index;
  private final boolean tellsGeneration;
  private final AtomicInteger searches = new AtomicInteger();

  CountingIndex(SearchIndex index, boolean tellsGeneration) {
    this.index = index;
    this.tellsGeneration = tellsGeneration;
  }

  int searches() {
    return searches.get();
  }

  @Override
  public SearchResult search(SearchQuery query) throws QuerySyntaxException, IOException {
    searches.incrementAndGet();
    return index.search(query);
  }

  @Override
  public OptionalLong generation() throws IOException {
    return tellsGeneration ? index.generation() : OptionalLong.empty();
  }

  @Override
  public void index(Document document, String contentHash) throws IOException {
    index.index(document, contentHash);
  }

  @Override
  public void indexAll(Iterable<IndexEntry> entries) throws IOException {
    index.indexAll(entries);
  }

  @Override
  public void delete(String documentId) throws IOException {
    index.delete(documentId);
  }

  @Override
  public void deleteAll() throws IOException {
    index.deleteAll();
  }

  @Override
  public void commit() throws IOException {
    index.commit();
  }

  @Override
  public Map<String, String> indexedHashes() throws IOException {
    return index.indexedHashes();
  }

  @Override
  public SyncReport sync(Map<String, String> storeHashes, DocumentLoader loader) throws IOException {
    return index.sync(storeHashes, loader);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
