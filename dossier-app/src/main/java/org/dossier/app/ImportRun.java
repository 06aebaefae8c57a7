package org.dossier.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.Importers;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.RegisterEntry;
import org.dossier.store.DocumentEntry;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * The import use case, in two passes so that one bad file writes nothing and memory holds one
 * document at a time. First every source is read and checked, each document staged on disk as it
 * comes ({@link Staging}); a file that cannot be imported is recorded and the others are still
 * read, to report every failure at once. Only when every file was read are the staged documents
 * read back one by one, written to the store ({@link EditionStore.Batch}) and fed to the index in
 * batches ({@link IndexFeed}).
 */
final class ImportRun {
  private final ImportRequest request;
  private final ProgressListener progress;
  private final List<ImportIssue> issues = new ArrayList<>();
  private final List<SourceException> failures = new ArrayList<>();
  private final long start = System.nanoTime();
  private @Nullable Edition sources;
  private int files;

  private ImportRun(ImportRequest request, ProgressListener progress) {
    this.request = request;
    this.progress = progress;
  }

  /** Reads and checks {@code request}'s sources, then hands every document to {@code each} (if not null). */
  static ImportReport dryRun(ImportRequest request, @Nullable Consumer<Document> each, ProgressListener progress)
      throws AppException, IOException {
    ImportRun run = new ImportRun(request, progress);
    try (Staging staging = each == null ? Staging.counting() : Staging.temporary()) {
      run.read(staging, List.of());
      if (run.failures.isEmpty() && each != null) {
        for (Staging.Staged s : staging.documents()) each.accept(staging.read(s));
      }
      return run.report(null, staging.size(), null, List.of());
    }
  }

  /**
   * Reads and checks {@code request}'s sources, then stores them in the edition in {@code dir} and
   * indexes them, handing each document to {@code each} (if not null) on the way.
   */
  static ImportReport into(Path dir, ImportRequest request, @Nullable Consumer<Document> each, IndexEngine engine,
      int commitEvery, ProgressListener progress) throws AppException, IOException {
    ImportRun run = new ImportRun(request, progress);
    // The edition is opened first: a wrong folder fails before minutes of parsing.
    try (EditionStore store = Stores.open(dir); Staging staging = Staging.inside(store.dir())) {
      run.read(staging, store.edition().persons());
      List<DamagedFile> damaged = Stores.damaged(store);
      if (!run.failures.isEmpty()) return run.report(dir, staging.size(), null, damaged);
      try (EditionIndex index = EditionIndex.open(engine, store.dir())) {
        run.write(store, staging, each, index.index() == null ? null : new IndexFeed(index.index(), commitEvery));
        return run.report(dir, staging.size(), index.note(), Stores.damaged(store));
      } catch (StoreException e) {
        throw new AppException(e.getMessage(), e);
      }
    }
  }

  /**
   * The first pass: every file read, its documents staged, its issues and registers kept if it could
   * be read. Progress counts files when there are several, else the documents of the one file.
   */
  private void read(Staging staging, List<RegisterEntry> persons) throws AppException, IOException {
    List<Path> paths = SourceFiles.expand(request.sources(), issues);
    files = paths.size();
    // The edition's register of persons tells the page importers which lone labels are speakers.
    ImportOptions options = new ImportOptions(request.maxBytes(), request.maxIssues(), Clock.systemUTC(),
        SourceFiles.commonRoot(paths)).withPersons(persons).withLimits(request.limits());
    boolean byFile = files > 1;
    progress.stage("reading", byFile ? "files" : "documents", byFile ? files : -1);
    int read = 0;
    for (Path file : paths) {
      FileSink sink = new FileSink(failures.isEmpty() ? staging : null, byFile ? ProgressListener.NONE : progress);
      try {
        Importers.stream(file, options, sink);
      } catch (SourceException e) {
        failures.add(e);
        continue;
      } finally {
        if (byFile) progress.progress(++read);
      }
      issues.addAll(sink.issues);
      if (sink.edition != null) sources = sources == null ? sink.edition : Registers.merge(sources, sink.edition);
    }
    progress.stageDone();
  }

  /** The second pass: the edition's registers, then each staged document into the store and the index. */
  private void write(EditionStore store, Staging staging, @Nullable Consumer<Document> each, @Nullable IndexFeed feed)
      throws StoreException, IOException {
    Edition edition = Registers.afterImport(store.edition(), sources, staging.firstEditors(), request.titleFromSources());
    if (!edition.equals(store.edition())) store.setEdition(edition);
    String id = edition.id();
    progress.stage(feed == null ? "storing" : "storing and indexing", "documents", staging.size());
    long written = 0;
    try (EditionStore.Batch batch = store.batch()) {
      for (Staging.Staged s : staging.documents()) {
        Document d = staging.read(s);
        if (each != null) each.accept(d);
        // Indexed as stored: the store files every document under its own edition id.
        Document stored = id.equals(d.edition()) ? d : d.toBuilder().edition(id).build();
        DocumentEntry entry = batch.put(stored);
        if (feed != null) feed.add(stored, entry.sha256());
        progress.progress(++written);
      }
    }
    if (feed != null) feed.finish();
    progress.stageDone();
  }

  private ImportReport report(@Nullable Path into, int documents, @Nullable String indexNote, List<DamagedFile> damaged) {
    return new ImportReport(into, files, documents, sources, issues, failures, System.nanoTime() - start, indexNote,
        damaged);
  }

  /**
   * What one file yields: documents go straight to the staging (or nowhere, once another file has
   * failed and nothing will be written); issues and registers wait until the file is read whole.
   */
  private static final class FileSink implements ImportSink {
    private final @Nullable Staging staging;
    private final ProgressListener progress;
    private final List<ImportIssue> issues = new ArrayList<>();
    private @Nullable Edition edition;
    private long documents;

    FileSink(@Nullable Staging staging, ProgressListener progress) {
      this.staging = staging;
      this.progress = progress;
    }

    @Override
    public void edition(Edition e) {
      edition = e;
    }

    @Override
    public void document(Document d) throws IOException {
      if (staging != null) staging.add(d);
      progress.progress(++documents);
    }

    @Override
    public void issue(ImportIssue i) {
      issues.add(i);
    }
  }
}
