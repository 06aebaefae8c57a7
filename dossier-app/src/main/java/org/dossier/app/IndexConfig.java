package org.dossier.app;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where the editions' search index is kept, and so which engine keeps it. Each case names its
 * engine in {@link #engine()}: that is the one place where an engine is chosen, and {@link
 * DossierApp#of} the one caller.
 *
 * <p>An engine is added with one more case here (a record listed in {@code permits}, holding what
 * that engine needs to find its index, such as a cluster's addresses) whose {@code engine()}
 * returns one new {@link IndexEngine} implementation.
 */
public sealed interface IndexConfig permits IndexConfig.Embedded {
  /** The engine that opens the index configured so. */
  IndexEngine engine();

  /** The embedded index in its default folder (see {@link Embedded}). */
  static IndexConfig embedded() {
    return new Embedded(null);
  }

  /** The embedded index in folder {@code dir} (null: the default folder). */
  static IndexConfig embedded(@Nullable Path dir) {
    return new Embedded(dir);
  }

  /**
   * The embedded Lucene index, in a folder on this machine; it needs no server. One process at a
   * time may open a folder.
   *
   * @param dir the index folder, or null for the default: {@code EDITION/index} for one edition,
   *     {@code .dossier-index} beside the first of several
   */
  record Embedded(@Nullable Path dir) implements IndexConfig {
    public Embedded {
      dir = dir == null ? null : dir.toAbsolutePath().normalize();
    }

    @Override
    public IndexEngine engine() {
      return new LuceneEngine(dir);
    }
  }
}
