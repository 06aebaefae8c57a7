package org.dossier.app;

import java.util.Objects;

/**
 * A document file of an edition that cannot be read: it is left out (of listings, the index and
 * searches) so that the rest of the edition stays usable. {@code dossier check} moves it aside
 * into the edition's {@code .quarantine/} folder; removing the document, or importing it again,
 * mends the edition.
 *
 * @param id the document id
 * @param file where the file is, relative to the edition folder ({@code documents/memo-7.xml},
 *     or {@code .quarantine/memo-7.xml} once moved aside)
 * @param problem why it cannot be read, naming the file and the position where there is one
 */
public record DamagedFile(String id, String file, String problem) {
  public DamagedFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
  }

  /** The one line that tells a user about it: {@code "documents/b.xml is damaged and left out: …"}. */
  public String line() {
    return file + " is damaged and left out: " + problem.replaceAll("[\\r\\n]+", " ")
        + " (dossier check moves it aside; a re-import or dossier remove " + id + " mends it)";
  }
}
