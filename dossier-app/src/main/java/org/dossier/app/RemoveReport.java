package org.dossier.app;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a removal did.
 *
 * @param removed the ids removed from the edition (and its index), in the order asked
 * @param missing the ids the edition did not have
 * @param indexNote why the index was not updated (another process holds it and will catch up by
 *     itself), or null when it was
 */
public record RemoveReport(List<String> removed, List<String> missing, @Nullable String indexNote) {
  public RemoveReport {
    removed = List.copyOf(removed);
    missing = List.copyOf(missing);
  }
}
