package org.dossier.search;

import java.util.Objects;

/**
 * The version of what engines index for a document, kept with its content hash: when the units
 * change (titles and notes became searchable), a document indexed by an older version reads back as
 * changed, so {@link SearchIndex#sync} re-indexes it although the store's copy did not change.
 */
public final class IndexFormat {
  /** The current version: units of titles, blocks, notes and source lines. */
  public static final String VERSION = "u2";

  private static final String SEPARATOR = "@";
  private static final String OLDER = "indexed-by-an-older-version";

  private IndexFormat() {}

  /** The value an engine keeps for a document whose content hash is {@code contentHash}. */
  public static String stamp(String contentHash) {
    Objects.requireNonNull(contentHash, "contentHash");
    return contentHash + SEPARATOR + VERSION;
  }

  /** The content hash an engine reports for {@code stored}; one that no store hash equals if it is from an older version. */
  public static String read(String stored) {
    Objects.requireNonNull(stored, "stored");
    String suffix = SEPARATOR + VERSION;
    return stored.endsWith(suffix) ? stored.substring(0, stored.length() - suffix.length()) : OLDER;
  }
}
