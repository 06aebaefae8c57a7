package org.dossier.oai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Source;

/** An edition held in memory for these tests, whose datestamps the test sets. Not thread-safe; tests are single-threaded. */
final class Shelf implements HarvestSource {
  private final Edition edition;
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Map<String, HarvestRecord> records = new LinkedHashMap<>();
  private long revision;

  Shelf(Edition edition) {
    this.edition = edition;
  }

  /** An edition with a publisher, a licence and two editors. */
  static Shelf letters() {
    return new Shelf(new Edition("consul-letters", "Letters of a Consul", List.of("A. Editor", "B. Editor"),
        "Harbour Press", "CC BY 4.0", List.of(), List.of(), List.of()));
  }

  /** A second, plainer edition. */
  static Shelf minutes() {
    return new Shelf(Edition.titled("harbour-minutes", "Minutes of the Harbour Board"));
  }

  /** A short letter written for these tests. */
  static Document letter(String id, String title) {
    return Document.builder(id, title)
        .number(id.replaceAll("\\D", ""))
        .date(DocDate.of("1961-04-12"))
        .place("Lisbon")
        .type("letter")
        .language("en")
        .paragraphs(List.of(Block.paragraph(1, "The ship leaves on Tuesday; the cargo is grain.")))
        .source(new Source("Harbour archive, box 3.", "Harbour archive", null, null, null, null, null))
        .rights("Written for the Dossier tests.")
        .build();
  }

  /** Adds or replaces a letter {@code id}, last written at {@code datestamp}. */
  Shelf put(String id, String datestamp) {
    documents.put(id, letter(id, "Letter " + id).toBuilder().edition(edition.id()).build());
    records.put(id, HarvestRecord.live(id, Instant.parse(datestamp)));
    revision++;
    return this;
  }

  /** Removes document {@code id} at {@code datestamp}. */
  Shelf remove(String id, String datestamp) {
    documents.remove(id);
    records.put(id, HarvestRecord.removed(id, Instant.parse(datestamp)));
    revision++;
    return this;
  }

  @Override
  public Edition edition() {
    return edition;
  }

  @Override
  public List<HarvestRecord> records() {
    return new ArrayList<>(records.values());
  }

  @Override
  public Optional<Document> find(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  @Override
  public long revision() {
    return revision;
  }
}
