package org.dossier.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.dossier.model.Ids;

/**
 * A document that was removed from the edition, kept in {@code edition.json} so that a harvester
 * learns of the removal (OAI-PMH's persistent deleted records). Storing a document with the same id
 * again makes it live again and drops this record.
 *
 * @param id the removed document's id
 * @param removed when it was removed (UTC, whole seconds)
 */
public record RemovedDocument(String id, Instant removed) {
  public RemovedDocument {
    Ids.requireUrlSafe(id, "document id");
    removed = Objects.requireNonNull(removed, "removed").truncatedTo(ChronoUnit.SECONDS);
  }
}
