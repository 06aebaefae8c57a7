package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A search reuses the stored-field reader an earlier search gave back; searches at once never share one. */
class StoredFieldsPoolTest {
  @Test
  void aGivenBackReaderIsLentAgainAndTwoAtOnceAreDistinct() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        Document d = new Document();
        d.add(new StoredField("text", "a paragraph"));
        w.addDocument(d);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        StoredFieldsPool pool = new StoredFieldsPool(reader);
        StoredFields first = pool.borrow();
        StoredFields second = pool.borrow();
        assertThat(second).isNotSameAs(first);
        assertThat(first.document(0).get("text")).isEqualTo("a paragraph");
        pool.giveBack(first);
        assertThat(pool.borrow()).isSameAs(first);
        pool.giveBack(second);
      }
    }
  }
}
