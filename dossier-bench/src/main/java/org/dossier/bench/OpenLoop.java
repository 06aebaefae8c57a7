package org.dossier.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * Open-loop load: requests leave at a fixed arrival rate whatever the server does, as readers'
 * clicks do, and each one's latency runs from the time it was due to leave, not from the time a
 * connection was free to send it. A server that falls behind therefore shows its queue in the
 * figures instead of slowing the load down (no coordinated omission, in Gil Tene's phrase).
 *
 * <p>One scheduling thread puts each request on a queue at its intended time; a pool of kept-alive
 * connections takes them off as they come free. Time spent waiting in that queue is part of the
 * latency; so is any lag of the scheduler itself (reported, as it means the client machine is
 * short of CPU).
 */
final class OpenLoop {
  /** A request that never came back within this time counts as an error. */
  private static final long DRAIN_SECONDS = 30;

  /**
   * One run's settings.
   *
   * @param rate requests per second
   * @param seconds the measured time
   * @param warmup seconds at the same rate before it, not recorded
   * @param searchShare the fraction of requests that are searches (0 to 1), the rest document pages
   * @param connections the client's connections (the most requests in flight at once)
   */
  record Settings(double rate, int seconds, int warmup, double searchShare, int connections) {
    Settings {
      if (!(rate > 0)) throw new IllegalArgumentException("rate must be > 0: " + rate);
      if (seconds <= 0) throw new IllegalArgumentException("seconds must be > 0: " + seconds);
      if (warmup < 0) throw new IllegalArgumentException("warmup must be >= 0: " + warmup);
      if (!(searchShare >= 0 && searchShare <= 1)) throw new IllegalArgumentException("searchShare must be 0 to 1: " + searchShare);
      if (connections <= 0) throw new IllegalArgumentException("connections must be > 0: " + connections);
    }

    Settings withRate(double r) {
      return new Settings(r, seconds, warmup, searchShare, connections);
    }

    /** The searches a run sends, warm-up included. */
    long searches() {
      return (long) Math.ceil(rate * (seconds + warmup) * searchShare) + 1;
    }
  }

  /** What one run measured; latencies in microseconds. */
  record Outcome(Settings settings, Histogram documents, Histogram searches, long errors, long sent,
                 double sentPerSecond, long maxLagMicros) {
    double documentP99Ms() {
      return documents.getValueAtPercentile(99) / 1000.0;
    }

    double searchP99Ms() {
      return searches.getValueAtPercentile(99) / 1000.0;
    }

    /** True if document pages' p99 is under {@code documentMs}, searches' under {@code searchMs}, and nothing failed. */
    boolean holds(double documentMs, double searchMs) {
      return errors == 0 && documentP99Ms() < documentMs && (searches.getTotalCount() == 0 || searchP99Ms() < searchMs);
    }

    /** {@code open-loop 500 req/s: document p99 15.0 ms, search p99 24.0 ms, errors 0}. */
    String summary() {
      return String.format(Locale.ROOT, "open-loop %.0f req/s: document p99 %.1f ms, search p99 %.1f ms, errors %d",
          settings.rate(), documentP99Ms(), searchP99Ms(), errors);
    }

    /** Prints the run's figures, then {@code note} if there is one, then {@link #summary()} as the last line. */
    void print(PrintStream out, @Nullable String note) {
      Settings s = settings;
      out.printf(Locale.ROOT, "open loop at %.0f req/s for %d s after %d s of warm-up, %.0f%% searches, %d connections: "
          + "%,d sent (%.1f/s); the scheduler was at most %.1f ms late%n", s.rate(), s.seconds(), s.warmup(),
          s.searchShare() * 100, s.connections(), sent, sentPerSecond, maxLagMicros / 1000.0);
      line(out, "document page", documents);
      line(out, "search page", searches);
      if (note != null) out.println(note);
      out.println(summary());
    }

    private static void line(PrintStream out, String name, Histogram h) {
      if (h.getTotalCount() == 0) return;
      out.printf(Locale.ROOT, "%-14s n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  p99.9 %.1f ms  max %.1f ms%n", name,
          h.getTotalCount(), h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3,
          h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
    }
  }

  /** A request due at {@code due} (System.nanoTime); recorded only when {@code measured}. */
  private record Due(long due, String path, boolean search, boolean measured) {
    /** The marker that tells a connection to stop: no path. */
    boolean stop() {
      return path.isEmpty();
    }
  }

  private static final Due STOP = new Due(0, "", false, false);

  private OpenLoop() {}

  /**
   * Sends {@code settings.rate()} requests a second to {@code root}: document pages drawn (seeded)
   * from {@code documents}, searches taken in turn from {@code searches}, which must not run out.
   */
  static Outcome run(URI root, List<String> documents, Iterator<String> searches, Settings settings)
      throws InterruptedException {
    LinkedBlockingQueue<Due> queue = new LinkedBlockingQueue<>();
    Histogram docs = new ConcurrentHistogram(3);
    Histogram finds = new ConcurrentHistogram(3);
    AtomicLong errors = new AtomicLong();
    List<Thread> pool = new ArrayList<>();
    for (int c = 0; c < settings.connections(); c++) {
      Thread t = new Thread(() -> serve(root, queue, docs, finds, errors), "open-loop-" + c);
      t.setDaemon(true);
      t.start();
      pool.add(t);
    }
    Random random = new Random(Double.doubleToLongBits(settings.rate()));
    long period = (long) (1e9 / settings.rate());
    long total = (long) (settings.rate() * (settings.seconds() + settings.warmup()));
    long warm = (long) (settings.rate() * settings.warmup());
    long start = System.nanoTime() + 10_000_000;
    long maxLag = 0;
    for (long i = 0; i < total; i++) {
      long due = start + i * period;
      for (long wait; (wait = due - System.nanoTime()) > 0; ) LockSupport.parkNanos(wait);
      maxLag = Math.max(maxLag, System.nanoTime() - due);
      boolean search = random.nextDouble() < settings.searchShare();
      String path;
      if (search) {
        if (!searches.hasNext()) throw new IllegalStateException("the edition's vocabulary ran out of distinct searches");
        path = "/search?q=" + URLEncoder.encode(searches.next(), StandardCharsets.UTF_8);
      } else {
        path = documents.get(random.nextInt(documents.size()));
      }
      queue.add(new Due(due, path, search, i >= warm));
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    for (int c = 0; c < pool.size(); c++) queue.add(STOP);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
    for (Thread t : pool) t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    // What is still queued never left: an error, and a latency of at least the time it waited.
    for (Due d; (d = queue.poll()) != null; ) {
      if (d.stop() || !d.measured()) continue;
      errors.incrementAndGet();
      (d.search() ? finds : docs).recordValue(micros(System.nanoTime() - d.due()));
    }
    for (Thread t : pool) t.interrupt();
    long measured = total - warm;
    return new Outcome(settings, docs.copy(), finds.copy(), errors.get(), measured, total / elapsed, maxLag / 1000);
  }

  private static void serve(URI root, LinkedBlockingQueue<Due> queue, Histogram docs, Histogram finds, AtomicLong errors) {
    WebLoad.KeepAlive connection = new WebLoad.KeepAlive(root);
    try {
      for (Due d; !(d = queue.take()).stop(); ) {
        boolean ok;
        try {
          ok = connection.get(d.path()) == 200;
        } catch (IOException e) {
          ok = false;
          connection.close();
        }
        long latency = micros(System.nanoTime() - d.due());
        if (!d.measured()) continue;
        if (!ok) errors.incrementAndGet();
        (d.search() ? finds : docs).recordValue(latency);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the run is over
    } finally {
      connection.close();
    }
  }

  private static long micros(long nanos) {
    return Math.max(0, nanos / 1000);
  }
}
