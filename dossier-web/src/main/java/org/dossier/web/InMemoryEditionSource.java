package org.dossier.web;

import java.time.Instant;
import org.dossier.oai.HarvestRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Document;
import org.dossier.model.Edition;

/** An {@link EditionSource} over documents held in memory. */
final class InMemoryEditionSource implements EditionSource {
  private final Edition edition;
  private final Map<String, Document> byId = new LinkedHashMap<>();
  private final List<DocumentSummary> summaries;
  private final List<HarvestRecord> records;

  InMemoryEditionSource(Edition edition, List<Document> documents) {
    this.edition = Objects.requireNonNull(edition, "edition");
    for (Document d : documents) {
      if (byId.put(d.id(), d) != null) {
        throw new IllegalArgumentException("edition " + edition.id() + ": document id " + d.id() + " is used twice");
      }
    }
    this.summaries = documents.stream().map(DocumentSummary::of).toList();
    Instant made = Instant.now();
    this.records = documents.stream().map(d -> HarvestRecord.live(d.id(), made)).toList();
  }

  /** Every document, dated when this source was made. */
  @Override
  public List<HarvestRecord> records() {
    return records;
  }

  @Override
  public Edition edition() {
    return edition;
  }

  @Override
  public List<DocumentSummary> documents() {
    return summaries;
  }

  @Override
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  @Override
  public Optional<Document> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
