package org.dossier.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.search.SearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * The index of one edition, opened by a command that changes the edition so that the index
 * follows; or, when another process (a server) holds it, the note that says it will catch up by
 * itself when it sees the change.
 *
 * @param index the index, or null when it is busy
 * @param note why there is no index, or null
 */
record EditionIndex(@Nullable SearchIndex index, @Nullable String note) implements AutoCloseable {
  static EditionIndex open(IndexEngine engine, Path edition) throws AppException, IOException {
    try {
      return new EditionIndex(engine.open(List.of(edition), IndexAccess.WRITABLE, 0), null);
    } catch (IndexBusyException e) {
      return new EditionIndex(null, e.getMessage() + "; it will catch up by itself");
    }
  }

  @Override
  public void close() throws IOException {
    if (index != null) index.close();
  }
}
