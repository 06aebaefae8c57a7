package org.dossier.oai;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.dossier.model.Ids;

/**
 * One document of an edition as a harvester sees it: its id, when it last changed, and whether it
 * was removed (then the datestamp is the time of its removal).
 *
 * @param id the document id (URL-safe)
 * @param datestamp when the document was last written, or removed (UTC, truncated to whole seconds)
 * @param deleted whether the document was removed from the edition
 */
public record HarvestRecord(String id, Instant datestamp, boolean deleted) {
  public HarvestRecord {
    Ids.requireUrlSafe(id, "document id");
    datestamp = Objects.requireNonNull(datestamp, "datestamp").truncatedTo(ChronoUnit.SECONDS);
  }

  /** A live document last written at {@code datestamp}. */
  public static HarvestRecord live(String id, Instant datestamp) {
    return new HarvestRecord(id, datestamp, false);
  }

  /** A document removed at {@code removed}. */
  public static HarvestRecord removed(String id, Instant removed) {
    return new HarvestRecord(id, removed, true);
  }
}
