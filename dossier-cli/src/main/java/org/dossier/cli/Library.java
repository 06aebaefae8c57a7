package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Document;
import org.dossier.search.SearchIndex;
import org.dossier.search.SyncReport;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.store.DocumentEntry;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;

/**
 * Editions opened together with the search index derived from them. On open the index is synced
 * with the stores by content hash, so a crash, an import made while the index was closed, or a
 * deleted index are all repaired here.
 */
final class Library implements AutoCloseable {
  /** The index folder inside a single edition; derived data that can be deleted at any time. */
  static final String INDEX_DIR = "index";

  private final List<EditionStore> stores;
  private final LuceneSearchIndex index;
  private final Map<String, EditionStore> storeOf = new LinkedHashMap<>();

  private Library(List<EditionStore> stores, LuceneSearchIndex index) {
    this.stores = List.copyOf(stores);
    this.index = index;
  }

  /**
   * Opens {@code editions} (read-only, so imports may run beside a server) and the index at
   * {@code indexDir} (or the default for these editions), then syncs it.
   */
  static Library open(List<Path> editions, Path indexDir) throws IOException {
    List<EditionStore> stores = new ArrayList<>();
    try {
      for (Path p : editions) stores.add(EditionStore.openReadOnly(p));
    } catch (StoreException e) {
      stores.forEach(EditionStore::close);
      throw new CliException(e.getMessage(), 1, e);
    }
    Path dir = indexDir != null ? indexDir : defaultIndex(stores);
    LuceneSearchIndex index;
    try {
      index = LuceneSearchIndex.open(dir);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      stores.forEach(EditionStore::close);
      throw new CliException("the search index " + dir + " is in use by another dossier process (a server?)", 1, e);
    }
    Library library = new Library(stores, index);
    try {
      library.mapDocuments();
    } catch (CliException e) {
      library.close();
      throw e;
    }
    return library;
  }

  /** One edition: its {@code index/} folder; several: {@code .dossier-index} beside the first. */
  static Path defaultIndex(List<EditionStore> stores) {
    if (stores.size() == 1) return stores.get(0).dir().resolve(INDEX_DIR);
    return stores.get(0).dir().resolveSibling(".dossier-index");
  }

  private void mapDocuments() {
    for (EditionStore s : stores) {
      for (DocumentEntry e : s.documents()) {
        EditionStore other = storeOf.putIfAbsent(e.id(), s);
        if (other != null) {
          throw new CliException("document id '" + e.id() + "' is in two editions (" + other.dir() + " and "
              + s.dir() + "); serve or search them separately");
        }
      }
    }
  }

  /** Makes the index match the stores. */
  SyncReport sync() throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    storeOf.forEach((id, s) -> hashes.put(id, s.findEntry(id).orElseThrow().sha256()));
    return index.sync(hashes, this::load);
  }

  /** Drops the whole index and indexes every document again. */
  void rebuild() throws IOException {
    index.deleteAll();
    index.commit();
    sync();
  }

  Document load(String id) throws IOException {
    EditionStore s = storeOf.get(id);
    if (s == null) throw new IOException("no document " + id + " in the served editions");
    try {
      return s.expect(id);
    } catch (StoreException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  List<EditionStore> stores() {
    return stores;
  }

  SearchIndex index() {
    return index;
  }

  int documentCount() {
    return storeOf.size();
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      stores.forEach(EditionStore::close);
    }
  }
}
