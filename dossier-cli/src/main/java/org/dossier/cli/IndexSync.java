package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Keeps an edition's search index in step with its store after a command changed the store. */
final class IndexSync {
  private IndexSync() {}

  /**
   * Syncs the index of {@code edition}. If a server holds the index, it is left alone: the server
   * syncs by itself when it sees the edition change.
   */
  static void afterWrite(Path edition, PrintWriter err) throws IOException {
    try (Library library = Library.open(List.of(edition), null)) {
      library.sync();
    } catch (CliException e) {
      err.println("dossier: note: " + e.getMessage() + "; it will catch up by itself");
    }
  }
}
