package org.dossier.solr;

import java.time.LocalDate;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Speaker;
import org.dossier.search.Fields;
import org.dossier.search.IndexFormat;
import org.dossier.search.IndexUnit;
import org.jspecify.annotations.Nullable;

/**
 * Turns a model document into one nested Solr document: the metadata entry as the root, its units
 * ({@link IndexUnit}: title, blocks, notes, source line) as children, with the fields the embedded
 * engine indexes (see {@code BlockDocuments} there).
 *
 * <p>Ids are compositeId routes, {@code {documentId}!{key}}: the root is {@code doc51!doc} and the
 * units {@code doc51!b0}, {@code doc51!b1}… (in reading order), so every entry of a document
 * lands on the shard of its document id and grouping hits by document is exact.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  /** The id of {@code documentId}'s root (metadata) entry. */
  static String rootId(String documentId) {
    return documentId + "!doc";
  }

  static SolrInputDocument of(Document doc, String hash) {
    SolrInputDocument root = new SolrInputDocument();
    root.setField(SolrSchema.ID, rootId(doc.id()));
    root.setField(Fields.RECORD, Fields.RECORD_DOCUMENT);
    root.setField(Fields.DOCUMENT, doc.id());
    root.setField(Fields.HASH, IndexFormat.stamp(hash));
    SolrInputDocument shared = documentFields(doc);
    for (IndexUnit u : IndexUnit.of(doc)) root.addChildDocument(unit(doc, shared, u, doc.id() + "!b" + u.order()));
    return root;
  }

  /**
   * The fields every block of {@code doc} carries, made once per document: parsing the dates for
   * each block took two fifths of the client's CPU time in a bulk load (JFR).
   */
  private static SolrInputDocument documentFields(Document doc) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(Fields.TITLE, doc.title());
    if (doc.number() != null) d.setField(Fields.NUMBER, doc.number());
    if (doc.edition() != null) d.setField(Fields.EDITION, doc.edition());
    if (doc.type() != null) {
      d.setField(Fields.TYPE, doc.type());
      d.setField(SolrSchema.facetField(Fields.TYPE), doc.type());
    }
    if (doc.place() != null) d.setField(Fields.PLACE, doc.place());
    if (doc.source() != null && doc.source().archive() != null) {
      d.setField(Fields.ARCHIVE, doc.source().archive());
      d.setField(SolrSchema.facetField(Fields.ARCHIVE), doc.source().archive());
    }
    addDate(d, doc.date());
    return d;
  }

  private static SolrInputDocument unit(Document doc, SolrInputDocument shared, IndexUnit u, String id) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(SolrSchema.ID, id);
    d.setField(Fields.DOCUMENT, doc.id());
    d.setField(Fields.PARAGRAPH, u.paragraph());
    d.setField(Fields.ORDER, u.order());
    d.setField(Fields.WEIGHT, u.weight());
    d.setField(Fields.KIND, u.kind());
    if (u.note() != null) d.setField(Fields.NOTE, u.note());
    d.setField(Fields.TEXT, u.text());
    // The values are immutable (strings, numbers): every unit may hold the same ones.
    for (SolrInputField f : shared) d.setField(f.getName(), f.getValue());
    for (String words : u.placeWords()) d.addField(Fields.PLACE, words);
    for (String ref : u.places()) d.addField(Fields.PLACE, ref);
    addPersons(d, u);
    return d;
  }

  private static void addDate(SolrInputDocument d, @Nullable DocDate date) {
    if (date == null) return;
    LocalDate earliest = date.earliest();
    LocalDate latest = date.latest();
    if (earliest == null && latest == null) return;
    d.setField(Fields.DATE, dayRange(earliest, latest));
    d.setField(Fields.DATE_TEXT, date.toString());
    LocalDate first = earliest != null ? earliest : latest;
    d.setField(Fields.DATE_SORT, first.toEpochDay());
    d.setField(Fields.YEAR, String.valueOf(first.getYear()));
  }

  /** A DateRangeField value: one day, or {@code [first TO last]} with {@code *} for an open end. */
  static String dayRange(@Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null && from.equals(to)) return day(from);
    return "[" + (from == null ? "*" : day(from)) + " TO " + (to == null ? "*" : day(to)) + "]";
  }

  /** ISO days, with the sign and four-digit years DateRangeField reads. */
  private static String day(LocalDate d) {
    return d.toString();
  }

  /** Speaker (name and printed label) and tagged persons: their register ids, and the words of the mentions. */
  private static void addPersons(SolrInputDocument d, IndexUnit u) {
    Speaker speaker = u.speaker();
    if (speaker != null) {
      d.addField(Fields.SPEAKER, speaker.name());
      if (speaker.label() != null) d.addField(Fields.SPEAKER, speaker.label());
      d.setField(SolrSchema.facetField(Fields.SPEAKER), speaker.name());
      if (speaker.ref() != null) d.setField(Fields.SPEAKER_REF, speaker.ref());
    }
    for (String words : u.personWords()) d.addField(Fields.PERSON, words);
    for (String ref : u.persons()) {
      d.addField(Fields.PERSON, ref);
      d.addField(SolrSchema.facetField(Fields.PERSON), ref);
    }
  }
}
