package org.dossier.search;

import java.util.List;

/**
 * The names of the index fields and facet dimensions: their one home, shared by every engine
 * (the embedded Lucene index and the Solr schema) and by the query syntax.
 *
 * <p>The index holds one entry per searchable unit ({@link IndexUnit}: the title, each block, each
 * note, the source line), plus one metadata entry per document that carries the document's content
 * hash.
 */
public final class Fields {
  private Fields() {}

  /** Marks a document's metadata entry ({@link #RECORD_DOCUMENT}); block entries have none. */
  public static final String RECORD = "record";
  /** {@link #RECORD} of a document's metadata entry. */
  public static final String RECORD_DOCUMENT = "document";

  /** The document id (exact). */
  public static final String DOCUMENT = "document";
  /** The edition id (exact; query syntax {@code edition:}). */
  public static final String EDITION = "edition";
  /** The paragraph number. */
  public static final String PARAGRAPH = "paragraph";
  /**
   * The unit's kind (query syntax {@code kind:}): a block's {@code BlockKind.jsonName()}, or
   * {@link #KIND_TITLE}, {@link #KIND_SPEAKER}, {@link #KIND_NOTE}, {@link #KIND_SOURCE}.
   */
  public static final String KIND = "kind";
  /** {@link #KIND} of the document title. */
  public static final String KIND_TITLE = "title";
  /** {@link #KIND} of a speaker label printed before a turn, when it differs from the speaker's name. */
  public static final String KIND_SPEAKER = "speaker";
  /** {@link #KIND} of a footnote. */
  public static final String KIND_NOTE = "note";
  /** {@link #KIND} of the source line. */
  public static final String KIND_SOURCE = "source";
  /**
   * A footnote's number, stored on note units; also the query syntax {@code note:}, which searches
   * the text of notes only.
   */
  public static final String NOTE = "note";
  /** The query syntax {@code source:}: the text of source lines only. */
  public static final String SOURCE = "source";
  /** The document number as printed ("51"), stored for result headings. */
  public static final String NUMBER = "number";
  /** Internal: the unit's place in reading order within its document, for stable sorting. */
  public static final String ORDER = "order";
  /** Internal: the unit's weight, which multiplies its score ({@link IndexUnit#weight()}). */
  public static final String WEIGHT = "weight";
  /** The speaker's name, analysed like text (query syntax {@code speaker:}); also a facet. */
  public static final String SPEAKER = "speaker";
  /** The speaker's register id (exact). */
  public static final String SPEAKER_REF = "speaker_ref";
  /**
   * Persons: register ids of the speaker and of mentioned persons, and the mentions' words,
   * analysed like text (query syntax {@code person:}); the ids are also a facet.
   */
  public static final String PERSON = "person";
  /**
   * The document title, stored on every unit for display; the query syntax {@code title:} searches
   * the text of title units only.
   */
  public static final String TITLE = "title";
  /** The document type, matched whole without regard to case (query syntax {@code type:}); a facet. */
  public static final String TYPE = "type";
  /**
   * The document's place and the places mentioned in the unit (their words and register ids),
   * analysed like text (query syntax {@code place:}).
   */
  public static final String PLACE = "place";
  /**
   * The document date as a day range (query syntax {@code date:1989}, {@code date:1989-03},
   * {@code date:[1989-01-01 TO 1989-06-30]}, matching documents whose date overlaps).
   */
  public static final String DATE = "date";
  /** The year of the document's earliest date; a facet. */
  public static final String YEAR = "year";
  /** The archive that holds the original; a facet. */
  public static final String ARCHIVE = "archive";
  /** The block's reading text, the default field of queries; highlighted. */
  public static final String TEXT = "text";
  /** The content hash of the document, on its metadata entry. */
  public static final String HASH = "hash";

  /** Internal: the earliest day of the document date (epoch day), for sorting. */
  public static final String DATE_SORT = "date_sort";
  /** Internal: the document date as written, stored for display. */
  public static final String DATE_TEXT = "date_text";

  /** The facet dimensions, in display order. */
  public static final List<String> FACETS = List.of(EDITION, YEAR, TYPE, SPEAKER, PERSON, ARCHIVE);

  /**
   * Query fields that are not index fields: each searches {@link #TEXT} in one kind of unit
   * ({@code title:x} is x in a title unit).
   */
  public static final List<String> NARROWING = List.of(TITLE, NOTE, SOURCE);

  /** The fields a query may name. */
  public static final List<String> QUERYABLE =
      List.of(TEXT, SPEAKER, PERSON, TITLE, NOTE, SOURCE, EDITION, TYPE, PLACE, DATE, DOCUMENT, KIND, ARCHIVE, YEAR);
}
