package org.dossier.solr;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Speaker;
import org.dossier.search.Fields;
import org.jspecify.annotations.Nullable;

/**
 * Turns a model document into one nested Solr document: the metadata entry as the root, its blocks
 * as children, with the fields the embedded engine indexes (see {@code BlockDocuments} there).
 *
 * <p>Ids are compositeId routes, {@code {documentId}!{key}}: the root is {@code doc51!doc} and the
 * blocks {@code doc51!b0}, {@code doc51!b1}… (in document order), so every entry of a document
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
    root.setField(Fields.HASH, hash);
    List<Block> blocks = doc.blocks().toList();
    SolrInputDocument shared = documentFields(doc);
    for (int i = 0; i < blocks.size(); i++) root.addChildDocument(block(doc, shared, blocks.get(i), doc.id() + "!b" + i));
    return root;
  }

  /**
   * The fields every block of {@code doc} carries, made once per document: parsing the dates for
   * each block took two fifths of the client's CPU time in a bulk load (JFR).
   */
  private static SolrInputDocument documentFields(Document doc) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(Fields.TITLE, doc.title());
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

  private static SolrInputDocument block(Document doc, SolrInputDocument shared, Block b, String id) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(SolrSchema.ID, id);
    d.setField(Fields.DOCUMENT, doc.id());
    d.setField(Fields.PARAGRAPH, b.n());
    d.setField(Fields.KIND, b.kind().jsonName());
    d.setField(Fields.TEXT, b.text());
    // The values are immutable (strings, numbers): every block may hold the same ones.
    for (SolrInputField f : shared) d.setField(f.getName(), f.getValue());
    addPersons(d, b);
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

  /** Speaker and mentioned persons: their register ids, and the words of the mentions. */
  private static void addPersons(SolrInputDocument d, Block b) {
    Set<String> refs = new LinkedHashSet<>();
    Speaker speaker = b.speaker();
    if (speaker != null) {
      d.setField(Fields.SPEAKER, speaker.name());
      d.setField(SolrSchema.facetField(Fields.SPEAKER), speaker.name());
      if (speaker.ref() != null) {
        d.setField(Fields.SPEAKER_REF, speaker.ref());
        refs.add(speaker.ref());
      }
    }
    for (Mention m : b.mentions()) {
      if (m.type() != MentionType.PERSON) continue;
      refs.add(m.ref());
      d.addField(Fields.PERSON, b.span(m.offset(), m.end()));
    }
    for (String ref : refs) {
      d.addField(Fields.PERSON, ref);
      d.addField(SolrSchema.facetField(Fields.PERSON), ref);
    }
  }
}
