package org.dossier.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dossier.search.DocumentLoader;
import org.dossier.search.SearchIndex;
import org.dossier.search.SyncReport;

/**
 * The index's own sync, except that a document that cannot be read is left out (and so taken out
 * of the index) instead of failing the sync for every other document: one damaged file must not
 * stop a server, a search or a reindex.
 */
final class TolerantSync {
  /** What the sync changed, and the documents left out because they could not be read. */
  record Result(SyncReport report, List<DamagedFile> skipped) {
    Result {
      skipped = List.copyOf(skipped);
    }
  }

  private TolerantSync() {}

  /**
   * Syncs {@code index} with {@code storeHashes}; {@code fileOf} names a document's file for the
   * report of one that could not be read.
   *
   * @throws IOException if the index cannot be read or written
   */
  static Result run(SearchIndex index, Map<String, String> storeHashes, DocumentLoader loader,
      Function<String, String> fileOf) throws IOException {
    Map<String, String> left = new TreeMap<>(storeHashes);
    List<DamagedFile> skipped = new ArrayList<>();
    // Taken before anything is written: a retry's own sync sees the writes of the attempts before it.
    Map<String, String> before = index.indexedHashes();
    boolean retried = false;
    while (true) {
      String[] failed = {null};
      DocumentLoader recording = id -> {
        try {
          return loader.load(id);
        } catch (IOException e) {
          failed[0] = id;
          throw e;
        }
      };
      try {
        SyncReport report = index.sync(left, recording);
        return new Result(retried ? diff(before, left) : report, skipped);
      } catch (IOException e) {
        if (failed[0] == null) throw e;
        retried = true;
        left.remove(failed[0]);
        skipped.add(new DamagedFile(failed[0], fileOf.apply(failed[0]), String.valueOf(e.getMessage())));
      }
    }
  }

  private static SyncReport diff(Map<String, String> indexed, Map<String, String> store) {
    List<String> added = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    store.forEach((id, hash) -> {
      String had = indexed.get(id);
      if (had == null) added.add(id);
      else if (!had.equals(hash)) replaced.add(id);
    });
    for (String id : new TreeMap<>(indexed).keySet()) if (!store.containsKey(id)) removed.add(id);
    return new SyncReport(added, replaced, removed);
  }
}
