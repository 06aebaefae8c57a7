package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.cite.Cited;
import org.dossier.cite.Citer;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;

/**
 * How long one citation takes once the styles are loaded: the founding page, cited to a paragraph
 * (a different one each time) in Chicago, MLA and APA and exported as BibTeX, RIS and CSL-JSON; a
 * warm-up, then timed runs, then the same on several threads at once (citations of one style share a
 * lock). Usage: {@code java -cp … org.dossier.bench.CitationBenchmark [../shared] [runs] [threads]}.
 */
public final class CitationBenchmark {
  /** CPU time per call: on a machine shared with builds, wall-clock p99 measures the scheduler. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CitationBenchmark() {}

  private interface Task {
    String run(Cited c) throws Exception;
  }

  /** Runs the measurements and prints p50, p99 and max per format. */
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    ImportResult r = Importers.read(shared.resolve("seed/masterpieces-doc51.txt"), ImportOptions.defaults());
    Document d = r.single();
    Edition e = r.edition() != null ? r.edition() : Edition.titled("masterpieces", "Masterpieces of History");
    e = e.withImprint(e.imprint().orElse(new Imprint("Budapest", 2010, List.of(), "National Security Archive Cold War "
        + "Readers", null, null)));
    Cited whole = Cited.document(e, d, "https://editions.example.org/masterpieces/" + d.id());
    int[] paragraphs = d.paragraphs().stream().mapToInt(Block::n).toArray();
    Citer citer = Citer.create();
    long load = System.nanoTime();
    citer.warm(List.of("chicago", "mla", "apa"));
    print("loading the three styles (once per server)", new long[] {System.nanoTime() - load}, 0);
    List<String> names = List.of("chicago", "mla", "apa", "bibtex", "ris", "csl-json");
    List<Task> tasks = List.of(c -> citer.text(c, "chicago"), c -> citer.text(c, "mla"), c -> citer.text(c, "apa"),
        citer::bibtex, citer::ris, citer::cslJson);
    for (int i = 0; i < names.size(); i++) {
      Task t = tasks.get(i);
      long sink = 0;
      for (int k = 0; k < runs; k++) sink += t.run(whole.atParagraph(paragraphs[k % paragraphs.length])).length();
      long[] times = new long[runs];
      long[] cpu = new long[runs];
      for (int k = 0; k < runs; k++) {
        Cited c = whole.atParagraph(paragraphs[(k * 7) % paragraphs.length]);
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        sink += t.run(c).length();
        times[k] = System.nanoTime() - t0;
        cpu[k] = THREADS.getCurrentThreadCpuTime() - c0;
      }
      print(names.get(i) + ", one thread, wall clock", times, sink);
      print(names.get(i) + ", one thread, CPU time", cpu, 0);
    }
    concurrent(citer, whole, paragraphs, runs, threads);
  }

  /** Chicago citations from {@code threads} threads at once, each timing its own. */
  private static void concurrent(Citer citer, Cited whole, int[] paragraphs, int runs, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "citation-bench"));
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          long[] times = new long[runs / threads];
          for (int k = 0; k < times.length; k++) {
            Cited c = whole.atParagraph(paragraphs[(k + offset) % paragraphs.length]);
            long t0 = System.nanoTime();
            citer.text(c, "chicago");
            times[k] = System.nanoTime() - t0;
          }
          return times;
        }));
      }
      long[] all = new long[0];
      for (Future<long[]> f : results) {
        long[] part = f.get();
        long[] merged = Arrays.copyOf(all, all.length + part.length);
        System.arraycopy(part, 0, merged, all.length, part.length);
        all = merged;
      }
      print("chicago, " + threads + " threads at once", all, 0);
    } finally {
      pool.shutdownNow();
    }
  }

  @SuppressWarnings("SystemOut") // a benchmark prints its numbers
  private static void print(String name, long[] nanos, long sink) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.println(String.format(Locale.ROOT, "%-44s p50 %7.3f ms  p99 %7.3f ms  max %8.3f ms  (%,d runs%s)",
        name, sorted[sorted.length / 2] / 1e6, sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1e6,
        sorted[sorted.length - 1] / 1e6, sorted.length, sink == 0 ? "" : "; check " + sink));
  }
}
