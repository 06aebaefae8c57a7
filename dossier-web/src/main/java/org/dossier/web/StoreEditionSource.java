package org.dossier.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.store.DocumentEntry;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EditionSource} over an edition folder. Parsed documents are kept in a small cache keyed
 * by the file's hash, so a page read twice is parsed once and a replaced document is never served
 * stale.
 */
final class StoreEditionSource implements EditionSource {
  private static final int CACHED = 256;
  private final EditionStore store;
  private final Map<String, Document> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
      return size() > CACHED;
    }
  };

  /** The table of contents of one store revision: a large edition's list is built once, not per page. */
  private volatile @Nullable Summaries summaries;

  private record Summaries(long revision, List<DocumentSummary> list) {}

  StoreEditionSource(EditionStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Edition edition() {
    return store.edition();
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
    Optional<DocumentEntry> entry = store.findEntry(id);
    if (entry.isEmpty()) return Optional.empty();
    String key = entry.get().sha256();
    synchronized (cache) {
      Document d = cache.get(key);
      if (d != null && d.id().equals(id)) return Optional.of(d);
    }
    try {
      Optional<Document> d = store.find(id);
      d.ifPresent(doc -> {
        synchronized (cache) {
          cache.put(key, doc);
        }
      });
      return d;
    } catch (StoreException e) {
      throw new IllegalStateException("cannot read document " + id + " of edition " + store.edition().id(), e);
    }
  }

  private static @Nullable DocDate date(DocumentEntry e) {
    if (e.date() == null) return null;
    try {
      return DocDate.parse(e.date());
    } catch (IllegalArgumentException bad) {
      return null; // a date the model rejects is shown as no date rather than failing the whole list
    }
  }
}
