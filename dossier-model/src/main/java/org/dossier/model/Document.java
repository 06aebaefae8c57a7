package org.dossier.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One document of an edition: a memorandum, the notes of a meeting, a telegram, a debate.
 *
 * <p>The headnote (the editors' introduction) and the body share one numbering: block numbers
 * are unique across both, so {@code #p{n}} names exactly one block. Every note's call points at
 * an existing block and lies within its text.
 *
 * @param id stable, URL-safe id, unique in the edition
 * @param edition the id of the edition it belongs to, or null before it is stored
 * @param editionTitle the title of the edition (or volume) as the source names it, or null
 * @param number the document number as printed ("51"), or null
 * @param title the title, without its number prefix and without notes
 * @param date when it was written or held, or null when unknown
 * @param place where, or null
 * @param type the kind of document (memcon, minutes, telegram, speech, debate…), or null
 * @param language BCP 47 language of the text, or null
 * @param participants who took part, as named by the source
 * @param editors the editors of the edition as the document's page names them
 * @param headnote the editors' introductory blocks
 * @param paragraphs the body
 * @param notes the footnotes
 * @param source the archival source, or null
 * @param rights the rights statement as printed, or null
 * @param provenance what it was imported from, or null
 * @param sections the titles of the divisions of the volume that contain the document (chapter,
 *     sub-chapter), outermost first; empty when the source has none
 * @param titleMarks marks in the title ({@link MarkType#ITALIC}), offsets in code points of {@code title}
 * @param titleMentions register mentions the source tags in the title, offsets in code points of
 *     {@code title}
 */
public record Document(
    String id,
    @Nullable String edition,
    @Nullable String editionTitle,
    @Nullable String number,
    String title,
    @Nullable DocDate date,
    @Nullable String place,
    @Nullable String type,
    @Nullable String language,
    List<String> participants,
    List<String> editors,
    List<Block> headnote,
    List<Block> paragraphs,
    List<Note> notes,
    @Nullable Source source,
    @Nullable String rights,
    @Nullable Provenance provenance,
    List<String> sections,
    List<Mark> titleMarks,
    List<Mention> titleMentions) {

  public Document {
    Ids.requireUrlSafe(id, "document id");
    if (edition != null) Ids.requireUrlSafe(edition, "edition id");
    editionTitle = Checks.optional(editionTitle);
    number = Checks.optional(number);
    Objects.requireNonNull(title, "title");
    place = Checks.optional(place);
    type = Checks.optional(type);
    language = Checks.optional(language);
    participants = Checks.list(participants, "participants");
    editors = Checks.list(editors, "editors");
    headnote = Checks.list(headnote, "headnote");
    paragraphs = Checks.list(paragraphs, "paragraphs");
    notes = Checks.list(notes, "notes");
    rights = Checks.optional(rights);
    sections = Checks.list(sections, "sections");
    // Sorted as a block's marks are (stably, by offset), so the title reads back as it is written.
    titleMarks = Checks.list(titleMarks, "titleMarks").stream()
        .sorted(java.util.Comparator.comparingInt(Mark::offset)).toList();
    int titleLength = Checks.codePoints(title);
    for (Mark m : titleMarks) {
      if (m.end() > titleLength) {
        throw new IllegalArgumentException("document " + id + ": title mark " + m.type().jsonName() + " ["
            + m.offset() + ", " + m.end() + ") is outside the title of " + titleLength + " code points");
      }
    }
    titleMentions = Checks.list(titleMentions, "titleMentions").stream()
        .sorted(java.util.Comparator.comparingInt(Mention::offset)).toList();
    for (Mention m : titleMentions) {
      if (m.end() > titleLength) {
        throw new IllegalArgumentException("document " + id + ": title mention of " + m.ref() + " ["
            + m.offset() + ", " + m.end() + ") is outside the title of " + titleLength + " code points");
      }
    }
    Map<Integer, Block> byNumber = new HashMap<>();
    for (Block b : (Iterable<Block>) Stream.concat(headnote.stream(), paragraphs.stream())::iterator) {
      if (byNumber.put(b.n(), b) != null) {
        throw new IllegalArgumentException("document " + id + ": paragraph number " + b.n() + " is used twice");
      }
    }
    Set<Integer> noteNumbers = new HashSet<>();
    for (Note note : notes) {
      if (!noteNumbers.add(note.n())) {
        throw new IllegalArgumentException("document " + id + ": note number " + note.n() + " is used twice");
      }
      if (note.paragraph() == null) continue;
      Block b = byNumber.get(note.paragraph());
      if (b == null) {
        throw new IllegalArgumentException(
            "document " + id + ": note " + note.n() + " is called in paragraph " + note.paragraph()
                + ", which does not exist");
      }
      if (note.offset() > b.length()) {
        throw new IllegalArgumentException(
            "document " + id + ": note " + note.n() + " is called at offset " + note.offset()
                + ", past the end of paragraph " + b.n() + " (" + b.length() + " code points)");
      }
    }
  }

  /** A document outside any division of its volume and with no marks in its title. */
  public Document(
      String id, @Nullable String edition, @Nullable String editionTitle, @Nullable String number, String title,
      @Nullable DocDate date, @Nullable String place, @Nullable String type, @Nullable String language,
      List<String> participants, List<String> editors, List<Block> headnote, List<Block> paragraphs,
      List<Note> notes, @Nullable Source source, @Nullable String rights, @Nullable Provenance provenance) {
    this(id, edition, editionTitle, number, title, date, place, type, language, participants, editors, headnote,
        paragraphs, notes, source, rights, provenance, List.of(), List.of(), List.of());
  }

  /** A document with no register mentions in its title. */
  public Document(
      String id, @Nullable String edition, @Nullable String editionTitle, @Nullable String number, String title,
      @Nullable DocDate date, @Nullable String place, @Nullable String type, @Nullable String language,
      List<String> participants, List<String> editors, List<Block> headnote, List<Block> paragraphs,
      List<Note> notes, @Nullable Source source, @Nullable String rights, @Nullable Provenance provenance,
      List<String> sections, List<Mark> titleMarks) {
    this(id, edition, editionTitle, number, title, date, place, type, language, participants, editors, headnote,
        paragraphs, notes, source, rights, provenance, sections, titleMarks, List.of());
  }

  /** A builder starting from an id and a title. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** A builder holding this document's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(id, title)
        .edition(edition).editionTitle(editionTitle).number(number).date(date).place(place).type(type)
        .language(language).participants(participants).editors(editors).headnote(headnote)
        .paragraphs(paragraphs).notes(notes).source(source).rights(rights).provenance(provenance).sections(sections).titleMarks(titleMarks)
        .titleMentions(titleMentions);
  }

  /** The headnote and body blocks, in order. */
  public Stream<Block> blocks() {
    return Stream.concat(headnote.stream(), paragraphs.stream());
  }

  /** The block numbered {@code n}, in the headnote or the body. */
  public Optional<Block> findBlock(int n) {
    return blocks().filter(b -> b.n() == n).findFirst();
  }

  /**
   * The block numbered {@code n}.
   *
   * @throws IllegalArgumentException naming the document and the number when there is none
   */
  public Block expectBlock(int n) {
    return findBlock(n).orElseThrow(
        () -> new IllegalArgumentException("document " + id + " has no paragraph " + n));
  }

  /** The notes called in block {@code n}, in call order. */
  public List<Note> notesIn(int n) {
    return notes.stream()
        .filter(x -> x.paragraph() != null && x.paragraph() == n)
        .sorted(java.util.Comparator.comparingInt(Note::offset))
        .toList();
  }

  /** The translator named by the source, if any. */
  public Optional<String> translator() {
    return Optional.ofNullable(source).map(Source::translator);
  }

  /** Collects a document's fields; {@link #build()} validates them. */
  public static final class Builder {
    private String id;
    private String title;
    private @Nullable String edition;
    private @Nullable String editionTitle;
    private @Nullable String number;
    private @Nullable DocDate date;
    private @Nullable String place;
    private @Nullable String type;
    private @Nullable String language;
    private List<String> participants = List.of();
    private List<String> editors = List.of();
    private List<Block> headnote = List.of();
    private List<Block> paragraphs = List.of();
    private List<Note> notes = List.of();
    private @Nullable Source source;
    private @Nullable String rights;
    private @Nullable Provenance provenance;
    private List<String> sections = List.of();
    private List<Mark> titleMarks = List.of();
    private List<Mention> titleMentions = List.of();

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    public Builder id(String v) { this.id = v; return this; }
    public Builder title(String v) { this.title = v; return this; }
    public Builder edition(@Nullable String v) { this.edition = v; return this; }
    public Builder editionTitle(@Nullable String v) { this.editionTitle = v; return this; }
    public Builder number(@Nullable String v) { this.number = v; return this; }
    public Builder date(@Nullable DocDate v) { this.date = v; return this; }
    public Builder place(@Nullable String v) { this.place = v; return this; }
    public Builder type(@Nullable String v) { this.type = v; return this; }
    public Builder language(@Nullable String v) { this.language = v; return this; }
    public Builder participants(List<String> v) { this.participants = v; return this; }
    public Builder editors(List<String> v) { this.editors = v; return this; }
    public Builder headnote(List<Block> v) { this.headnote = v; return this; }
    public Builder paragraphs(List<Block> v) { this.paragraphs = v; return this; }
    public Builder notes(List<Note> v) { this.notes = v; return this; }
    public Builder source(@Nullable Source v) { this.source = v; return this; }
    public Builder rights(@Nullable String v) { this.rights = v; return this; }
    public Builder provenance(@Nullable Provenance v) { this.provenance = v; return this; }
    public Builder sections(List<String> v) { this.sections = v; return this; }
    public Builder titleMarks(List<Mark> v) { this.titleMarks = v; return this; }
    public Builder titleMentions(List<Mention> v) { this.titleMentions = v; return this; }

    /** Validates and builds. @throws IllegalArgumentException naming what is wrong */
    public Document build() {
      return new Document(id, edition, editionTitle, number, title, date, place, type, language, participants,
          editors, headnote, paragraphs, notes, source, rights, provenance, sections, titleMarks,
          titleMentions);
    }
  }
}
