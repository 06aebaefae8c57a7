package org.dossier.search;

import java.util.List;

/**
 * What {@link SearchIndex#sync} changed, as sorted document ids.
 *
 * @param added documents in the store that were missing from the index
 * @param replaced documents whose content hash differed
 * @param removed documents in the index that are no longer in the store
 */
public record SyncReport(List<String> added, List<String> replaced, List<String> removed) {
  public SyncReport {
    added = List.copyOf(added);
    replaced = List.copyOf(replaced);
    removed = List.copyOf(removed);
  }

  /** Whether the index already matched the store. */
  public boolean unchanged() {
    return added.isEmpty() && replaced.isEmpty() && removed.isEmpty();
  }
}
