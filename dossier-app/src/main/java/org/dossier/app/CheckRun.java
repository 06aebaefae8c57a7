package org.dossier.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Document;
import org.dossier.store.DamagedDocument;
import org.dossier.store.DocumentEntry;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;

/**
 * The check use case: opening an edition for writing repairs what a crash left behind; every
 * document is then read back, and one that cannot be is moved aside into {@code .quarantine/};
 * then the edition's index is made to hold exactly the documents that remain, by id and content
 * hash (what it lacks or holds stale is indexed, what the store no longer has is deleted).
 */
final class CheckRun {
  private CheckRun() {}

  static CheckReport check(Path dir, IndexEngine engine, ProgressListener progress) throws AppException, IOException {
    try (EditionStore store = Stores.open(dir)) {
      List<CheckReport.Quarantined> quarantined = new ArrayList<>();
      // Found damaged on opening (changed since edition.json was written), or moved aside by an earlier check.
      for (DamagedDocument d : store.damaged()) quarantined.add(moveAside(store, d.id(), d.file(), d.problem()));
      progress.stage("reading back", "documents", store.documents().size());
      long read = 0;
      for (DocumentEntry e : store.documents()) {
        try {
          store.expect(e.id());
        } catch (StoreException | RuntimeException ex) {
          // Listed with the right hash, yet unreadable: written by a Dossier that accepted what it cannot read back.
          quarantined.add(moveAside(store, e.id(), e.file(), String.valueOf(ex.getMessage())));
        }
        progress.progress(++read);
      }
      progress.stageDone();
      Map<String, String> hashes = new LinkedHashMap<>();
      for (DocumentEntry e : store.documents()) hashes.put(e.id(), e.sha256());
      TolerantSync.Result synced = null;
      String note;
      try (EditionIndex index = EditionIndex.open(engine, store.dir())) {
        note = index.note();
        if (index.index() != null) {
          // How many documents the index lacks is known only inside the sync: the stage counts without a total.
          progress.stage("indexing", "documents", -1);
          synced = TolerantSync.run(index.index(), hashes, Counting.loader(id -> expect(store, id), progress),
              id -> store.findEntry(id).map(DocumentEntry::file).orElse(id));
          progress.stageDone();
        }
      }
      // A document that fails only while indexing (it changed under us) is moved aside like the others.
      if (synced != null) {
        for (DamagedFile d : synced.skipped()) quarantined.add(moveAside(store, d.id(), d.file(), d.problem()));
      }
      return new CheckReport(store.repairs(), store.documents().size(), quarantined,
          synced == null ? null : synced.report(), note);
    }
  }

  private static CheckReport.Quarantined moveAside(EditionStore store, String id, String file, String problem)
      throws AppException {
    try {
      DamagedDocument d = store.quarantine(id, problem);
      return new CheckReport.Quarantined(id, file, d.file(), problem);
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), e);
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
