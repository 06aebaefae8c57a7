package org.dossier.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.app.AppException;
import org.dossier.app.ListedDocument;
import org.dossier.app.LiveEdition;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EditionSource} over an edition folder ({@link LiveEdition}). Parsed documents are kept
 * in a cache keyed by the file's hash and bounded by their estimated size, so a page read twice is
 * parsed once and a replaced document is never served stale.
 */
final class StoreEditionSource implements EditionSource {
  /** Parsed documents kept, by estimated size: a few thousand long documents, or every short one. */
  private static final long CACHED_BYTES = 128L << 20;
  private final LiveEdition store;
  private final SizeBoundedCache<String, Document> cache;

  /** The table of contents of one revision of the folder: a large edition's list is built once, not per page. */
  private volatile @Nullable Summaries summaries;

  private record Summaries(long revision, List<DocumentSummary> list) {}

  StoreEditionSource(LiveEdition store) {
    this(store, CACHED_BYTES);
  }

  /** A source keeping parsed documents up to {@code budget} estimated bytes. */
  StoreEditionSource(LiveEdition store, long budget) {
    this.store = Objects.requireNonNull(store, "store");
    this.cache = new SizeBoundedCache<>(budget, StoreEditionSource::weight);
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
        .map(e -> new DocumentSummary(e.id(), e.number(), e.title(), date(e), e.type()))
        .toList();
    summaries = new Summaries(revision, list);
    return list;
  }

  @Override
  public Optional<Document> find(String id) {
    Optional<ListedDocument> entry = store.findEntry(id);
    if (entry.isEmpty()) return Optional.empty();
    String key = entry.get().sha256();
    Document cached = cache.get(key);
    if (cached != null && cached.id().equals(id)) return Optional.of(cached);
    try {
      Optional<Document> d = store.find(id);
      d.ifPresent(doc -> cache.put(key, doc));
      return d;
    } catch (AppException e) {
      throw new IllegalStateException("cannot read document " + id + " of edition " + store.edition().id(), e);
    }
  }

  /** About the heap a parsed document takes: its text twice over (strings) plus a little per block. */
  private static long weight(Document d) {
    long blocks = d.blocks().mapToLong(b -> 2L * b.text().length() + 256).sum();
    long notes = d.notes().stream().mapToLong(n -> 2L * n.text().length() + 128).sum();
    return 1024 + blocks + notes;
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
