package org.dossier.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dossier.app.ProgressListener;
import org.dossier.model.SuppressForbidden;
import org.jspecify.annotations.Nullable;

/**
 * Progress as a bar on the terminal (me.tongfei:progressbar, which sizes it through JLine): one bar
 * a stage, with the count, the rate and the time left, redrawn in place and left on screen when
 * the stage ends.
 */
final class TerminalBar implements ProgressListener, AutoCloseable {
  private final PrintStream terminal;
  private final String prefix;
  private me.tongfei.progressbar.@Nullable ProgressBar bar;

  private TerminalBar(PrintStream terminal, String prefix) {
    this.terminal = terminal;
    this.prefix = prefix;
  }

  @SuppressForbidden(reason = "the bar redraws the terminal in place: it writes to the process's stderr itself")
  static TerminalBar onStderr(String prefix) {
    return on(System.err, prefix);
  }

  /** A bar drawn on {@code terminal}, each task name after {@code prefix}. */
  static TerminalBar on(PrintStream terminal, String prefix) {
    return new TerminalBar(terminal, prefix);
  }

  @Override
  public void stage(String task, String unit, long total) {
    stageDone();
    bar = new ProgressBarBuilder()
        .setTaskName(prefix + task)
        .setInitialMax(total)
        .setUnit(" " + unit, 1)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new InteractiveConsoleProgressBarConsumer(terminal))
        .build();
  }

  @Override
  public void progress(long done) {
    if (bar != null) bar.stepTo(done);
  }

  @Override
  public void stageDone() {
    if (bar != null) bar.close();
    bar = null;
  }

  @Override
  public void close() {
    stageDone();
    terminal.flush();
  }
}
