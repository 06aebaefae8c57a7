package org.dossier.ingest.internal.generictei;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.ingest.Issues;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.ingest.internal.teitext.TextBuffer;
import org.dossier.ingest.internal.text.Dates;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.RegisterEntry;
import org.dossier.model.Speaker;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one document of a generic TEI file (a {@code div}, a {@code text} or a whole
 * {@code TEI}; reader on its start tag) to its end tag, flattening its structure into numbered
 * blocks: {@code p}/{@code ab} paragraphs, later {@code head}s headings, list items,
 * {@code opener}/{@code dateline}/{@code salute}/{@code byline} openers, {@code closer}/{@code
 * signed} closers, {@code sp} turns (the {@code speaker} label, {@code @who} the register id),
 * {@code stage} directions, quotations, one block per table row and per verse line group. The
 * first {@code head} is the title. Inline, {@code note}s are footnotes at their call,
 * {@code gap} an omission, {@code supplied} {@code [supplied]}, {@code sic} followed by
 * {@code [sic]}, {@code foreign} with a language a foreign mark, {@code choice} its
 * corrected/regularised/expanded reading, {@code persName}/{@code placeName}/{@code orgName}/
 * {@code rs} with {@code @ref}, {@code @key} or {@code @corresp} mentions (in the title and in
 * footnotes too, whose text is otherwise read plain); {@code del} is left
 * out of the reading text.
 */
final class UnitParser {
  private static final Set<String> INLINE_SKIP = Set.of("pb", "cb", "milestone", "anchor", "fw", "del", "figure",
      "titlePage",
      "graphic", "media", "index", "interp", "interpGrp", "link", "linkGrp", "span", "spanGrp", "certainty");
  private static final Set<String> REGISTER_LISTS = Set.of("listPerson", "listPlace", "listOrg", "listBibl",
      "listEvent", "listRelation", "standOff", "facsimile");
  /** Block-level elements that may stand inside a block's text (a list in a paragraph or an item). */
  private static final Set<String> SPLITTERS = Set.of("list", "table", "lg", "sp", "p", "ab", "div", "floatingText",
      "listBibl");
  /** Phrase-level elements (TEI's model.phrase and model.global that print), read into the open block. */
  private static final Set<String> INLINE = Set.of("hi", "emph", "persName", "placeName", "orgName", "geogName",
      "roleName", "name", "rs", "date", "time", "num", "measure", "ref", "ptr", "title", "term", "foreign", "supplied",
      "sic", "choice", "unclear", "add", "seg", "w", "pc", "abbr", "expan", "orig", "reg", "corr", "mentioned",
      "soCalled", "distinct", "lb", "damage");
  private static final List<String> CHOICE_ORDER = List.of("corr", "reg", "expan", "sic", "orig", "abbr", "seg");
  private static final Set<String> OPENER_PARTS = Set.of("dateline", "salute", "byline", "docDate", "address",
      "docAuthor", "argument", "epigraph");

  private final XMLStreamReader r;
  private final String file;
  private final Issues issues;
  private final TeiHeaderReader.Registers registers;

  final List<Block> blocks = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();
  final Set<String> participants = new LinkedHashSet<>();
  private final Set<Integer> noteNumbers = new HashSet<>();
  @Nullable String title;
  /** The register entries the title tags, offsets in code points of {@link #title}. */
  List<Mention> titleMentions = List.of();
  @Nullable String number;
  @Nullable DocDate date;
  @Nullable String place;
  @Nullable String source;
  @Nullable String language;
  TeiHeaderReader.@Nullable Header header;

  private @Nullable TextBuffer current;
  private BlockKind currentKind = BlockKind.PARAGRAPH;
  private @Nullable Speaker currentSpeaker;
  private int nextBlock = 1;
  private int nextNote = 1;
  private @Nullable String dateText;
  private boolean inDateline;

  UnitParser(XMLStreamReader r, String file, Issues issues, TeiHeaderReader.Registers registers) {
    this.r = r;
    this.file = file;
    this.issues = issues;
    this.registers = registers;
  }

  /** Reads the unit; the reader ends on its end tag. */
  void parse() throws XMLStreamException, SourceException {
    number = TeiXml.attr(r, "n");
    language = TeiXml.xmlLang(r);
    container(null, null);
    if (date == null && dateText != null) dateFromText(dateText);
  }

  /** "Washington, March 3, 1989": the date is what follows the place, part by part. */
  private void dateFromText(String text) {
    String t = text;
    while (true) {
      var d = Dates.parse(t);
      if (d.isPresent()) {
        date = d.get();
        if (place == null && t.length() < text.length()) place = text.substring(0, text.indexOf(',')).strip();
        return;
      }
      int comma = t.indexOf(',');
      if (comma < 0) return;
      t = t.substring(comma + 1);
    }
  }

  /** Reads block-level content up to the end tag of the element the reader is on. */
  private void container(@Nullable BlockKind kind, @Nullable Speaker speaker) throws XMLStreamException, SourceException {
    while (true) {
      int e = r.next();
      switch (e) {
        case XMLStreamConstants.END_ELEMENT -> {
          close();
          return;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!TextBuffer.isXmlSpace(r.getText())) {
            open(kind == null ? BlockKind.PARAGRAPH : kind, speaker).append(r.getText());
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw TeiXml.entity(r, file);
        case XMLStreamConstants.START_ELEMENT -> element(kind, speaker);
        default -> { }
      }
    }
  }

  private void element(@Nullable BlockKind kind, @Nullable Speaker speaker) throws XMLStreamException, SourceException {
    String name = r.getLocalName();
    if (TeiXml.isInclude(r)) {
      TeiXml.unfollowedInclude(r, file, issues, "a TEI file");
      return;
    }
    if (INLINE.contains(name)) {
      // Phrase-level markup standing in a division's or an opener's own text joins that text.
      inlineElement(open(kind == null ? BlockKind.PARAGRAPH : kind, speaker), null);
      return;
    }
    switch (name) {
      case "teiHeader" -> header = TeiHeaderReader.read(r, file, registers);
      case "head" -> head(kind, speaker);
      case "p", "ab", "l", "item", "label", "row", "signed", "stage", "speaker", "trailer", "q", "quote", "said" ->
          block(name, kind, speaker);
      case "opener" -> sub(BlockKind.OPENER, speaker);
      case "closer", "postscript" -> sub(name.equals("closer") ? BlockKind.CLOSER : kind, speaker);
      case "lg" -> lineGroup(kind, speaker);
      case "sp" -> sp();
      case "note" -> {
        close();
        note(blocks.isEmpty() ? null : blocks.get(blocks.size() - 1));
      }
      case "gap" -> {
        TeiXml.Gap g = TeiXml.Gap.read(r, file);
        open(kind == null ? BlockKind.PARAGRAPH : kind, speaker).appendMark(MarkType.OMISSION, g.printed(), g.content(), null);
        close();
      }
      default -> {
        if (OPENER_PARTS.contains(name)) {
          block(name, kind == null ? BlockKind.OPENER : kind, speaker);
        } else if (REGISTER_LISTS.contains(name) || INLINE_SKIP.contains(name)) {
          if (Set.of("listPerson", "listPlace").contains(name)) registersIn();
          else TeiXml.skip(r, file);
        } else {
          close();
          container(kind, speaker);
        }
      }
    }
  }

  private void registersIn() throws XMLStreamException, SourceException {
    TeiXml.children(r, file, c -> {
      if (TeiHeaderReader.Registers.isEntry(c.getLocalName())) registers.read(c, file);
      else registersIn();
    });
  }

  private void sub(@Nullable BlockKind kind, @Nullable Speaker speaker) throws XMLStreamException, SourceException {
    close();
    container(kind, speaker);
  }

  private void head(@Nullable BlockKind kind, @Nullable Speaker speaker) throws XMLStreamException, SourceException {
    close();
    if (title == null && speaker == null) {
      TextBuffer b = new TextBuffer();
      List<TextBuffer> headNotes = new ArrayList<>();
      inline(b, headNotes);
      title = b.text().isEmpty() ? null : b.text();
      titleMentions = title == null ? List.of() : b.mentions();
      for (TextBuffer n : headNotes) notes.add(new Note(noteNumber(null), null, 0, n.text(), n.mentions()));
      return;
    }
    inline(open(kind == null ? BlockKind.HEADING : kind, speaker), null);
    close();
  }

  private void block(String name, @Nullable BlockKind kind, @Nullable Speaker speaker)
      throws XMLStreamException, SourceException {
    close();
    BlockKind k = kind != null ? kind : switch (name) {
      case "item", "label" -> BlockKind.ITEM;
      case "signed", "trailer" -> BlockKind.CLOSER;
      case "stage" -> BlockKind.STAGE;
      case "q", "quote", "said" -> BlockKind.QUOTE;
      default -> BlockKind.PARAGRAPH;
    };
    boolean dateline = name.equals("dateline") || name.equals("docDate");
    if (name.equals("docDate")) whenOf();
    TextBuffer b = open(k, name.equals("stage") ? null : speaker);
    int start = b.nextOffset();
    inDateline = dateline;
    TextBuffer end = inline(b, null);
    inDateline = false;
    if (dateline && dateText == null && end == b) dateText = b.since(start);
    close();
  }

  private void lineGroup(@Nullable BlockKind kind, @Nullable Speaker speaker) throws XMLStreamException, SourceException {
    close();
    inline(open(kind == null ? BlockKind.PARAGRAPH : kind, speaker), null);
    close();
  }

  /** A speech: its {@code speaker} label names the turn, {@code @who} resolves it in the register. */
  private void sp() throws XMLStreamException, SourceException {
    close();
    String ref = TeiXml.ref(TeiXml.attr(r, "who"));
    Speaker[] speaker = {null};
    TeiXml.children(r, file, c -> {
      if (c.getLocalName().equals("speaker")) {
        String label = TeiXml.text(c, file, true).replaceFirst("[\\s:.]+$", "");
        if (!label.isEmpty()) speaker[0] = new Speaker(label, null, ref, null);
        return;
      }
      if (speaker[0] == null) speaker[0] = speakerFromRegister(ref);
      if (speaker[0] != null) participants.add(speaker[0].name());
      element(null, speaker[0]);
    });
    close();
  }

  private @Nullable Speaker speakerFromRegister(@Nullable String ref) {
    if (ref == null) return null;
    RegisterEntry entry = registers.persons.get(ref);
    return new Speaker(entry != null ? entry.name() : ref, null, ref, null);
  }

  /**
   * Reads inline content up to the end tag of the element the reader is on. A list, table, verse
   * group, speech or paragraph nested in a block's text ends the block and makes blocks of its own,
   * and the text after it goes on in a new block of the same kind: the buffer returned is the one
   * the text ended in.
   */
  private TextBuffer inline(TextBuffer start, @Nullable List<TextBuffer> headNotes) throws XMLStreamException, SourceException {
    TextBuffer b = start;
    while (true) {
      int e = r.next();
      switch (e) {
        case XMLStreamConstants.END_ELEMENT -> {
          return b;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> b.append(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw TeiXml.entity(r, file);
        case XMLStreamConstants.START_ELEMENT -> b = inlineElement(b, headNotes);
        default -> { }
      }
    }
  }

  private TextBuffer inlineElement(TextBuffer b, @Nullable List<TextBuffer> headNotes) throws XMLStreamException, SourceException {
    String name = r.getLocalName();
    if (TeiXml.isInclude(r)) {
      TeiXml.unfollowedInclude(r, file, issues, "a TEI file");
      return b;
    }
    if (SPLITTERS.contains(name) && headNotes == null && b == current) return split();
    switch (name) {
      case "lb", "cb", "pb" -> {
        if ("no".equals(TeiXml.attr(r, "break"))) b.glue();
        else if (!name.equals("pb")) b.space();
        TeiXml.skip(r, file);
      }
      case "note" -> {
        if (headNotes != null) {
          headNotes.add(TeiXml.taggedText(r, file, UnitParser::tagOf));
        } else if ("source".equals(TeiXml.attr(r, "type"))) {
          String s = TeiXml.text(r, file, true);
          if (source == null && !s.isEmpty()) source = s;
        } else {
          noteAt(b);
        }
      }
      case "gap" -> {
        TeiXml.Gap g = TeiXml.Gap.read(r, file);
        b.appendMark(MarkType.OMISSION, g.printed(), g.content(), null);
      }
      case "supplied" -> {
        String t = TeiXml.text(r, file, true);
        if (!t.isEmpty()) b.appendMark(MarkType.SUPPLIED, "[" + t + "]", t, null);
      }
      case "sic" -> {
        int start = b.nextOffset();
        TextBuffer end = inline(b, headNotes);
        if (end != b) return end;
        String word = b.since(start);
        b.space();
        b.appendMark(MarkType.SIC, "[sic]", word.isEmpty() ? "sic" : word, null);
      }
      case "foreign" -> {
        String lang = TeiXml.xmlLang(r);
        String t = TeiXml.text(r, file, true);
        if (!t.isEmpty()) b.appendMark(MarkType.FOREIGN, t, t, lang);
      }
      case "choice" -> choice(b);
      case "persName", "placeName", "orgName", "rs", "name" -> {
        return mention(b, headNotes);
      }
      case "date" -> {
        if (date == null && inDateline) whenOf();
        return inline(b, headNotes);
      }
      default -> {
        if (INLINE_SKIP.contains(name)) {
          TeiXml.skip(r, file);
        } else {
          boolean spaced = name.equals("item") || name.equals("cell") || name.equals("l") || name.equals("p");
          if (spaced) b.space();
          TextBuffer end = inline(b, headNotes);
          if (spaced) end.space();
          return end;
        }
      }
    }
    return b;
  }

  /** Ends the open block at a nested list, table or paragraph, reads that, and opens the block that goes on after it. */
  private TextBuffer split() throws XMLStreamException, SourceException {
    BlockKind kind = currentKind;
    Speaker speaker = currentSpeaker;
    close();
    boolean keep = kind != BlockKind.PARAGRAPH && kind != BlockKind.HEADING && kind != BlockKind.STAGE;
    element(keep ? kind : null, speaker);
    return open(kind, speaker);
  }

  /** The kind of register entry a name element names, or null (a {@code rs} or {@code name} of another type). */
  private static @Nullable MentionType kindOf(XMLStreamReader r) {
    String type = TeiXml.attr(r, "type");
    return switch (r.getLocalName()) {
      case "persName" -> MentionType.PERSON;
      case "placeName" -> MentionType.PLACE;
      case "orgName" -> MentionType.ORGANIZATION;
      case "rs", "name" -> "place".equals(type) ? MentionType.PLACE : "org".equals(type) || "organisation".equals(type)
          ? MentionType.ORGANIZATION : "person".equals(type) ? MentionType.PERSON : null;
      default -> null;
    };
  }

  private static @Nullable String refOf(XMLStreamReader r) {
    return TeiXml.ref(first(TeiXml.attr(r, "ref"), first(TeiXml.attr(r, "key"), TeiXml.attr(r, "corresp"))));
  }

  /** What a name element in a footnote tags, read as in a block. */
  private static TeiXml.@Nullable Tag tagOf(XMLStreamReader r) {
    MentionType kind = kindOf(r);
    String ref = kind == null ? null : refOf(r);
    return ref == null ? null : new TeiXml.Tag(kind, ref);
  }

  private TextBuffer mention(TextBuffer b, @Nullable List<TextBuffer> headNotes) throws XMLStreamException, SourceException {
    String ref = refOf(r);
    MentionType kind = kindOf(r);
    int start = b.nextOffset();
    TextBuffer end = inline(b, headNotes);
    if (end != b) return end;
    if (kind == MentionType.PLACE && place == null && inDateline) place = b.since(start);
    if (kind != null && ref != null) b.mention(kind, start, ref);
    return b;
  }

  /** The corrected, regularised or expanded reading of a {@code choice}, else the first other one. */
  private void choice(TextBuffer b) throws XMLStreamException, SourceException {
    String[] best = {null};
    int[] bestRank = {Integer.MAX_VALUE};
    TeiXml.children(r, file, c -> {
      int rank = CHOICE_ORDER.indexOf(c.getLocalName());
      String t = TeiXml.text(c, file, true);
      if (rank >= 0 && rank < bestRank[0]) {
        best[0] = t;
        bestRank[0] = rank;
      }
    });
    if (best[0] != null) b.append(best[0]);
  }

  private void whenOf() {
    String when = TeiXml.attr(r, "when");
    String from = first(TeiXml.attr(r, "notBefore"), TeiXml.attr(r, "from"));
    String to = first(TeiXml.attr(r, "notAfter"), TeiXml.attr(r, "to"));
    try {
      if (when != null) date = DocDate.of(when);
      else if (from != null || to != null) date = DocDate.range(from, to);
    } catch (IllegalArgumentException e) {
      TeiXml.issue(issues, r, "date", "unreadable date: " + e.getMessage(), "left undated");
    }
  }

  /** A footnote called where the text has reached; its text is read plain. */
  private void noteAt(TextBuffer b) throws XMLStreamException, SourceException {
    Integer printed = number(TeiXml.attr(r, "n"));
    int offset = b.length();
    TextBuffer text = TeiXml.taggedText(r, file, UnitParser::tagOf);
    notes.add(new Note(noteNumber(printed), nextBlock - 1, offset, text.text(), text.mentions()));
  }

  /** A note between blocks: called at the end of the block before it, or on the title when there is none. */
  private void note(@Nullable Block before) throws XMLStreamException, SourceException {
    Integer printed = number(TeiXml.attr(r, "n"));
    if ("source".equals(TeiXml.attr(r, "type"))) {
      String s = TeiXml.text(r, file, true);
      if (source == null && !s.isEmpty()) source = s;
      return;
    }
    TextBuffer text = TeiXml.taggedText(r, file, UnitParser::tagOf);
    notes.add(before == null
        ? new Note(noteNumber(printed), null, 0, text.text(), text.mentions())
        : new Note(noteNumber(printed), before.n(), before.length(), text.text(), text.mentions()));
  }

  private int noteNumber(@Nullable Integer printed) {
    int n = printed != null && !noteNumbers.contains(printed) ? printed : nextNote;
    while (noteNumbers.contains(n)) n++;
    noteNumbers.add(n);
    nextNote = Math.max(nextNote, n + 1);
    return n;
  }

  private static @Nullable Integer number(@Nullable String n) {
    if (n == null || !n.matches("\\d{1,6}")) return null;
    int v = Integer.parseInt(n);
    return v > 0 ? v : null;
  }

  private TextBuffer open(BlockKind kind, @Nullable Speaker speaker) {
    if (current == null) {
      current = new TextBuffer();
      currentKind = kind;
      currentSpeaker = speaker;
      nextBlock++;
    }
    return current;
  }

  /** Ends the open block: kept when it has text or a note called in it. */
  private void close() {
    TextBuffer b = current;
    if (b == null) return;
    current = null;
    int n = nextBlock - 1;
    boolean called = notes.stream().anyMatch(x -> x.paragraph() != null && x.paragraph() == n);
    if (b.isEmpty() && !called) {
      nextBlock--;
      return;
    }
    blocks.add(b.toBlock(n, currentKind, currentSpeaker));
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }
}
