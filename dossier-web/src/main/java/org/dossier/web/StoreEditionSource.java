package org.dossier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.app.AppException;
import org.dossier.app.ListedDocument;
import org.dossier.app.LiveEdition;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.oai.HarvestRecord;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EditionSource} over an edition folder ({@link LiveEdition}). Parsed documents are kept
 * in a {@link DocumentCache} keyed by the file's hash, so a page read twice is parsed once and a
 * replaced document is never served stale.
 */
final class StoreEditionSource implements EditionSource {
  private final LiveEdition store;
  private final DocumentCache cache;

  /** The table of contents of one revision of the folder: a large edition's list is built once, not per page. */
  private volatile @Nullable Summaries summaries;

  private record Summaries(long revision, List<DocumentSummary> list) {}

  /** The records of one revision of the folder, for harvesters. */
  private volatile @Nullable Records records;

  private record Records(long revision, List<HarvestRecord> list) {}

  /** A source keeping the documents it parses in {@code cache}. */
  StoreEditionSource(LiveEdition store, DocumentCache cache) {
    this.store = Objects.requireNonNull(store, "store");
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public Edition edition() {
    return store.edition();
  }

  @Override
  public boolean contains(String id) {
    return store.findEntry(id).isPresent();
  }

  @Override
  public long revision() {
    return store.revision();
  }

  /** The table of contents from {@code edition.json}, without parsing any document. */
  @Override
  public List<DocumentSummary> documents() {
    long revision = store.revision();
    Summaries s = summaries;
    if (s != null && s.revision() == revision) return s.list();
    List<DocumentSummary> list = store.documents().stream()
        .map(e -> new DocumentSummary(e.id(), e.number(), e.title(), date(e), e.type(), e.sections()))
        .toList();
    summaries = new Summaries(revision, list);
    return list;
  }

  /** The datestamps from {@code edition.json}: live documents in edition order, then the removed ones. */
  @Override
  public List<HarvestRecord> records() {
    long revision = store.revision();
    Records r = records;
    if (r != null && r.revision() == revision) return r.list();
    List<HarvestRecord> list = new ArrayList<>();
    for (ListedDocument d : store.documents()) list.add(HarvestRecord.live(d.id(), d.modified()));
    for (LiveEdition.Removal gone : store.removed()) list.add(HarvestRecord.removed(gone.id(), gone.removed()));
    records = new Records(revision, List.copyOf(list));
    return records.list();
  }

  @Override
  public Optional<Document> find(String id) {
    Optional<ListedDocument> entry = store.findEntry(id);
    if (entry.isEmpty()) return Optional.empty();
    String key = entry.get().sha256();
    Document cached = cache.find(key, id);
    if (cached != null) return Optional.of(cached);
    try {
      Optional<Document> d = store.find(id);
      d.ifPresent(doc -> cache.put(key, doc));
      return d;
    } catch (AppException e) {
      throw new IllegalStateException("cannot read document " + id + " of edition " + store.edition().id(), e);
    }
  }

  private static @Nullable DocDate date(ListedDocument e) {
    if (e.date() == null) return null;
    try {
      return DocDate.parse(e.date());
    } catch (IllegalArgumentException bad) {
      return null; // a date the model rejects is shown as no date rather than failing the whole list
    }
  }
}
