package org.dossier.search.lucene;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

/**
 * Stored-field readers of one index reader, lent to one search at a time. A fresh reader
 * allocates, per segment a search touches, a cloned input and a decompression buffer the size of a
 * block (together a tenth of a fresh search's bytes); a lent one has them already. There are
 * never more readers than searches that ran at once, and the pool goes with its index reader.
 */
final class StoredFieldsPool {
  private final IndexReader reader;
  private final ConcurrentLinkedQueue<StoredFields> idle = new ConcurrentLinkedQueue<>();

  StoredFieldsPool(IndexReader reader) {
    this.reader = reader;
  }

  /** A stored-field reader for this thread's use until it is {@linkplain #giveBack given back}. */
  StoredFields borrow() throws IOException {
    StoredFields f = idle.poll();
    return f != null ? f : reader.storedFields();
  }

  /** Returns {@code fields}, borrowed from this pool, for another search. */
  void giveBack(StoredFields fields) {
    idle.add(fields);
  }
}
