package org.dossier.cli;

import java.time.Duration;
import java.util.Locale;
import org.dossier.app.ProgressListener;
import org.dossier.app.ProgressLines;
import org.dossier.model.SuppressForbidden;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How the long commands (import, check, reindex, demo) show how far they have come, always on
 * stderr so that stdout stays clean for {@code --json} and pipes: a bar with counts, rate and time
 * left when stderr is a terminal, else plain lines every few seconds.
 */
final class ProgressOptions {
  /** How progress is shown. */
  enum Mode { AUTO, BAR, LINES, NONE }

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "How progress is shown on stderr: auto (a bar on a terminal, else plain lines), bar, lines or none "
          + "(default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = {"-q", "--quiet"}, description = "Show no progress bar, only the plain progress lines.")
  boolean quiet;

  @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5",
      description = "Seconds between two plain progress lines; a step that ends sooner prints none (default: ${DEFAULT-VALUE}).")
  double every;

  /**
   * The listener for a command run, drawing on the terminal or writing lines to the command's
   * stderr; {@code prefix} goes before each task name (the demo names its sample). Plain lines are
   * chosen whenever the command prints JSON, so that nothing but JSON could ever reach a pipe.
   */
  Display display(CommandSpec spec, boolean json, String prefix) {
    if (!(every >= 0) || every > 86_400) {
      throw new ParameterException(spec.commandLine(), "--progress-every must be 0 to 86400 seconds: " + every);
    }
    Mode m = mode(spec);
    if (m == Mode.AUTO) m = quiet || json || !terminal() ? Mode.LINES : Mode.BAR;
    if (m == Mode.BAR && (quiet || json)) m = Mode.LINES;
    var err = spec.commandLine().getErr();
    return switch (m) {
      case NONE -> new Display(ProgressListener.NONE, null);
      case BAR -> {
        TerminalBar bar = TerminalBar.onStderr(prefix);
        yield new Display(bar, bar);
      }
      default -> new Display(new ProgressLines(line -> {
        err.println("dossier: " + prefix + line);
        err.flush();
      }, Duration.ofMillis(Math.round(every * 1000)), System::nanoTime), null);
    };
  }

  private Mode mode(CommandSpec spec) {
    try {
      return Mode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--progress must be auto, bar, lines or none: '" + mode + "'", e);
    }
  }

  /** Whether the user watches: Java 17's console exists only when stdin and stdout are a terminal. */
  @SuppressForbidden(reason = "TERM tells a dumb terminal, where a bar cannot redraw itself")
  private static boolean terminal() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  /** A listener, and the bar to close after the command (its drawing thread), if there is one. */
  record Display(ProgressListener listener, @Nullable TerminalBar bar) implements AutoCloseable {
    @Override
    public void close() {
      if (bar != null) bar.close();
    }
  }
}
