package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.OptionalLong;
import org.dossier.model.Document;

/**
 * The search port: a full-text index of blocks (paragraphs and speaker turns) derived from the
 * edition store, which stays the source of truth. Engines (the embedded Lucene index, later
 * SolrCloud) implement it with the same fields ({@link Fields}), the same analysis and the same
 * query syntax.
 *
 * <p>Writes are visible to the next search without a restart (near-real-time) but are durable
 * only after {@link #commit()}; after a crash, the index opens at its last commit and {@link
 * #sync} repairs the difference from the store. Implementations are thread-safe.
 */
public interface SearchIndex extends AutoCloseable {
  /**
   * Adds {@code document}, replacing every block previously indexed for its id.
   *
   * @param contentHash the store's content hash of the document
   * @throws IOException if the index cannot be written
   */
  default void index(Document document, String contentHash) throws IOException {
    Objects.requireNonNull(document, "document");
    indexAll(List.of(new IndexEntry(document, contentHash)));
  }

  /**
   * Adds or replaces many documents; see {@link #index}.
   *
   * @throws IOException if the index cannot be written
   */
  void indexAll(Iterable<IndexEntry> entries) throws IOException;

  /**
   * Removes the document with id {@code documentId} and its blocks; nothing happens if there is none.
   *
   * @throws IOException if the index cannot be written
   */
  void delete(String documentId) throws IOException;

  /**
   * Removes the documents with these ids and their blocks; ids not in the index are passed over.
   * Engines that can remove many in one request override it.
   *
   * @throws IOException if the index cannot be written
   */
  default void delete(Collection<String> documentIds) throws IOException {
    for (String id : documentIds) delete(id);
  }

  /**
   * Removes every document (before a rebuild).
   *
   * @throws IOException if the index cannot be written
   */
  void deleteAll() throws IOException;

  /**
   * Makes every write so far durable.
   *
   * @throws IOException if the index cannot be written
   */
  void commit() throws IOException;

  /**
   * The content hash of every indexed document, by document id.
   *
   * @throws IOException if the index cannot be read
   */
  Map<String, String> indexedHashes() throws IOException;

  /**
   * Makes the index match the store: documents whose hash differs from {@code storeHashes} are
   * re-indexed, documents missing from the index are added, documents not in the store are
   * removed; then commits.
   *
   * @param storeHashes the store's content hash of every document, by id
   * @param loader reads a document from the store
   * @throws IOException if the index cannot be written or a document cannot be loaded
   */
  default SyncReport sync(Map<String, String> storeHashes, DocumentLoader loader) throws IOException {
    Objects.requireNonNull(storeHashes, "storeHashes");
    Objects.requireNonNull(loader, "loader");
    Map<String, String> indexed = indexedHashes();
    List<String> added = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    List<Map.Entry<String, String>> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(storeHashes).entrySet()) {
      String have = indexed.get(e.getKey());
      if (e.getValue().equals(have)) continue;
      changed.add(e);
      (have == null ? added : replaced).add(e.getKey());
    }
    // One stream, each document loaded as it is indexed: memory stays bounded by a document, and an
    // engine that batches and pipelines writes gets the whole change at once.
    try {
      indexAll(() -> changed.stream().map(e -> IndexEntry.load(loader, e.getKey(), e.getValue())).iterator());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<String> removed = new ArrayList<>();
    for (String id : indexed.keySet()) if (!storeHashes.containsKey(id)) removed.add(id);
    if (!removed.isEmpty()) delete(removed);
    commit();
    Collections.sort(removed);
    return new SyncReport(added, replaced, removed);
  }

  /**
   * Runs {@code query}.
   *
   * @throws QuerySyntaxException if the query cannot be run as written (the message says where)
   * @throws IOException if the index cannot be read
   */
  SearchResult search(SearchQuery query) throws QuerySyntaxException, IOException;

  /**
   * The generation of the index as searches see it now: a number that increases with every change
   * that becomes visible to searches, so that two searches at the same generation see the same
   * index. A caller may keep what it derived from a result (a rendered page) under the generation
   * read <em>before</em> searching: the result is then at least as new as that generation. This
   * default, for engines that cannot tell, is empty: then nothing derived from a result may be kept.
   *
   * @throws IOException if the index cannot be read
   */
  default OptionalLong generation() throws IOException {
    return OptionalLong.empty();
  }

  /**
   * Commits pending writes and closes the index.
   *
   * @throws IOException if it cannot be closed cleanly
   */
  @Override
  void close() throws IOException;
}
