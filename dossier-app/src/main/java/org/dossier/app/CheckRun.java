package org.dossier.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Document;
import org.dossier.search.SyncReport;
import org.dossier.store.DocumentEntry;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;

/**
 * The check use case: opening an edition for writing repairs what a crash left behind; every
 * document is then read back; and when all of them can be, the edition's index is synced with it.
 */
final class CheckRun {
  private CheckRun() {}

  static CheckReport check(Path dir, IndexEngine engine, ProgressListener progress) throws AppException, IOException {
    try (EditionStore store = Stores.open(dir)) {
      List<CheckReport.Unreadable> unreadable = new ArrayList<>();
      Map<String, String> hashes = new LinkedHashMap<>();
      progress.stage("reading back", "documents", store.documents().size());
      long read = 0;
      for (DocumentEntry e : store.documents()) {
        try {
          store.expect(e.id());
          hashes.put(e.id(), e.sha256());
        } catch (StoreException | RuntimeException ex) {
          unreadable.add(new CheckReport.Unreadable(e.file(), ex));
        }
        progress.progress(++read);
      }
      progress.stageDone();
      SyncReport synced = null;
      String note = null;
      // An unreadable document cannot be indexed, and dropping it from the index would hide the damage.
      if (unreadable.isEmpty()) {
        try (EditionIndex index = EditionIndex.open(engine, store.dir())) {
          note = index.note();
          if (index.index() != null) {
            // How many documents the index lacks is known only inside the sync: the stage counts without a total.
            progress.stage("indexing", "documents", -1);
            synced = index.index().sync(hashes, Counting.loader(id -> expect(store, id), progress));
            progress.stageDone();
          }
        }
      }
      return new CheckReport(store.repairs(), store.documents().size(), unreadable, synced, note);
    }
  }

  private static Document expect(EditionStore store, String id) throws IOException {
    try {
      return store.expect(id);
    } catch (StoreException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
