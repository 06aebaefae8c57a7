package org.dossier.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.model.Document;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.SyncReport;
import org.dossier.store.EditionStore;

/**
 * Editions opened together with the search index derived from them: what a server serves and a
 * search searches. The editions are opened read-only, so imports may run beside; {@link #sync()}
 * makes the index match them by content hash, which repairs a crash, an import made while the
 * index was closed, or a deleted index; {@link #refresh()} and {@link #watch} pick up changes
 * another process makes meanwhile.
 */
public final class EditionSet implements AutoCloseable {
  private final List<LiveEdition> editions;
  private final SearchIndex index;
  private final SearchIndex labelled;
  /** Which edition holds each document id, for the current states of the editions. */
  private volatile Map<String, LiveEdition> editionOf;
  /** The documents the last sync left out because they could not be read. */
  private volatile List<DamagedFile> skipped = List.of();

  private EditionSet(List<LiveEdition> editions, SearchIndex index, Map<String, LiveEdition> editionOf) {
    this.editions = List.copyOf(editions);
    this.index = index;
    this.labelled = new LabelledIndex(index, () -> this.editions.stream().map(LiveEdition::edition).toList());
    this.editionOf = editionOf;
  }

  /** Opens {@code dirs} read-only and their index, writable, with {@code engine}. */
  static EditionSet open(List<Path> dirs, IndexEngine engine, AppConfig config) throws AppException, IOException {
    if (dirs.isEmpty()) throw new IllegalArgumentException("dirs must name at least one edition");
    List<LiveEdition> editions = new ArrayList<>();
    List<Path> abs = new ArrayList<>();
    for (Path d : dirs) {
      LiveEdition e = LiveEdition.open(d);
      editions.add(e);
      abs.add(e.dir());
    }
    Map<String, LiveEdition> editionOf = mapDocuments(editions);
    SearchIndex index = engine.open(abs, IndexAccess.WRITABLE, config.searchCacheBytes());
    return new EditionSet(editions, index, editionOf);
  }

  /**
   * Makes the index match the editions by content hash: documents added, changed or removed since
   * the index last saw them are indexed or removed, and the index commits.
   *
   * @throws IOException if the index cannot be written (a document that cannot be read is left
   *     out and listed in {@link #damaged()})
   */
  public SyncReport sync() throws IOException {
    return sync(ProgressListener.NONE);
  }

  /**
   * {@link #sync()}, telling {@code progress} how many documents have been indexed (a stage without
   * a total: how many differ is known only inside the sync).
   *
   * @throws IOException if the index cannot be written, or a document cannot be read
   */
  public synchronized SyncReport sync(ProgressListener progress) throws IOException {
    return sync(progress, -1);
  }

  private SyncReport sync(ProgressListener progress, long total) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    editionOf.forEach((id, e) -> e.findEntry(id).ifPresent(entry -> hashes.put(id, entry.sha256())));
    progress.stage("indexing", "documents", total);
    TolerantSync.Result result = TolerantSync.run(index, hashes, Counting.loader(this::load, progress), this::fileOf);
    skipped = result.skipped();
    progress.stageDone();
    return result.report();
  }

  /**
   * Picks up what another process changed in the editions since they were opened, and syncs the
   * index with it.
   *
   * @return what the sync changed, or empty when no edition changed
   * @throws AppException if two editions now hold the same document id
   * @throws IOException if the index cannot be written, or a document cannot be read
   */
  public synchronized Optional<SyncReport> refresh() throws AppException, IOException {
    boolean changed = false;
    for (LiveEdition e : editions) changed |= e.refresh();
    if (!changed) return Optional.empty();
    editionOf = mapDocuments(editions);
    return Optional.of(sync());
  }

  /**
   * Drops the whole index and indexes every document again.
   *
   * @throws IOException if the index cannot be written, or a document cannot be read
   */
  public SyncReport rebuild() throws IOException {
    return rebuild(ProgressListener.NONE);
  }

  /**
   * {@link #rebuild()}, telling {@code progress} how many of the documents have been indexed.
   *
   * @throws IOException if the index cannot be written, or a document cannot be read
   */
  public synchronized SyncReport rebuild(ProgressListener progress) throws IOException {
    index.deleteAll();
    index.commit();
    return sync(progress, documentCount());
  }

  /**
   * Calls {@link #refresh()} every {@code period} on a background thread until the returned watch
   * is closed, telling {@code listener} what changed or what failed.
   */
  public Watch watch(Duration period, Watch.Listener listener) {
    return Watch.start(this, period, listener);
  }

  /**
   * The document files of these editions that cannot be read, one line each to tell the user: found
   * when an edition was opened, moved aside by a check, or failed to load in the last sync. They
   * are left out of the index; the rest is served and searched as usual.
   */
  public List<DamagedFile> damaged() {
    List<DamagedFile> all = new ArrayList<>();
    for (LiveEdition e : editions) all.addAll(e.damaged());
    all.addAll(skipped);
    return List.copyOf(all);
  }

  /** The file of document {@code id} in its edition: the store names every file after its document. */
  private String fileOf(String id) {
    LiveEdition e = editionOf.get(id);
    return e == null ? id : EditionStore.DOCUMENTS_DIR + "/" + id + ".xml";
  }

  /** The index of these editions. It stays open until this set is closed. */
  public SearchIndex index() {
    return index;
  }

  /**
   * Runs {@code query} on the index, labelling person facet values with the names the editions'
   * registers give them ("Gorbachev, Mikhail S." for {@code p_GMS_1}).
   *
   * @throws QuerySyntaxException if the query cannot be run as written
   * @throws IOException if the index cannot be read
   */
  public SearchResult search(SearchQuery query) throws QuerySyntaxException, IOException {
    return labelled.search(query);
  }

  /** The editions, in the order they were given. */
  public List<LiveEdition> editions() {
    return editions;
  }

  /** How many documents the editions hold together. */
  public int documentCount() {
    return editionOf.size();
  }

  /** Closes the index (committing what is pending). */
  @Override
  public synchronized void close() throws IOException {
    index.close();
  }

  /** Reads a document for the index's sync, which knows failures to read only as I/O errors. */
  private Document load(String id) throws IOException {
    LiveEdition e = editionOf.get(id);
    if (e == null) throw new IOException("no document '" + id + "' in the opened editions");
    try {
      return e.expect(id);
    } catch (AppException x) {
      throw new IOException(x.getMessage(), x);
    }
  }

  private static Map<String, LiveEdition> mapDocuments(List<LiveEdition> editions) throws AppException {
    Map<String, LiveEdition> map = new LinkedHashMap<>();
    for (LiveEdition e : editions) {
      for (ListedDocument entry : e.documents()) {
        LiveEdition other = map.putIfAbsent(entry.id(), e);
        if (other != null) {
          throw new AppException("document id '" + entry.id() + "' is in two editions (" + other.dir() + " and "
              + e.dir() + "); serve or search them separately");
        }
      }
    }
    return Map.copyOf(map);
  }
}
