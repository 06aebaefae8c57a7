package org.dossier.app;

/** What a caller means to do with an index it opens. */
public enum IndexAccess {
  /** Search only: writes are refused with {@link IllegalStateException}, and a missing index is not created. */
  READ_ONLY,
  /** Search and write (index, delete, commit, sync). */
  WRITABLE
}
