package org.dossier.app;

import org.dossier.search.DocumentLoader;

/** Progress for an index sync, which loads each document it indexes: the loads are counted. */
final class Counting {
  private Counting() {}

  /** {@code loader}, telling {@code progress} the number of documents loaded so far after each. */
  static DocumentLoader loader(DocumentLoader loader, ProgressListener progress) {
    long[] loaded = {0};
    return id -> {
      var d = loader.load(id);
      progress.progress(++loaded[0]);
      return d;
    };
  }
}
