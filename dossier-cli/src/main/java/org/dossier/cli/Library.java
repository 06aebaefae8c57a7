package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.search.SearchIndex;
import org.dossier.search.SyncReport;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.store.DocumentEntry;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;
import org.dossier.web.DocumentCache;
import org.dossier.web.DocumentSummary;
import org.dossier.web.EditionSource;

/**
 * Editions opened together with the search index derived from them. On open the index is synced
 * with the stores by content hash, so a crash, an import made while the index was closed, or a
 * deleted index are all repaired here. {@link #refresh()} picks up imports made by another
 * process while a server runs.
 */
final class Library implements AutoCloseable {
  /** The index folder inside a single edition; derived data that can be deleted at any time. */
  static final String INDEX_DIR = "index";

  private final List<Path> dirs;
  private final LuceneSearchIndex index;
  private final Map<Path, EditionStore> stores = new LinkedHashMap<>();
  private final Map<Path, Object> seen = new LinkedHashMap<>();
  /** What the web reader reads, one per folder, replaced with the store on a refresh. */
  private final Map<Path, EditionSource> sources = new LinkedHashMap<>();
  private volatile Map<String, EditionStore> storeOf = Map.of();

  /** Parsed documents of every edition, for the web reader. */
  private final DocumentCache documents;

  private Library(List<Path> dirs, LuceneSearchIndex index, DocumentCache documents) {
    this.dirs = List.copyOf(dirs);
    this.index = index;
    this.documents = documents;
  }

  /**
   * Opens {@code editions} read-only (so imports may run beside a server) and the index at
   * {@code indexDir} (null: the default for these editions). Call {@link #sync()} next.
   */
  static Library open(List<Path> editions, Path indexDir) throws IOException {
    return open(editions, indexDir, DocumentCache.ofBytes(DocumentCache.DEFAULT_BYTES));
  }

  /** Opens the editions and the index as {@link #open(List, Path)}, the web reader keeping parsed documents in {@code documents}. */
  static Library open(List<Path> editions, Path indexDir, DocumentCache documents) throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (Path p : editions) dirs.add(p.toAbsolutePath().normalize());
    Path dir = indexDir != null ? indexDir : defaultIndex(dirs);
    LuceneSearchIndex index;
    try {
      index = LuceneSearchIndex.open(dir);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new CliException("the search index " + dir + " is in use by another dossier process (a server?)", 1, e);
    }
    Library library = new Library(dirs, index, documents);
    try {
      library.reopenChanged();
    } catch (RuntimeException | IOException e) {
      library.close();
      throw e;
    }
    return library;
  }

  /** Keeps up to {@code bytes} of recent search results until the index changes (0: none). */
  Library cacheSearches(long bytes) {
    index.cacheResultBytes(bytes);
    return this;
  }

  /** One edition: its {@code index/} folder; several: {@code .dossier-index} beside the first. */
  static Path defaultIndex(List<Path> dirs) {
    if (dirs.size() == 1) return dirs.get(0).resolve(INDEX_DIR);
    return dirs.get(0).resolveSibling(".dossier-index");
  }

  /** Re-opens the editions whose {@code edition.json} changed; true if any did. */
  private synchronized boolean reopenChanged() throws IOException {
    boolean changed = false;
    for (Path d : dirs) {
      Object version = version(d);
      if (stores.containsKey(d) && version != null && version.equals(seen.get(d))) continue;
      EditionStore fresh;
      try {
        fresh = EditionStore.openReadOnly(d);
      } catch (StoreException e) {
        if (stores.containsKey(d)) continue; // keep serving the last good state
        throw new CliException(e.getMessage(), 1, e);
      }
      // The old read-only store is not closed: it holds no lock or file, and a request may still be
      // reading through it; it goes with its last reader.
      stores.put(d, fresh);
      sources.put(d, EditionSource.of(fresh, documents));
      seen.put(d, version);
      changed = true;
    }
    if (changed) storeOf = mapDocuments();
    return changed;
  }

  /**
   * What identifies one version of {@code edition.json}: the store replaces it by renaming a new
   * file over it, so the file key (inode) changes even when the clock is too coarse to tell.
   */
  private static Object version(Path edition) {
    try {
      java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(
          edition.resolve(EditionStore.EDITION_FILE), java.nio.file.attribute.BasicFileAttributes.class);
      return java.util.Arrays.asList(a.fileKey(), a.lastModifiedTime(), a.size());
    } catch (IOException e) {
      return null;
    }
  }

  private Map<String, EditionStore> mapDocuments() {
    Map<String, EditionStore> map = new LinkedHashMap<>();
    for (EditionStore s : stores.values()) {
      for (DocumentEntry e : s.documents()) {
        EditionStore other = map.putIfAbsent(e.id(), s);
        if (other != null) {
          throw new CliException("document id '" + e.id() + "' is in two editions (" + other.dir() + " and "
              + s.dir() + "); serve or search them separately");
        }
      }
    }
    return Map.copyOf(map);
  }

  /** Makes the index match the stores. */
  synchronized SyncReport sync() throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    storeOf.forEach((id, s) -> hashes.put(id, s.findEntry(id).orElseThrow().sha256()));
    return index.sync(hashes, this::load);
  }

  /** Picks up changes another process made to the editions, and syncs the index with them. */
  synchronized Optional<SyncReport> refresh() throws IOException {
    return reopenChanged() ? Optional.of(sync()) : Optional.empty();
  }

  /** Drops the whole index and indexes every document again. */
  synchronized void rebuild() throws IOException {
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

  /** The editions as the web reader sees them, always reading the latest opened state. */
  List<EditionSource> sources() {
    List<EditionSource> out = new ArrayList<>();
    for (Path d : dirs) out.add(new Source(d));
    return out;
  }

  SearchIndex index() {
    return index;
  }

  int documentCount() {
    return storeOf.size();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      index.close();
    } finally {
      stores.values().forEach(EditionStore::close);
    }
  }

  private synchronized EditionSource current(Path dir) {
    return sources.get(dir);
  }

  /** An edition of this library for the web reader: always the latest opened state of its folder. */
  private final class Source implements EditionSource {
    private final Path dir;

    Source(Path dir) {
      this.dir = dir;
    }

    @Override
    public Edition edition() {
      return current(dir).edition();
    }

    @Override
    public List<DocumentSummary> documents() {
      return current(dir).documents();
    }

    @Override
    public Optional<Document> find(String id) {
      return current(dir).find(id);
    }
  }
}
