package org.dossier.ingest;

import java.io.IOException;
import org.dossier.model.Document;
import org.dossier.model.Edition;

/**
 * Receives what an importer reads, as soon as each piece is complete, so that a 500 MB volume
 * never has to be held in memory.
 */
public interface ImportSink {
  /** The edition (volume) metadata and registers; called at most once, before the documents it covers. */
  default void edition(Edition edition) throws IOException {}

  /** One complete document. */
  void document(Document document) throws IOException;

  /** An issue, as soon as it is found. */
  default void issue(ImportIssue issue) {}
}
