package org.dossier.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Speaker;
import org.dossier.search.Fields;
import org.dossier.search.IndexFormat;
import org.dossier.search.IndexUnit;
import org.jspecify.annotations.Nullable;

/** Turns a model document into its Lucene entries: one per unit ({@link IndexUnit}), then one metadata entry. */
final class BlockDocuments {
  /** Text stored for highlighting, with offsets in the postings so the highlighter needs no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private final FacetsConfig facets;

  BlockDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  /** The facet configuration all entries are built with. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.PERSON, true);
    // Facet selections drill down by full value ("speaker/Gorbachev"); the dimension-only term
    // the default adds to every entry is never queried, so it is not indexed.
    for (String dim : Fields.FACETS) config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
    return config;
  }

  /** The entries of {@code doc}: its units in reading order, then its metadata entry carrying {@code hash}. */
  List<org.apache.lucene.document.Document> entries(Document doc, String hash) throws IOException {
    List<org.apache.lucene.document.Document> out = new ArrayList<>();
    for (IndexUnit u : IndexUnit.of(doc)) out.add(facets.build(unit(doc, u)));
    org.apache.lucene.document.Document meta = new org.apache.lucene.document.Document();
    meta.add(new StringField(Fields.RECORD, Fields.RECORD_DOCUMENT, Field.Store.NO));
    meta.add(new StringField(Fields.DOCUMENT, doc.id(), Field.Store.YES));
    // Lucene requires one schema per field name across entries, so the metadata entry has it too.
    meta.add(new SortedDocValuesField(Fields.DOCUMENT, new BytesRef(doc.id())));
    meta.add(new StoredField(Fields.HASH, IndexFormat.stamp(hash)));
    // The document-level columns too: when every entry has a value, Lucene reads a column
    // directly instead of through a sparse index, which speeds up sorting and facet counting.
    // Searches never match metadata entries, so these are never counted.
    meta.add(new NumericDocValuesField(Fields.ORDER, 0));
    meta.add(new NumericDocValuesField(Fields.WEIGHT, 0));
    addDate(meta, doc.date());
    addDocumentFacets(meta, doc);
    out.add(facets.build(meta));
    return out;
  }

  private static org.apache.lucene.document.Document unit(Document doc, IndexUnit u) {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    // Units carry no record term: searches exclude the metadata entries instead (fewer terms to index).
    d.add(new StringField(Fields.DOCUMENT, doc.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.DOCUMENT, new BytesRef(doc.id())));
    d.add(new StoredField(Fields.PARAGRAPH, u.paragraph()));
    d.add(new NumericDocValuesField(Fields.ORDER, u.order()));
    d.add(new NumericDocValuesField(Fields.WEIGHT, u.weight()));
    d.add(new StringField(Fields.KIND, u.kind(), Field.Store.YES));
    if (u.note() != null) d.add(new StoredField(Fields.NOTE, u.note()));
    d.add(new Field(Fields.TEXT, u.text(), TEXT_WITH_OFFSETS));
    // Stored for display only: title: searches the title unit's text.
    d.add(new StoredField(Fields.TITLE, doc.title()));
    if (doc.number() != null) d.add(new StoredField(Fields.NUMBER, doc.number()));
    if (doc.edition() != null) d.add(new StringField(Fields.EDITION, doc.edition(), Field.Store.YES));
    if (doc.type() != null) d.add(new TextField(Fields.TYPE, doc.type(), Field.Store.NO));
    if (doc.place() != null) d.add(new TextField(Fields.PLACE, doc.place(), Field.Store.NO));
    for (String words : u.placeWords()) d.add(new TextField(Fields.PLACE, words, Field.Store.NO));
    for (String ref : u.places()) d.add(new TextField(Fields.PLACE, ref, Field.Store.NO));
    if (doc.source() != null && doc.source().archive() != null) {
      d.add(new TextField(Fields.ARCHIVE, doc.source().archive(), Field.Store.NO));
    }
    addDocumentFacets(d, doc);
    addDate(d, doc.date());
    addPersons(d, u);
    return d;
  }

  private static void addDocumentFacets(org.apache.lucene.document.Document d, Document doc) {
    if (doc.edition() != null) d.add(new SortedSetDocValuesFacetField(Fields.EDITION, doc.edition()));
    if (doc.type() != null) d.add(new SortedSetDocValuesFacetField(Fields.TYPE, doc.type()));
    if (doc.source() != null && doc.source().archive() != null) {
      d.add(new SortedSetDocValuesFacetField(Fields.ARCHIVE, doc.source().archive()));
    }
  }

  /** The {@code date:} clauses of queries on the {@link IntRange} of epoch days indexed here. */
  static Query dateOverlapping(@Nullable LocalDate first, @Nullable LocalDate last) {
    int from = first == null ? Integer.MIN_VALUE : (int) first.toEpochDay();
    int to = last == null ? Integer.MAX_VALUE : (int) last.toEpochDay();
    return IntRange.newIntersectsQuery(Fields.DATE, new int[] {from}, new int[] {to});
  }

  private static void addDate(org.apache.lucene.document.Document d, @Nullable DocDate date) {
    if (date == null) return;
    LocalDate earliest = date.earliest();
    LocalDate latest = date.latest();
    int from = earliest == null ? Integer.MIN_VALUE : (int) earliest.toEpochDay();
    int to = latest == null ? Integer.MAX_VALUE : (int) latest.toEpochDay();
    d.add(new IntRange(Fields.DATE, new int[] {from}, new int[] {to}));
    d.add(new StoredField(Fields.DATE_TEXT, date.toString()));
    LocalDate first = earliest != null ? earliest : latest;
    if (first != null) {
      d.add(new NumericDocValuesField(Fields.DATE_SORT, first.toEpochDay()));
      String year = String.valueOf(first.getYear());
      d.add(new StringField(Fields.YEAR, year, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(Fields.YEAR, year));
    }
  }

  /** Speaker (name and printed label) and tagged persons: their register ids, and the words of the mentions. */
  private static void addPersons(org.apache.lucene.document.Document d, IndexUnit u) {
    Speaker speaker = u.speaker();
    if (speaker != null) {
      d.add(new TextField(Fields.SPEAKER, speaker.name(), Field.Store.YES));
      if (speaker.label() != null) d.add(new TextField(Fields.SPEAKER, speaker.label(), Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(Fields.SPEAKER, speaker.name()));
      if (speaker.ref() != null) d.add(new StringField(Fields.SPEAKER_REF, speaker.ref(), Field.Store.NO));
    }
    for (String words : u.personWords()) d.add(new TextField(Fields.PERSON, words, Field.Store.NO));
    for (String ref : u.persons()) {
      d.add(new TextField(Fields.PERSON, ref, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(Fields.PERSON, ref));
    }
  }
}
