package org.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pauses a server JVM logged with {@code -Xlog:gc:file=…}: how many, the longest and their
 * total, between two marks. With the load generator's latencies beside them, they show how much
 * of a tail is the collector's, which no handler can fix.
 */
final class GcLog {
  /** {@code [12.345s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 50M->10M(256M) 12.345ms}. */
  private static final Pattern PAUSE = Pattern.compile("\\bPause\\b.*?([0-9.]+)ms\\s*$");

  private final Path file;

  GcLog(Path file) {
    this.file = file;
  }

  /** The JVM option that makes a server write this log. */
  String option() {
    return "-Xlog:gc:file=" + file;
  }

  /** A mark: the lines logged so far. */
  int mark() throws IOException {
    return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).size() : 0;
  }

  /** The pauses logged since {@code mark}, over {@code seconds} of run, as one line. */
  String since(int mark, double seconds) throws IOException {
    List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    int count = 0;
    double total = 0;
    double max = 0;
    for (String line : lines.subList(Math.min(mark, lines.size()), lines.size())) {
      Matcher m = PAUSE.matcher(line);
      if (!m.find()) continue;
      double ms = Double.parseDouble(m.group(1));
      count++;
      total += ms;
      max = Math.max(max, ms);
    }
    return String.format(Locale.ROOT, "server GC over the run, warm-up included: %d pauses, longest %.1f ms, %.0f ms in all "
        + "(%.1f %% of the time)", count, max, total, total / (seconds * 10));
  }
}
