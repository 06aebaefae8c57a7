package org.dossier.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A {@link ProgressListener} that writes plain lines, for a log or an output that is not a
 * terminal: while a stage runs, one line every {@link #DEFAULT_INTERVAL} (counts, rate and, when
 * the total is known, the share done and the time left); when a stage that printed any line ends,
 * one closing line with its count, time and rate. A stage shorter than the interval prints nothing,
 * so quick jobs stay quiet.
 *
 * <pre>{@code
 * indexing: 12,000 of 30,000 documents (40%), 2,400 documents/s, about 8 s left
 * indexing: 30,000 documents in 12.5 s (2,400 documents/s)
 * }</pre>
 */
public final class ProgressLines implements ProgressListener {
  /** Time between two lines of a running stage. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  private final Consumer<String> out;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private String task = "";
  private String unit = "";
  private long total = -1;
  private long done;
  private long startedAt;
  private long nextLineAt;
  private boolean printed;

  /** Lines every {@link #DEFAULT_INTERVAL} to {@code out}. */
  public ProgressLines(Consumer<String> out) {
    this(out, DEFAULT_INTERVAL, System::nanoTime);
  }

  /**
   * Lines every {@code interval} to {@code out}, timed by {@code nanoTime} (a clock a test can
   * drive); an interval of zero prints a line on every step.
   */
  public ProgressLines(Consumer<String> out, Duration interval, LongSupplier nanoTime) {
    this.out = Objects.requireNonNull(out, "out");
    if (interval.isNegative()) throw new IllegalArgumentException("interval must be >= 0: " + interval);
    this.intervalNanos = interval.toNanos();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  @Override
  public void stage(String task, String unit, long total) {
    this.task = Objects.requireNonNull(task, "task");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.total = total;
    this.done = 0;
    this.printed = false;
    this.startedAt = nanoTime.getAsLong();
    this.nextLineAt = startedAt + intervalNanos;
  }

  @Override
  public void progress(long done) {
    this.done = done;
    long now = nanoTime.getAsLong();
    if (now - nextLineAt < 0) return;
    nextLineAt = now + intervalNanos;
    printed = true;
    out.accept(running(now));
  }

  @Override
  public void stageDone() {
    if (!printed) return;
    printed = false;
    double seconds = Math.max(nanoTime.getAsLong() - startedAt, 1) / 1e9;
    out.accept(String.format(Locale.ROOT, "%s: %,d %s in %.1f s (%s)", task, done, unit, seconds, rate(done, seconds)));
  }

  private String running(long now) {
    double seconds = Math.max(now - startedAt, 1) / 1e9;
    StringBuilder line = new StringBuilder(task).append(": ");
    if (total < 0) {
      line.append(String.format(Locale.ROOT, "%,d %s", done, unit));
    } else {
      line.append(String.format(Locale.ROOT, "%,d of %,d %s (%d%%)", done, total, unit,
          total == 0 ? 100 : Math.min(100, done * 100 / total)));
    }
    line.append(", ").append(rate(done, seconds));
    if (total >= 0 && done > 0 && done < total) {
      line.append(", about ").append(duration((total - done) * seconds / done)).append(" left");
    }
    return line.toString();
  }

  private String rate(long count, double seconds) {
    return String.format(Locale.ROOT, "%,.0f %s/s", count / seconds, unit);
  }

  /** "8 s", "3 min 20 s", "1 h 05 min". */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) return s + " s";
    if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }
}
