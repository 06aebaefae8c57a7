package org.dossier.app;

import java.util.List;
import java.util.Objects;
import org.dossier.search.SyncReport;
import org.jspecify.annotations.Nullable;

/**
 * What a check of an edition found and repaired.
 *
 * @param repairs what opening the edition repaired after a crash, one sentence each
 * @param documents how many documents the edition lists
 * @param unreadable the documents whose files could not be read back
 * @param index what syncing the index changed, or null when it was not synced (some document was
 *     unreadable, or another process holds the index)
 * @param indexNote why the index was not synced because another process holds it, or null
 */
public record CheckReport(List<String> repairs, int documents, List<Unreadable> unreadable, @Nullable SyncReport index,
    @Nullable String indexNote) {
  public CheckReport {
    repairs = List.copyOf(repairs);
    unreadable = List.copyOf(unreadable);
  }

  /** Whether every document could be read back. */
  public boolean healthy() {
    return unreadable.isEmpty();
  }

  /**
   * A document whose file could not be read back.
   *
   * @param file the file, relative to the edition folder
   * @param error why: its message names the position in the file where there is one
   */
  public record Unreadable(String file, Exception error) {
    public Unreadable {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(error, "error");
    }
  }
}
