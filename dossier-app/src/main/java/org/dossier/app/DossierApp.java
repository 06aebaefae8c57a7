package org.dossier.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.search.SearchIndex;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * The front door of the application layer: the use cases on edition folders and their search
 * index, for the command line and the web to adapt. Built from one {@link AppConfig}; the search
 * engine is the one its {@link IndexConfig} names. Commands that change an edition keep its index
 * in step; when another process (a server) holds the index, the edition is still changed and the
 * report carries a note instead, since that process catches up by itself.
 *
 * <pre>{@code
 * DossierApp app = DossierApp.of(AppConfig.defaults());
 * app.init(dir, "cold-war", "Cold War Documents, 1989");
 * ImportReport r = app.importInto(dir, ImportRequest.of(List.of(volume)), null);
 * System.err.println(r.failures().isEmpty() ? r.summary() : r.failureSummary());
 * }</pre>
 */
public final class DossierApp {
  private final AppConfig config;
  private final IndexEngine engine;

  DossierApp(AppConfig config, IndexEngine engine) {
    this.config = Objects.requireNonNull(config, "config");
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** The application configured by {@code config}, with the engine its index configuration names. */
  public static DossierApp of(AppConfig config) {
    return new DossierApp(config, config.index().engine());
  }

  /** The configuration this application was built from. */
  public AppConfig config() {
    return config;
  }

  /**
   * Creates an empty edition in {@code dir}, which must be absent or an empty folder. When this
   * application runs on SolrCloud, the edition records it (collection: the one configured, or
   * {@code id}), so that later commands on the edition use it unasked (see {@link
   * #recordedIndex}); the collection is created (or emptied) first, so an unreachable cluster
   * fails before anything is written.
   *
   * @throws IllegalArgumentException if {@code id} is not URL-safe or {@code title} is blank
   * @throws AppException if {@code dir} is a file, a non-empty folder, or cannot be written
   * @throws IOException if the SolrCloud collection cannot be reached or created
   *     ({@code org.dossier.solr.SolrUnavailableException} when no node answers)
   */
  public Edition init(Path dir, String id, String title) throws AppException, IOException {
    if (!(config.index() instanceof IndexConfig.SolrCloud solr)) return Stores.init(dir, id, title);
    IndexConfig.SolrCloud recorded = solr.collection() == null ? solr.withCollection(id) : solr;
    try (SearchIndex index = recorded.engine().open(List.of(dir.toAbsolutePath().normalize()), IndexAccess.WRITABLE, 0)) {
      // A new edition has no documents: whatever the collection held belongs to an edition gone.
      if (!index.indexedHashes().isEmpty()) {
        index.deleteAll();
        index.commit();
      }
    }
    Edition created = Stores.init(dir, id, title);
    EngineRecord.write(dir.toAbsolutePath().normalize(), recorded);
    return created;
  }

  /**
   * Changes the citation facts of the edition in {@code dir} (title, editors, publisher, licence and
   * imprint) to what {@code change} makes of them, and saves {@code edition.json}; the id, the
   * registers and the documents stay.
   *
   * @return the edition as saved
   * @throws IllegalArgumentException if {@code change} gives a value the model refuses, or changes the id
   * @throws AppException if {@code dir} is not an edition or cannot be written
   */
  public Edition describe(Path dir, UnaryOperator<Edition> change) throws AppException {
    Objects.requireNonNull(change, "change");
    try (EditionStore store = Stores.open(dir)) {
      Edition before = store.edition();
      Edition after = Objects.requireNonNull(change.apply(before), "change returned null");
      if (!after.id().equals(before.id())) throw new IllegalArgumentException("describe cannot change the edition id");
      Edition kept = before.withCitation(after.title(), after.editors(), after.publisher(), after.licence(),
          after.imprint());
      if (!kept.equals(before)) store.setEdition(kept);
      return kept;
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), e);
    }
  }

  /**
   * The search engine that {@code editions} record: the one {@code dossier init --solr} wrote into
   * the first edition, or the embedded engine when it records none. For several editions the
   * recorded collection gives way to the rule of {@link IndexConfig.SolrCloud} (a collection of
   * their own).
   *
   * @throws AppException if the record cannot be read or is not valid (the message names the file)
   */
  public static IndexConfig recordedIndex(List<Path> editions) throws AppException {
    if (editions.isEmpty()) throw new IllegalArgumentException("editions must name at least one edition");
    Optional<IndexConfig> recorded = EngineRecord.read(editions.get(0).toAbsolutePath().normalize());
    if (recorded.isEmpty()) return IndexConfig.embedded();
    if (editions.size() > 1 && recorded.get() instanceof IndexConfig.SolrCloud solr) return solr.withCollection(null);
    return recorded.get();
  }

  /**
   * Opens the edition in {@code dir} to read (list, export): no lock is taken, so it works beside a
   * writer.
   *
   * @throws AppException if {@code dir} is not an edition or cannot be read
   */
  public LiveEdition read(Path dir) throws AppException {
    return LiveEdition.open(dir);
  }

  /**
   * Opens editions together with their index, writable, for a server or a search; call {@link
   * EditionSet#sync()} next to bring the index up to date. The caller closes the set.
   *
   * @throws AppException if an edition cannot be opened, two editions hold the same document id,
   *     or another process holds the index ({@link IndexBusyException})
   * @throws IOException if the index cannot be opened
   */
  public EditionSet open(List<Path> editions) throws AppException, IOException {
    return EditionSet.open(editions, engine, config);
  }

  /**
   * Opens the index of {@code editions} alone, for a caller that only searches ({@link
   * IndexAccess#READ_ONLY}) or writes by itself. The caller closes it.
   *
   * @throws AppException if a read-only index does not exist, or another process holds it
   * @throws IOException if the index cannot be opened
   */
  public SearchIndex openIndex(List<Path> editions, IndexAccess access) throws AppException, IOException {
    List<Path> dirs = new ArrayList<>();
    for (Path e : editions) dirs.add(e.toAbsolutePath().normalize());
    return engine.open(dirs, access, config.searchCacheBytes());
  }

  /**
   * Imports into the edition in {@code edition}: every source is read and checked before anything
   * is written, so one bad file writes nothing (the report then lists the failures); otherwise the
   * edition's registers are merged, the documents stored and the edition's index updated. Memory is
   * bounded by the largest document, not by the size of the sources: documents wait in a staging
   * folder inside the edition until every file has been read.
   *
   * @param each hears every document, in order, as it is stored (null: nobody)
   * @throws AppException if the edition cannot be opened or written, or a source does not exist
   * @throws IOException if a source or the index cannot be read or written
   */
  public ImportReport importInto(Path edition, ImportRequest request, @Nullable Consumer<Document> each)
      throws AppException, IOException {
    return importInto(edition, request, each, ProgressListener.NONE);
  }

  /**
   * {@link #importInto(Path, ImportRequest, Consumer)}, telling {@code progress} how far it has come:
   * a stage {@code "reading"} (files, or the documents of a single file), then {@code "storing and
   * indexing"} (documents) when every file could be read.
   *
   * @throws AppException if the edition cannot be opened or written, or a source does not exist
   * @throws IOException if a source or the index cannot be read or written
   */
  public ImportReport importInto(Path edition, ImportRequest request, @Nullable Consumer<Document> each,
      ProgressListener progress) throws AppException, IOException {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(request, "request");
    return ImportRun.into(edition, request, each, engine, config.commitEvery(), Objects.requireNonNull(progress, "progress"));
  }

  /**
   * Reads and checks sources without storing anything. When every file could be read, {@code each}
   * hears every document, in order (documents wait in a temporary folder until then).
   *
   * @param each hears every document (null: the documents are only counted)
   * @throws AppException if a source does not exist
   * @throws IOException if a source cannot be read
   */
  public ImportReport dryRun(ImportRequest request, @Nullable Consumer<Document> each) throws AppException, IOException {
    return dryRun(request, each, ProgressListener.NONE);
  }

  /**
   * {@link #dryRun(ImportRequest, Consumer)}, telling {@code progress} how far the reading has come.
   *
   * @throws AppException if a source does not exist
   * @throws IOException if a source cannot be read
   */
  public ImportReport dryRun(ImportRequest request, @Nullable Consumer<Document> each, ProgressListener progress)
      throws AppException, IOException {
    return ImportRun.dryRun(Objects.requireNonNull(request, "request"), each, Objects.requireNonNull(progress, "progress"));
  }

  /**
   * Removes documents from the edition in {@code edition} and from its index.
   *
   * @throws AppException if the edition cannot be opened or written
   * @throws IOException if the index cannot be written
   */
  public RemoveReport remove(Path edition, List<String> ids) throws AppException, IOException {
    List<String> removed = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    try (EditionStore store = Stores.open(edition)) {
      for (String id : ids) (store.remove(id) ? removed : missing).add(id);
      if (removed.isEmpty()) return new RemoveReport(removed, missing, null);
      try (EditionIndex index = EditionIndex.open(engine, store.dir())) {
        SearchIndex writable = index.index();
        if (writable != null) {
          for (String id : removed) writable.delete(id);
          writable.commit();
        }
        return new RemoveReport(removed, missing, index.note());
      }
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), e);
    }
  }

  /**
   * Checks the edition in {@code edition}: opening it repairs what a crash left behind, every
   * document is read back, and the edition's index is synced when every document could be read.
   *
   * @throws AppException if the edition cannot be opened
   * @throws IOException if the index cannot be written
   */
  public CheckReport check(Path edition) throws AppException, IOException {
    return check(edition, ProgressListener.NONE);
  }

  /**
   * {@link #check(Path)}, telling {@code progress} how far it has come: a stage {@code "reading
   * back"} (documents), then {@code "indexing"} (the documents the index lacked).
   *
   * @throws AppException if the edition cannot be opened
   * @throws IOException if the index cannot be written
   */
  public CheckReport check(Path edition, ProgressListener progress) throws AppException, IOException {
    return CheckRun.check(Objects.requireNonNull(edition, "edition"), engine, Objects.requireNonNull(progress, "progress"));
  }

  /**
   * The versions of the libraries that do the work, for {@code dossier --version}: Lucene's (the
   * embedded engine's, and the analysis both engines share) and SolrJ's (the SolrCloud client).
   */
  public static EngineVersions engineVersions() {
    return EngineVersions.current();
  }
}
