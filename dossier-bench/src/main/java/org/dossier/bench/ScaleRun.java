package org.dossier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.EditionSet;
import org.dossier.app.ProgressLines;
import org.dossier.model.SuppressForbidden;

/**
 * How Dossier's costs grow with the collection: for each size (default 1M, 3M and 10M paragraphs)
 * it indexes the benchmark edition with {@code dossier reindex}'s code path in a child JVM of a
 * given heap (default {@code -Xmx1g}), then measures in that JVM the 20 queries of
 * {@link SearchBenchmark} with all facets and snippets, and in a second child JVM ({@code dossier
 * serve}, same heap) the time from start to listening and to the first document page. Writes
 * {@code scale.csv} and {@code scale.svg} to the output folder.
 *
 * <p>Heap needed is the largest heap in use right after a collection during indexing and
 * querying (the live set; GC notifications), beside the {@code -Xmx} the run was given: a run
 * that completes at {@code -Xmx1g} proves 1 GB is enough, the peak says how much of it was live.
 *
 * <p>Usage: {@code java -cp … org.dossier.bench.ScaleRun SHARED_DIR WORK_DIR [--sizes
 * 1000000,3000000,10000000] [--heap 1g] [--editions /work/bench-data] [--out docs] [--label "where and when"]}. An edition
 * {@code bench-N} already in the {@code --editions} folder (written by {@link BenchEdition}) is
 * used as it is; else it is written into WORK_DIR first (not timed).
 */
public final class ScaleRun {
  private static final String RESULT = "RESULT ";

  private ScaleRun() {}

  @SuppressWarnings("SystemOut") // a benchmark prints its figures
  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("--child")) {
      child(Path.of(args[1]));
      return;
    }
    if (args.length >= 3 && args[0].equals("--chart")) {
      // Draws the chart of an earlier run's CSV again: --chart CSV "caption"
      Path csv = Path.of(args[1]);
      Files.writeString(csv.resolveSibling("scale.svg"),
          ScaleChart.svg(ScaleChart.parse(Files.readAllLines(csv, StandardCharsets.UTF_8)), args[2]), StandardCharsets.UTF_8);
      return;
    }
    List<String> positional = new ArrayList<>();
    List<Integer> sizes = List.of(1_000_000, 3_000_000, 10_000_000);
    String heap = "1g";
    Path editions = null;
    Path out = Path.of("docs");
    String label = "";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(s -> Integer.parseInt(s.trim().replace("_", ""))).toList();
        case "--heap" -> heap = args[++i];
        case "--editions" -> editions = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--label" -> label = args[++i];
        default -> positional.add(args[i]);
      }
    }
    if (positional.size() < 2) {
      System.err.println("usage: ScaleRun SHARED_DIR WORK_DIR [--sizes N,N,N] [--heap 1g] [--editions DIR] [--out DIR] [--label TEXT]");
      System.exit(2);
    }
    Path shared = Path.of(positional.get(0));
    Path work = Path.of(positional.get(1));
    Files.createDirectories(work);
    Files.createDirectories(out);
    PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    RecombinedCorpus corpus = null;
    List<ScaleChart.Row> rows = new ArrayList<>();
    for (int size : sizes) {
      Path edition = editions == null ? null : editions.resolve("bench-" + size);
      if (edition == null || !Files.isDirectory(edition.resolve("documents"))) {
        edition = work.resolve("bench-" + size);
        if (!Files.isDirectory(edition.resolve("documents"))) {
          if (corpus == null) corpus = RecombinedCorpus.load(shared);
          console.printf(Locale.ROOT, "writing the %,d-paragraph edition to %s (not timed)%n", size, edition);
          BenchEdition.write(corpus, edition, size, BenchEdition.PER_DOCUMENT);
        }
      }
      ScaleChart.Row row;
      try {
        Map<String, String> r = runChild(edition, heap, work.resolve("scale-" + size + ".log"));
        double[] open = openAndFirstPage(edition, heap, work.resolve("serve-" + size + ".log"));
        row = new ScaleChart.Row(size, heap, Double.parseDouble(r.get("seconds")), Long.parseLong(r.get("teiBytes")),
            Long.parseLong(r.get("indexBytes")), Long.parseLong(r.get("peakHeap")), Double.parseDouble(r.get("p50")),
            Double.parseDouble(r.get("p99")), open[0], open[1], "");
      } catch (IOException e) {
        // A size that does not fit the heap is a result too: its row says so, the others still run.
        row = ScaleChart.Row.failed(size, heap, e.getMessage());
      }
      rows.add(row);
      console.println(row.describe());
    }
    Files.writeString(out.resolve("scale.csv"), ScaleChart.csv(rows), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("scale.svg"), ScaleChart.svg(rows, label), StandardCharsets.UTF_8);
    console.println();
    console.print(ScaleChart.markdown(rows));
    console.println("wrote " + out.resolve("scale.csv") + " and " + out.resolve("scale.svg"));
  }

  /** Indexes and queries {@code edition} in a child JVM of heap {@code heap}; returns its RESULT fields. */
  private static Map<String, String> runChild(Path edition, String heap, Path log) throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
        "-cp", System.getProperty("java.class.path"), ScaleRun.class.getName(), "--child", edition.toString());
    Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
    Map<String, String> result = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.startsWith(RESULT)) continue;
        for (String kv : line.substring(RESULT.length()).split(" ")) {
          String[] pair = kv.split("=", 2);
          result.put(pair[0], pair[1]);
        }
      }
    }
    int exit = p.waitFor();
    if (exit != 0 || !result.containsKey("p99")) {
      throw new IOException("indexing " + edition + " with -Xmx" + heap + " failed (exit " + exit + "); see " + log);
    }
    return result;
  }

  /** Seconds from starting {@code dossier serve} to listening, and to the end of the first document page. */
  private static double[] openAndFirstPage(Path edition, String heap, Path log) throws Exception {
    try (ServerProcess server = ServerProcess.start(edition, List.of("-Xmx" + heap), log)) {
      double listening = (System.nanoTime() - server.startedNanos()) / 1e9;
      String first = "/" + BenchEdition.ID + "/bench-0000000";
      WebLoad.KeepAlive browser = new WebLoad.KeepAlive(URI.create(server.url()));
      int status = browser.get(first);
      double page = (System.nanoTime() - server.startedNanos()) / 1e9;
      browser.close();
      if (status != 200) throw new IOException(server.url() + first + " answered " + status + "; see " + log);
      return new double[] {listening, page};
    }
  }

  /** The child: rebuilds the edition's index, times the queries, prints one RESULT line. */
  @SuppressWarnings("SystemOut")
  private static void child(Path edition) throws Exception {
    AtomicLong peak = watchLiveHeap();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    double seconds;
    SearchBenchmark.Timing timing;
    try (EditionSet set = DossierApp.of(AppConfig.defaults()).open(List.of(edition))) {
      long t0 = System.nanoTime();
      set.rebuild(new ProgressLines(err::println));
      seconds = (System.nanoTime() - t0) / 1e9;
      timing = SearchBenchmark.time(set.index(), err);
    }
    long teiBytes;
    try (Stream<Path> files = Files.walk(edition.resolve("documents"))) {
      teiBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    long indexBytes;
    try (Stream<Path> files = Files.walk(edition.resolve("index"))) {
      indexBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    double[] ms = timing.sortedMs();
    out.printf(Locale.ROOT, RESULT + "seconds=%.3f teiBytes=%d indexBytes=%d peakHeap=%d p50=%.3f p99=%.3f%n", seconds,
        teiBytes, indexBytes, peak.get(), SearchBenchmark.pct(ms, 50), SearchBenchmark.pct(ms, 99));
  }

  /** The largest heap in use right after any collection from now on: the live set, garbage left out. */
  @SuppressForbidden(reason = "HotSpot's GC notifications carry the heap after each collection")
  private static AtomicLong watchLiveHeap() {
    AtomicLong peak = new AtomicLong();
    java.util.Set<String> heapPools = new java.util.HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) heapPools.add(pool.getName());
    }
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        var info = com.sun.management.GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        peak.accumulateAndGet(used, Math::max);
      }, null, null);
    }
    return peak;
  }
}
