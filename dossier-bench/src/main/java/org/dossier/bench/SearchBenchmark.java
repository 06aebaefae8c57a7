package org.dossier.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.search.Fields;
import org.dossier.search.IndexEntry;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchIndex;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.solr.LocalSolrCloud;
import org.dossier.solr.SolrOptions;
import org.dossier.solr.SolrSearchIndex;

/**
 * Builds a corpus of N paragraphs (default 1,000,000) by recombining the real paragraphs of the
 * shared corpora (new ids; dates, speakers, types and editions drawn from them; seeded), indexes
 * it with {@link LuceneSearchIndex} and with a raw Lucene baseline (StandardAnalyzer, one text
 * field holding each paragraph's text, stored; no facets, no highlighting) in the same run, then
 * times a fixed mix of 20 queries: Dossier's with all facets and snippets, the baseline's returning
 * the top 10 paragraphs with their text, as any search application must.
 *
 * <pre>{@code java -Xmx512m -cp "dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*" \
 *     org.dossier.bench.SearchBenchmark SHARED_DIR WORK_DIR [paragraphs] [--queries-only] \
 *     [--solr testing/solr-cloud-fixture/target]}</pre>
 *
 * <p>{@code --queries-only} times the queries on the indexes an earlier run left in WORK_DIR
 * (for trying a change to searching without waiting for indexing); a reported run does it all.
 *
 * <p>{@code --solr FIXTURE_HOME} adds the SolrCloud engine: a local 2-node SolrCloud (the fixture,
 * one JVM with {@value #SOLR_HEAP} of heap; 2 replicas of each shard, so every paragraph is
 * indexed twice) gets the same paragraphs through {@link SolrSearchIndex}, as one
 * stream given to {@code indexAll} (which sends batches of {@code SolrOptions.batchSize()}
 * documents, {@code SolrOptions.updateThreads()} at once), and answers the same queries; a column
 * says whether each total equals the embedded engine's. The collection is 2 shards × 2 replicas
 * (the default layout); {@code -Dbench.solr.shards=N} and {@code -Dbench.solr.replicas=N} change it,
 * {@code -Dbench.solr.batch=N} and {@code
 * -Dbench.solr.threads=N} the documents per update request and the requests in flight, and {@code -Dbench.solr.jvm="OPTIONS"} adds options to the cluster's
 * JVM (e.g. {@code -XX:StartFlightRecording=filename=/tmp/solr.jfr} to profile the nodes).
 */
public final class SearchBenchmark {
  private static final int PER_DOCUMENT = 20;
  private static final int THREADS = 2;
  private static final int WARMUP = 5;
  private static final int RUNS = 20;
  private static final String SOLR_HEAP = "4g";

  /** The fixed mix: terms, phrases, fuzzy, wildcards, speaker filters, date ranges, cross-script names. */
  static final List<String> QUERIES = List.of(
      "Gorbachev",
      "perestroika",
      "\"bloody methods\"",
      "\"collective farms\"",
      "leasing industry",
      "speaker:Gorbachev socialism",
      "speaker:Aristov leasing",
      "date:[1985-01-01 TO 1986-12-31] Gorbachev",
      "date:1918 Petrograd",
      "Горбачёв",
      "Gorbačev",
      "ambassador",
      "Moscow OR Petrograd",
      "negotiations AND NOT treaty",
      "goverment~1",
      "econom*",
      "\"arms control\"~3",
      "title:memorandum conversation",
      "type:debate steel",
      "Jakes");

  private SearchBenchmark() {}

  @SuppressWarnings("SystemOut") // a benchmark prints its figures
  public static void main(String[] args) throws Exception {
    List<String> positional = new ArrayList<>();
    boolean queriesOnly = false;
    Path solrFixture = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--queries-only")) queriesOnly = true;
      else if (args[i].equals("--solr") && i + 1 < args.length) solrFixture = Path.of(args[++i]);
      else positional.add(args[i]);
    }
    if (positional.size() < 2) {
      System.err.println("usage: SearchBenchmark SHARED_DIR WORK_DIR [paragraphs] [--queries-only]");
      System.exit(2);
    }
    Path shared = Path.of(positional.get(0));
    Path work = Path.of(positional.get(1));
    int paragraphs = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 1_000_000;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (queriesOnly) {
      Timing dossier;
      try (LuceneSearchIndex index = LuceneSearchIndex.open(work.resolve("dossier"))) {
        dossier = time(index, out);
      }
      printLatencies(out, dossier.sortedMs(), timeRaw(work.resolve("raw")));
      return;
    }
    Corpus pool = new Corpus(RecombinedCorpus.load(shared));
    out.printf(Locale.ROOT, "pool: %s; building %,d paragraphs in %s%n", pool.corpus().describe(), paragraphs, work);

    Path dossierDir = work.resolve("dossier");
    Path rawDir = work.resolve("raw");
    long textBytes = pool.corpus().bytes(paragraphs / PER_DOCUMENT, PER_DOCUMENT);

    long t0 = System.nanoTime();
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dossierDir);
         BenchProgress progress = BenchProgress.start("indexing (Dossier)", "documents", paragraphs / PER_DOCUMENT)) {
      parallel(paragraphs / PER_DOCUMENT, doc -> {
        index.index(pool.document(doc), "h" + doc);
        progress.step();
      });
      index.commit();
    }
    double dossierSeconds = (System.nanoTime() - t0) / 1e9;

    long t1 = System.nanoTime();
    try (IndexWriter w = new IndexWriter(FSDirectory.open(rawDir), new IndexWriterConfig(new StandardAnalyzer()));
         BenchProgress progress = BenchProgress.start("indexing (raw Lucene)", "documents", paragraphs / PER_DOCUMENT)) {
      parallel(paragraphs / PER_DOCUMENT, doc -> {
        for (Block b : pool.document(doc).paragraphs()) {
          org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
          d.add(new TextField("text", b.text(), Field.Store.YES)); // as any search application must, to show its hits
          w.addDocument(d);
        }
        progress.step();
      });
      w.commit();
    }
    double rawSeconds = (System.nanoTime() - t1) / 1e9;

    Timing dossierTiming;
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dossierDir)) {
      dossierTiming = time(index, out);
    }
    double[] dossierLatency = dossierTiming.sortedMs();
    double[] rawLatency = timeRaw(rawDir);
    double mb = textBytes / 1e6;
    if (solrFixture != null) solr(out, pool, paragraphs, mb, solrFixture, work.resolve("solr"), dossierTiming);
    out.println();
    out.println("| | Dossier (ICU, romanisation, facets, highlights) | raw Lucene (StandardAnalyzer, one field, text stored, top 10 returned with their text) |");
    out.println("|---|---|---|");
    out.printf(Locale.ROOT, "| paragraphs | %,d | %,d |%n", paragraphs, paragraphs);
    out.printf(Locale.ROOT, "| indexing time | %.1f s | %.1f s |%n", dossierSeconds, rawSeconds);
    out.printf(Locale.ROOT, "| paragraphs/s | %,.0f | %,.0f |%n", paragraphs / dossierSeconds, paragraphs / rawSeconds);
    out.printf(Locale.ROOT, "| MB/s of text | %.1f | %.1f |%n", mb / dossierSeconds, mb / rawSeconds);
    out.printf(Locale.ROOT, "| index size | %,.0f MB | %,.0f MB |%n", size(dossierDir) / 1e6, size(rawDir) / 1e6);
    printLatencies(out, dossierLatency, rawLatency);
    out.printf(Locale.ROOT, "text: %,.0f MB; heap max %,d MB; %d indexing threads; %d queries x %d timed runs after %d warm-ups%n",
        mb, Runtime.getRuntime().maxMemory() >> 20, THREADS, QUERIES.size(), RUNS, WARMUP);
  }

  private static void printLatencies(PrintStream out, double[] dossier, double[] raw) {
    out.printf(Locale.ROOT, "| query p50 | %.1f ms | %.1f ms |%n", pct(dossier, 50), pct(raw, 50));
    out.printf(Locale.ROOT, "| query p99 | %.1f ms | %.1f ms |%n", pct(dossier, 99), pct(raw, 99));
  }

  /** The timed searches of one engine: every run's time, sorted, and each query's total. */
  @SuppressWarnings("ArrayRecordComponent") // read once for the report, never compared or hashed
  record Timing(double[] sortedMs, long[] totals) {}

  /** Each query with all facets counted and snippets highlighted, 10 hits a page; prints each query's figures. */
  static Timing time(SearchIndex index, PrintStream out) throws Exception {
    List<Double> ms = new ArrayList<>();
    double[][] perQuery = new double[QUERIES.size()][RUNS];
    long[] totals = new long[QUERIES.size()];
    for (int round = 0; round < WARMUP + RUNS; round++) {
      for (int i = 0; i < QUERIES.size(); i++) {
        long t = System.nanoTime();
        totals[i] = index.search(SearchQuery.of(QUERIES.get(i)).withFacets(Fields.FACETS)).total();
        double took = (System.nanoTime() - t) / 1e6;
        if (round >= WARMUP) {
          ms.add(took);
          perQuery[i][round - WARMUP] = took;
        }
      }
    }
    out.println("| query | hits | median | slowest |");
    out.println("|---|---|---|---|");
    for (int i = 0; i < QUERIES.size(); i++) {
      double[] sorted = perQuery[i].clone();
      java.util.Arrays.sort(sorted);
      out.printf(Locale.ROOT, "| `%s` | %,d | %.1f ms | %.1f ms |%n", QUERIES.get(i).replace("|", "\\|"), totals[i],
          pct(sorted, 50), sorted[sorted.length - 1]);
    }
    out.println();
    return new Timing(ms.stream().mapToDouble(Double::doubleValue).sorted().toArray(), totals);
  }

  /** The SolrCloud engine on the same paragraphs and queries; prints its table. */
  private static void solr(PrintStream out, Corpus pool, int paragraphs, double mb, Path fixture, Path dir, Timing embedded)
      throws Exception {
    // The cluster of an earlier run in the same WORK_DIR would stop this one from starting: it starts empty.
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) old.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
      }
    }
    String jvm = System.getProperty("bench.solr.jvm", "").strip();
    LocalSolrCloud.Settings settings = LocalSolrCloud.Settings.nodes(2).withHeap(SOLR_HEAP)
        .withJvmOptions(jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")));
    SolrOptions defaults = SolrOptions.of(List.of("http://127.0.0.1"));
    try (LocalSolrCloud cloud = LocalSolrCloud.start(fixture, dir, settings);
         SolrSearchIndex index = SolrSearchIndex.open(SolrOptions.of(cloud.nodeUrls()).withCollection("bench")
             .withLayout(Integer.getInteger("bench.solr.shards", 2), Integer.getInteger("bench.solr.replicas", 2))
             .withBatchSize(Integer.getInteger("bench.solr.batch", defaults.batchSize()))
             .withUpdateThreads(Integer.getInteger("bench.solr.threads", defaults.updateThreads())))) {
      index.deleteAll();
      index.commit();
      int documents = paragraphs / PER_DOCUMENT;
      double serverCpu0 = cpuSeconds(children());
      double clientCpu0 = cpuSeconds(ProcessHandle.current());
      long t0 = System.nanoTime();
      // One stream of documents, as an edition's sync sends it: the engine batches and pipelines it.
      try (BenchProgress progress = BenchProgress.start("indexing (SolrCloud)", "documents", documents)) {
        index.indexAll(() -> java.util.stream.IntStream.range(0, documents)
            .mapToObj(d -> {
              progress.step();
              return new IndexEntry(pool.document(d), "h" + d);
            }).iterator());
        index.commit();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double serverCpu = cpuSeconds(children()) - serverCpu0;
      double clientCpu = cpuSeconds(ProcessHandle.current()) - clientCpu0;
      out.printf(Locale.ROOT, "SolrCloud (2 nodes, %d shards x %d replicas, batches of %d documents, %d in flight):%n",
          index.options().shards(), index.options().replicas(),
          index.options().batchSize(), index.options().updateThreads());
      Timing solr = time(index, out);
      int same = 0;
      StringBuilder differ = new StringBuilder();
      for (int i = 0; i < QUERIES.size(); i++) {
        if (solr.totals()[i] == embedded.totals()[i]) same++;
        else differ.append(String.format(Locale.ROOT, " `%s` %,d vs %,d;", QUERIES.get(i), solr.totals()[i], embedded.totals()[i]));
      }
      out.println();
      out.println("| | SolrCloud engine | embedded engine |");
      out.println("|---|---|---|");
      out.printf(Locale.ROOT, "| indexing time | %.1f s | |%n", seconds);
      out.printf(Locale.ROOT, "| paragraphs/s | %,.0f | |%n", paragraphs / seconds);
      out.printf(Locale.ROOT, "| MB/s of text | %.1f | |%n", mb / seconds);
      // CPU time does not depend on what else the machine runs: the figure to compare on a shared machine.
      out.printf(Locale.ROOT, "| CPU seconds while indexing: Solr JVM / this JVM | %.1f / %.1f s (%.1f s per 100,000 paragraphs) | |%n",
          serverCpu, clientCpu, (serverCpu + clientCpu) * 100_000 / paragraphs);
      out.printf(Locale.ROOT, "| data on disk (both replicas, transaction logs) | %,.0f MB | |%n", treeSize(dir.resolve("cluster")) / 1e6);
      out.printf(Locale.ROOT, "| query p50 | %.1f ms | %.1f ms |%n", pct(solr.sortedMs(), 50), pct(embedded.sortedMs(), 50));
      out.printf(Locale.ROOT, "| query p99 | %.1f ms | %.1f ms |%n", pct(solr.sortedMs(), 99), pct(embedded.sortedMs(), 99));
      out.printf(Locale.ROOT, "| totals identical to the embedded engine | %d of %d%s | |%n", same, QUERIES.size(), differ);
    }
  }

  /** The child processes: the SolrCloud JVM. */
  private static List<ProcessHandle> children() {
    return ProcessHandle.current().children().toList();
  }

  private static double cpuSeconds(ProcessHandle p) {
    return cpuSeconds(List.of(p));
  }

  private static double cpuSeconds(List<ProcessHandle> processes) {
    return processes.stream().mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
  }

  private static long treeSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** The same queries on the one text field (field prefixes dropped): the top 10 hits with their stored text. */
  private static double[] timeRaw(Path dir) throws Exception {
    List<Double> ms = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int round = 0; round < WARMUP + RUNS; round++) {
        for (String q : QUERIES) {
          QueryParser parser = new QueryParser("text", new StandardAnalyzer());
          parser.setDefaultOperator(QueryParser.Operator.AND);
          Query query = parser.parse(q.replaceAll("\\w+:(\\[[^\\]]*\\]|\\S+)\\s*", "").trim());
          long t = System.nanoTime();
          long chars = 0;
          StoredFields stored = searcher.storedFields();
          for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) chars += stored.document(hit.doc).get("text").length();
          if (round >= WARMUP) ms.add((System.nanoTime() - t) / 1e6);
          if (chars < 0) throw new IllegalStateException("unreachable: keeps the stored text read");
        }
      }
    }
    return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  interface DocTask {
    void run(int doc) throws Exception;
  }

  private static void parallel(int documents, DocTask task) throws Exception {
    int threads = THREADS;
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-indexer"));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int d; (d = next.getAndIncrement()) < documents; ) task.run(d);
          return null;
        }));
      }
      for (Future<?> f : futures) f.get();
    } finally {
      pool.shutdown();
    }
  }

  /** The benchmark's documents: {@value #PER_DOCUMENT} paragraphs each, editions drawn from the corpora's. */
  private record Corpus(RecombinedCorpus corpus) {
    Document document(int i) {
      return corpus.document(i, PER_DOCUMENT, null);
    }
  }
}
