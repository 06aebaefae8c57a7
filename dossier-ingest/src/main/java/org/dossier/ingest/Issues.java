package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the issues of one source file: keeps the first {@code max}, counts the rest, and
 * passes every kept issue on to the sink.
 */
public final class Issues {
  private final String file;
  private final int max;
  private final ImportSink sink;
  private final List<ImportIssue> kept = new ArrayList<>();
  private int dropped;

  public Issues(String file, int max, ImportSink sink) {
    this.file = file;
    this.max = max;
    this.sink = sink;
  }

  /** Records an issue at {@code line:column} of this file. */
  public void add(String kind, int line, int column, String message, @Nullable String suggestion) {
    if (kept.size() >= max) {
      dropped++;
      return;
    }
    ImportIssue issue = new ImportIssue(kind, file, line, column, message, suggestion);
    kept.add(issue);
    sink.issue(issue);
  }

  /** The issues kept so far. */
  public List<ImportIssue> kept() {
    return List.copyOf(kept);
  }

  /** How many issues were found beyond the cap. */
  public int dropped() {
    return dropped;
  }
}
