package org.dossier.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dossier.app.ProgressLines;

/**
 * How far a benchmark's indexing has come: dossier-app's plain progress lines (every 5 s: count,
 * rate, time left; then a closing line), on stderr so that stdout keeps only the results. Steps may
 * come from several indexing threads.
 */
final class BenchProgress implements AutoCloseable {
  private final ProgressLines lines;
  private long done;

  private BenchProgress(ProgressLines lines) {
    this.lines = lines;
  }

  /** A stage of {@code total} units, e.g. {@code start("indexing (Dossier)", "documents", 10_000)}. */
  @SuppressWarnings("SystemOut") // a benchmark tool prints its progress
  static BenchProgress start(String task, String unit, long total) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    BenchProgress p = new BenchProgress(new ProgressLines(err::println));
    p.lines.stage(task, unit, total);
    return p;
  }

  /** One more unit done. */
  synchronized void step() {
    lines.progress(++done);
  }

  @Override
  public synchronized void close() {
    lines.stageDone();
  }
}
