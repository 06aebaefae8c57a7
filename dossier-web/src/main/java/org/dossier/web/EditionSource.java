package org.dossier.web;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.app.LiveEdition;
import org.dossier.oai.HarvestRecord;

/**
 * Where the web reader gets an edition's documents from: an edition folder in production, a list
 * in memory in tests and demos. Implementations are thread-safe; the web layer never writes.
 */
public interface EditionSource {
  /** The edition: title, editors, publisher, registers. */
  Edition edition();

  /** A summary of every document, in edition order (the table of contents). */
  List<DocumentSummary> documents();

  /**
   * The document with id {@code id}, or empty when the edition has none. Callers pass only
   * URL-safe ids ({@link org.dossier.model.Ids#isUrlSafe}).
   */
  Optional<Document> find(String id);

  /** Whether the edition has document {@code id}, without reading it. */
  default boolean contains(String id) {
    return find(id).isPresent();
  }

  /**
   * Every document with the time it last changed, and the removed documents with the time of their
   * removal: what harvesters read (OAI-PMH, the sitemap). A source that keeps no datestamps (one held
   * in memory) dates its documents at the time it was made, or this class was loaded.
   */
  default List<HarvestRecord> records() {
    return documents().stream().map(d -> HarvestRecord.live(d.id(), Loaded.AT)).toList();
  }

  /**
   * A number that changes whenever what this source serves changes (a source that never changes
   * keeps 0), so that pages rendered from it can be kept until then.
   */
  default long revision() {
    return 0;
  }

  /** An edition held in memory; documents keep the order given. */
  static EditionSource of(Edition edition, List<Document> documents) {
    return new InMemoryEditionSource(edition, documents);
  }

  /**
   * The edition folder {@code edition}, read as pages are asked for (documents are parsed on demand
   * and kept in a cache of its own of 128 MB, {@link DocumentCache#DEFAULT_BYTES}), always in the
   * state it was last opened or refreshed in.
   */
  static EditionSource of(LiveEdition edition) {
    return of(edition, DocumentCache.ofBytes(DocumentCache.DEFAULT_BYTES));
  }

  /**
   * The edition folder {@code edition}, its parsed documents kept in {@code documents}, which other
   * editions may share.
   */
  static EditionSource of(LiveEdition edition, DocumentCache documents) {
    return new StoreEditionSource(edition, documents);
  }
}
