package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportResult;

/**
 * Pages per CPU-second of one thread, for machines too busy for wall-clock JMH numbers to mean
 * anything: runs each benchmark method for a warm-up, then measures the thread's CPU time over a
 * fixed number of imports. Usage: {@code java -cp … org.dossier.bench.CpuTimeRun [imports]}.
 */
public final class CpuTimeRun {
  private CpuTimeRun() {}

  /** Runs the measurements and prints one line per page. */
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    PageImportBenchmark b = new PageImportBenchmark();
    b.load();
    // Warm every path up before measuring any, so that the first measurement is not the JIT's.
    for (int i = 0; i < count; i++) {
      b.foundingPage();
      b.fortyNotes();
      b.htmlPage();
    }
    measure("founding page (text)", count, b::foundingPage);
    measure("40-note page (text)", count, b::fortyNotes);
    measure("short page (html)", count, b::htmlPage);
  }

  private interface Run {
    ImportResult once() throws SourceException;
  }

  @SuppressWarnings("SystemOut") // a benchmark prints its numbers
  private static void measure(String name, int count, Run run) throws SourceException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int i = 0; i < count; i++) sink += run.once().documents().size();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (int i = 0; i < count; i++) sink += run.once().documents().size();
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    System.out.println(String.format(Locale.ROOT, "%-22s %,9.0f pages per CPU-second  (%,.0f per wall-second; %d imports; check %d)",
        name, count / cpu, count / wall, count, sink));
  }
}
