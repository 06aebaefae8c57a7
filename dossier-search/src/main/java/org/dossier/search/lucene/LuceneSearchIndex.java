package org.dossier.search.lucene;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.Document;
import org.dossier.search.Fields;
import org.dossier.search.IndexFormat;
import org.dossier.search.IndexEntry;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.analysis.AnalysisChains;
import org.dossier.search.query.DossierQueryParser;
import org.dossier.search.query.ExpansionGuard;
import org.jspecify.annotations.Nullable;

/**
 * The embedded search index: one Lucene index in a folder, one Lucene entry per block.
 *
 * <pre>{@code
 * try (SearchIndex index = LuceneSearchIndex.open(Path.of("edition/.index"))) {
 *   index.sync(store.hashes(), store::expect);           // repair what a crash left behind
 *   SearchResult r = index.search(SearchQuery.of("speaker:Gorbachev \"bloody methods\""));
 * }
 * }</pre>
 *
 * <p>Writes go through one {@link IndexWriter}; a document's blocks and its metadata entry are
 * replaced in one atomic {@code updateDocuments} keyed by the document id, so re-importing never
 * duplicates. Searches see every write made before them (a near-real-time reader is refreshed
 * when something changed); {@link #commit()} makes writes durable. After a crash the index opens
 * at its last commit, which Lucene keeps consistent; {@link #sync} then repairs the rest.
 */
public final class LuceneSearchIndex implements SearchIndex {
  /** The default bound on the words one wildcard, prefix or range term may expand to. */
  public static final int DEFAULT_MAX_EXPANSIONS = ExpansionGuard.DEFAULT_LIMIT;

  private static final double RAM_BUFFER_MB = 128;

  private final Directory directory;
  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig = BlockDocuments.facetsConfig();
  private final BlockDocuments blocks = new BlockDocuments(facetsConfig);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** Searches one query's index slices in parallel: latency, not throughput, on a few cores. */
  private final java.util.concurrent.ExecutorService slices;
  private final ExpansionGuard guard;
  private final AtomicLong writes = new AtomicLong();
  private volatile long refreshedAt;
  private @Nullable ReaderState readerState;
  private volatile ResultCache results = new ResultCache(0);
  /**
   * Searches that run at once; the others wait their turn. More than the cores only adds switching,
   * and leaves less CPU for whatever else the process serves (reading pages).
   */
  private volatile Semaphore running =
      new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  private LuceneSearchIndex(Directory directory, int maxExpansions) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer();
    this.guard = new ExpansionGuard(maxExpansions);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        // Fewer, larger flushes when (re)indexing a whole edition; still small beside a 512 MB heap.
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    this.writer = new IndexWriter(directory, config);
    deleteTemporaryFiles(directory);
    this.slices = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()), new SliceThreads());
    java.util.concurrent.ExecutorService pool = slices;
    this.searchers = new SearcherManager(writer, new org.apache.lucene.search.SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new IndexSearcher(reader, pool);
      }
    });
  }

  /**
   * Deletes what a crash left of the temporary files flushes and merges write ({@code *.tmp}).
   * Lucene's own file deleter removes those named after a segment when the writer opens; this
   * removes any other, so a crash leaves nothing behind once the index is opened again. The
   * writer holds the index's lock, so no other process is writing them.
   */
  private static void deleteTemporaryFiles(Directory directory) throws IOException {
    for (String name : directory.listAll()) {
      if (name.endsWith(".tmp")) directory.deleteFile(name);
    }
  }

  /**
   * Opens (or creates) the index in folder {@code dir}.
   *
   * @throws IOException if the folder cannot be used, or another process holds the index's lock
   */
  public static LuceneSearchIndex open(Path dir) throws IOException {
    return open(dir, DEFAULT_MAX_EXPANSIONS);
  }

  /** Opens (or creates) the index in {@code dir}, bounding each pattern term to {@code maxExpansions} words. */
  public static LuceneSearchIndex open(Path dir, int maxExpansions) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Directory d = FSDirectory.open(dir);
    try {
      return new LuceneSearchIndex(d, maxExpansions);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** A new index in memory, for tests and dry runs. */
  public static LuceneSearchIndex inMemory() throws IOException {
    return inMemory(DEFAULT_MAX_EXPANSIONS);
  }

  /** A new index in memory bounding each pattern term to {@code maxExpansions} words. */
  public static LuceneSearchIndex inMemory(int maxExpansions) throws IOException {
    return new LuceneSearchIndex(new ByteBuffersDirectory(), maxExpansions);
  }

  /** One analyzer for syntax checks: building one compiles every factory of the chains. */
  private static final class CheckAnalyzer {
    static final Analyzer INSTANCE = analyzer();
  }

  /**
   * Reads {@code query} as every engine does (Dossier's fields, {@code date:} values, the
   * problems and their columns), without running it. Other engines call this first, so that a
   * query is rejected alike, with the same message, whichever engine serves it.
   *
   * @throws QuerySyntaxException if the query cannot be run as written
   */
  public static void checkSyntax(String query) throws QuerySyntaxException {
    Objects.requireNonNull(query, "query");
    DossierQueryParser.parse(query, CheckAnalyzer.INSTANCE, BlockDocuments::dateOverlapping);
  }

  /**
   * The analyzer of every field: the text chain by default; exact values for ids and codes;
   * folded whole values for document types.
   */
  static Analyzer analyzer() {
    Analyzer keyword = new KeywordAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>();
    for (String f : List.of(Fields.EDITION, Fields.DOCUMENT, Fields.KIND, Fields.YEAR, Fields.SPEAKER_REF, Fields.RECORD)) {
      perField.put(f, keyword);
    }
    perField.put(Fields.TYPE, AnalysisChains.FOLDED_KEYWORD.toAnalyzer());
    return new PerFieldAnalyzerWrapper(AnalysisChains.TEXT.toAnalyzer(), perField);
  }


  @Override
  public void indexAll(Iterable<IndexEntry> entries) throws IOException {
    for (IndexEntry e : entries) {
      writer.updateDocuments(new Term(Fields.DOCUMENT, e.document().id()), blocks.entries(e.document(), e.contentHash()));
      writes.incrementAndGet();
    }
  }

  @Override
  public void delete(String documentId) throws IOException {
    Objects.requireNonNull(documentId, "documentId");
    writer.deleteDocuments(new Term(Fields.DOCUMENT, documentId));
    writes.incrementAndGet();
  }

  @Override
  public void deleteAll() throws IOException {
    writer.deleteAll();
    writes.incrementAndGet();
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public Map<String, String> indexedHashes() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      TermQuery metadata = new TermQuery(new Term(Fields.RECORD, Fields.RECORD_DOCUMENT));
      int count = searcher.count(metadata);
      Map<String, String> hashes = new TreeMap<>();
      if (count == 0) return hashes;
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(metadata, count).scoreDocs) {
        org.apache.lucene.document.Document d = stored.document(sd.doc, Set.of(Fields.DOCUMENT, Fields.HASH));
        hashes.put(d.get(Fields.DOCUMENT), IndexFormat.read(d.get(Fields.HASH)));
      }
      return hashes;
    } finally {
      searchers.release(searcher);
    }
  }


  /**
   * Keeps recent search results up to about {@code budget} bytes of heap (0, the default, keeps
   * none) and answers a repeated search from them while the index stays at the same {@linkplain
   * #generation() generation}. Meant for a server, where a few searches are asked far more often
   * than the rest; results of pages over {@value ResultCache#LARGEST_PAGE} hits are not kept. The
   * results kept so far are dropped.
   *
   * @param budget the most bytes kept, as estimated from the results' text and structure
   * @throws IllegalArgumentException if {@code budget} is negative
   */
  public LuceneSearchIndex cacheResultBytes(long budget) {
    results = new ResultCache(budget);
    return this;
  }

  /** The version of the reader every search sees now: it increases with every write made visible. */
  @Override
  public OptionalLong generation() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return OptionalLong.of(generation(searcher));
    } finally {
      searchers.release(searcher);
    }
  }

  /** The version of the searcher's reader, which Lucene advances with every change to the index. */
  private static long generation(IndexSearcher searcher) {
    return ((DirectoryReader) searcher.getIndexReader()).getVersion();
  }

  @Override
  public SearchResult search(SearchQuery query) throws QuerySyntaxException, IOException {
    Objects.requireNonNull(query, "query");
    IndexSearcher searcher = acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      long generation = generation(searcher);
      ResultCache cache = results;
      SearchResult cached = cache.get(generation, query);
      if (cached != null) return cached;
      Semaphore turn = running;
      try {
        turn.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to search");
      }
      SearchResult r;
      try {
        ReaderState state = readerState(reader);
        r = new BlockSearch(searcher, state.facets(), state.stored(), facetsConfig, analyzer, guard, slices).run(query);
      } finally {
        turn.release();
      }
      cache.put(generation, query, r);
      return r;
    } finally {
      searchers.release(searcher);
    }
  }

  /** Lets at most {@code searches} searches run at once (default: the number of cores); others wait. */
  public LuceneSearchIndex limitConcurrentSearches(int searches) {
    if (searches < 1) throw new IllegalArgumentException("searches must be >= 1: " + searches);
    running = new Semaphore(searches, true);
    return this;
  }

  /** A searcher that sees every write made so far. The caller releases it. */
  private IndexSearcher acquire() throws IOException {
    long seen = writes.get();
    if (seen != refreshedAt) {
      searchers.maybeRefreshBlocking();
      refreshedAt = seen;
    }
    return searchers.acquire();
  }

  /**
   * Facet ordinals and stored-field readers are per reader and costly to build, so they are kept
   * until the reader changes.
   */
  @SuppressWarnings("ReferenceEquality") // IndexReader's equals is identity: a reader instance is one index version
  private synchronized ReaderState readerState(IndexReader reader) throws IOException {
    ReaderState cached = readerState;
    if (cached != null && cached.reader == reader) return cached;
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    } catch (IllegalArgumentException e) {
      state = null; // nothing with facets indexed yet
    }
    ReaderState fresh = new ReaderState(reader, state, new StoredFieldsPool(reader));
    readerState = fresh;
    return fresh;
  }

  private record ReaderState(IndexReader reader, @Nullable SortedSetDocValuesReaderState facets, StoredFieldsPool stored) {}

  @Override
  public void close() throws IOException {
    try (Directory d = directory; IndexWriter w = writer; SearcherManager s = searchers) {
      w.commit();
    } finally {
      slices.shutdown();
    }
  }

  /** Named daemon threads, so a forgotten index never keeps a JVM alive. */
  private static final class SliceThreads implements java.util.concurrent.ThreadFactory {
    private final AtomicLong count = new AtomicLong();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "search-slice-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
