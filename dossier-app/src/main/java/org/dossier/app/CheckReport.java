package org.dossier.app;

import java.util.List;
import java.util.Objects;
import org.dossier.search.SyncReport;
import org.jspecify.annotations.Nullable;

/**
 * What a check of an edition found and repaired.
 *
 * @param repairs what opening the edition repaired after a crash, one sentence each
 * @param documents how many documents the edition holds that read back (the quarantined ones not counted)
 * @param quarantined the documents whose files could not be read back, now in {@code .quarantine/}
 * @param index what making the index hold exactly the edition's documents changed, or null when
 *     another process holds the index
 * @param indexNote why the index was not checked because another process holds it, or null
 */
public record CheckReport(List<String> repairs, int documents, List<Quarantined> quarantined,
    @Nullable SyncReport index, @Nullable String indexNote) {
  public CheckReport {
    repairs = List.copyOf(repairs);
    quarantined = List.copyOf(quarantined);
  }

  /** Whether every document could be read back: nothing is, or stays, in quarantine. */
  public boolean healthy() {
    return quarantined.isEmpty();
  }

  /**
   * A document whose file could not be read back, moved aside so that the rest of the edition
   * stays usable; importing it again or removing it mends the edition.
   *
   * @param id the document id
   * @param file where the file was, relative to the edition folder
   * @param movedTo where it is now, relative to the edition folder ({@code .quarantine/…})
   * @param problem why it could not be read, naming the file and the position where there is one
   */
  public record Quarantined(String id, String file, String movedTo, String problem) {
    public Quarantined {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(movedTo, "movedTo");
      Objects.requireNonNull(problem, "problem");
    }

    /** The one line that reports it. */
    public String line() {
      String where = file.equals(movedTo) ? "is in " + movedTo : "moved to " + movedTo;
      return file + ": " + problem.replaceAll("[\\r\\n]+", " ") + "; " + where
          + " (import it again, or dossier remove " + id + ")";
    }
  }
}
