package org.dossier.search;

import java.io.IOException;
import java.util.Map;
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
  void index(Document document, String contentHash) throws IOException;

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
  SyncReport sync(Map<String, String> storeHashes, DocumentLoader loader) throws IOException;

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
