package org.dossier.ingest.internal.frus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.tei.SourceException;
import org.dossier.ingest.Issues;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.ingest.internal.teitext.TextBuffer;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Reads one FRUS document (reader on its {@code div[@type='document']}, or on {@code body} for a
 * single-document file) to its end tag, flattening TEI structure into numbered blocks. Nothing
 * beyond this one document is held.
 *
 * <p>Element handling: {@code p}, {@code item}, {@code dateline}, {@code salute}, {@code signed},
 * {@code head} (other than the title) and table rows are blocks; {@code quote} (block quotes),
 * {@code list}, {@code opener}, {@code closer}, {@code postscript} and attachments are containers
 * that give their blocks a kind; everything else is inline. A block element met inside a
 * paragraph ends the paragraph's current block, so a quotation inside a paragraph becomes its own
 * QUOTE block. Footnotes leave only their call position, wherever they sit (in a source note, a
 * title, a participant: then they are notes on the title) and keep the register entries they tag
 * ({@code persName/@corresp}, {@code gloss/@target}) as their mentions, as the title does; {@code gap} prints as an omission mark,
 * {@code seg[@type='margin']} as a MARGIN mark, {@code hi} with an italic rendition as an ITALIC mark
 * (in the title too). {@code pb} sets the printed page: a block starts on the page it opens on, a
 * page break inside its text is a PAGE_BREAK mark. Items of a {@code list[@type='participants']}
 * are the participants, not blocks. Only the document's own first dateline (not one inside an
 * attachment or a nested division) gives its date and place; a dateline that says "undated" (or a
 * date whose {@code @ana} does) leaves the document undated, and bracketed parts of a dateline are
 * the editors' (SUPPLIED marks).
 */
final class FrusDocumentParser {
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]*)]");
  private static final Pattern UNDATED = Pattern.compile("\\bundated\\b", Pattern.CASE_INSENSITIVE);

  private enum Action { BLOCK, CONTAINER, INLINE }

  private static final class Frame {
    final Action action;
    final @Nullable BlockKind kind;
    @Nullable Open spanBlock;
    int spanStart;
    @Nullable MentionType mention;
    @Nullable String ref;
    boolean place;
    boolean ownDateline;
    boolean participants;
    boolean nested;
    @Nullable MarkType markType;

    Frame(Action action, @Nullable BlockKind kind) {
      this.action = action;
      this.kind = kind;
    }
  }

  private static final class Open {
    final TextBuffer buf = new TextBuffer();
    final BlockKind kind;
    final boolean headnote;
    final int index;
    boolean hasCalls;
    final boolean participant;
    @Nullable String page;
    final List<Integer> lines = new ArrayList<>();

    Open(BlockKind kind, boolean headnote, int index, boolean participant, @Nullable String page) {
      this.kind = kind;
      this.headnote = headnote;
      this.index = index;
      this.participant = participant;
      this.page = page;
    }
  }

  private final XMLStreamReader r;
  private final String file;
  private final Issues issues;
  private final boolean single;

  private final Deque<Frame> frames = new ArrayDeque<>();
  private final FrusBlocks blocks = new FrusBlocks();
  private @Nullable Open current;
  private @Nullable String pendingLabel;
  private boolean headnoteMode;
  private boolean titleSeen;
  private int blockDepth;
  private int ownDatelineDepth;
  private int participantsDepth;
  private int nestedDepth;
  private boolean datelineSeen;
  private boolean undated;
  private @Nullable String page;
  private @Nullable FrusHead head;

  @Nullable String title;
  @Nullable DocDate date;
  private @Nullable String rangeBefore;
  private @Nullable String rangeAfter;
  @Nullable String place;
  @Nullable String type;
  @Nullable Source source;
  final List<String> participants = new ArrayList<>();
  private final FrusSourceLines inlineSources = new FrusSourceLines();

  FrusDocumentParser(XMLStreamReader r, String file, Issues issues, boolean single, @Nullable String page) {
    this.r = r;
    this.file = file;
    this.issues = issues;
    this.single = single;
    this.headnoteMode = single;
    this.page = page;
  }

  /** The printed page the document ends on (where the next one starts unless a page break says otherwise). */
  @Nullable String page() {
    return page;
  }

  /** Reads to the end tag of the element the reader is on. */
  void parse() throws XMLStreamException, SourceException {
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> start();
        case XMLStreamConstants.END_ELEMENT -> {
          if (frames.isEmpty()) {
            closeBlock();
            if (pendingLabel != null) {
              ensureBlock();
              closeBlock();
            }
            return;
          }
          end(frames.pop());
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw TeiXml.entity(r, file);
        default -> { }
      }
    }
  }

  private void text(String s) {
    if (current == null && TextBuffer.isXmlSpace(s)) return;
    ensureBlock().buf.append(s);
  }

  private void start() throws XMLStreamException, SourceException {
    String name = r.getLocalName();
    if (TeiXml.isInclude(r)) {
      TeiXml.unfollowedInclude(r, file, issues, "a FRUS volume");
      return;
    }
    switch (name) {
      case "note" -> note();
      case "head" -> {
        if (!single && !titleSeen && frames.isEmpty()) {
          titleSeen = true;
          head();
        } else {
          block(BlockKind.HEADING);
        }
      }
      case "pb" -> {
        String n = pageNumber(r);
        TeiXml.skip(r, file);
        pageBreak(n);
      }
      case "milestone", "anchor", "figure", "graphic", "index", "fw", "cb" -> TeiXml.skip(r, file);
      case "lb" -> {
        if (current != null) {
          current.buf.space();
          if (!current.buf.isEmpty()) current.lines.add(current.buf.nextOffset());
        }
        TeiXml.skip(r, file);
      }
      case "gap" -> {
        TeiXml.Gap gap = TeiXml.Gap.read(r, file);
        ensureBlock().buf.appendMark(MarkType.OMISSION, gap.printed(), gap.content(), null);
      }
      case "label" -> {
        String label = textKeepingNotes();
        if (!label.isEmpty()) {
          if (current != null) current.buf.append(" " + label + " ");
          else pendingLabel = pendingLabel == null ? label : pendingLabel + " " + label;
        }
      }
      case "seg" -> {
        inline(null);
        if ("margin".equals(TeiXml.attr(r, "type"))) {
          ensureBlock().buf.space(); // printed in the margin, not run into the words before it
          markSpan(MarkType.MARGIN);
        }
      }
      case "hi" -> {
        inline(null);
        if (isItalic(TeiXml.attr(r, "rend"))) markSpan(MarkType.ITALIC);
      }
      case "p", "ab", "l", "row", "trailer", "byline", "docAuthor", "addrLine" -> block(null);
      case "item" -> block(BlockKind.ITEM);
      case "signed" -> block(BlockKind.CLOSER);
      case "salute" -> {
        BlockKind k = kind();
        block(k == BlockKind.CLOSER ? BlockKind.CLOSER : BlockKind.OPENER);
      }
      case "dateline" -> {
        block(BlockKind.OPENER);
        Frame f = frames.peek();
        if (!datelineSeen && nestedDepth == 0) {
          datelineSeen = true;
          f.ownDateline = true;
          ownDatelineDepth++;
        }
      }
      case "quote", "q" -> {
        String rend = TeiXml.attr(r, "rend");
        if (current == null || (rend != null && rend.contains("block"))) container(BlockKind.QUOTE);
        else inline(BlockKind.QUOTE);
      }
      case "list" -> {
        container(BlockKind.ITEM);
        if ("participants".equals(TeiXml.attr(r, "type"))) {
          frames.peek().participants = true;
          participantsDepth++;
        }
      }
      case "opener" -> container(BlockKind.OPENER);
      case "closer" -> container(BlockKind.CLOSER);
      case "postscript", "table", "lg", "body" -> container(null);
      case "attachment", "floatingText", "text", "front", "back" -> nestedContainer();
      case "div" -> {
        if (single && "document".equals(TeiXml.attr(r, "type"))) {
          headnoteMode = false;
          container(null);
        } else {
          nestedContainer();
        }
      }
      case "cell" -> {
        if (current != null) current.buf.space();
        inline(null);
      }
      case "persName" -> {
        String ref = TeiXml.ref(TeiXml.attr(r, "corresp"));
        inline(null);
        if (ref != null) span(MentionType.PERSON, ref);
      }
      case "gloss" -> {
        String ref = TeiXml.ref(TeiXml.attr(r, "target"));
        inline(null);
        if (ref != null) span(MentionType.TERM, ref);
      }
      case "placeName" -> {
        inline(null);
        if (ownDatelineDepth > 0 && place == null) capturePlace(true);
      }
      case "date" -> {
        if (ownDatelineDepth > 0) {
          String ana = TeiXml.attr(r, "ana");
          if (ana != null && ana.toLowerCase(Locale.ROOT).contains("undated")) undated = true;
          String when = TeiXml.attr(r, "when");
          if (date == null && when != null) date = dateOf(when, null, null);
          if (rangeBefore == null && rangeAfter == null) {
            rangeBefore = TeiXml.attr(r, "notBefore");
            rangeAfter = TeiXml.attr(r, "notAfter");
          }
        }
        inline(null);
      }
      default -> inline(null);
    }
  }

  private void end(Frame f) {
    switch (f.action) {
      case BLOCK -> {
        if (f.ownDateline) {
          if (current != null) editorsBrackets(current.buf);
          ownDatelineDepth--;
        }
        closeBlock();
        blockDepth--;
      }
      case CONTAINER -> {
        closeBlock();
        if (f.participants) participantsDepth--;
        if (f.nested) nestedDepth--;
      }
      case INLINE -> {
        if (f.spanBlock != null && f.spanBlock == current) {
          if (f.markType != null) {
            current.buf.markSince(f.markType, f.spanStart);
            if (f.markType == MarkType.MARGIN) current.buf.space();
          }
          if (f.mention != null && f.ref != null) current.buf.mention(f.mention, f.spanStart, f.ref);
          if (f.place && place == null) {
            String p = current.buf.since(f.spanStart);
            if (!p.isEmpty()) place = TRAILING_PUNCTUATION.matcher(p).replaceFirst("");
          }
        }
      }
    }
  }

  private void block(@Nullable BlockKind kind) {
    closeBlock();
    frames.push(new Frame(Action.BLOCK, kind));
    blockDepth++;
  }

  private void container(@Nullable BlockKind kind) {
    closeBlock();
    frames.push(new Frame(Action.CONTAINER, kind));
  }

  private void inline(@Nullable BlockKind kind) {
    frames.push(new Frame(Action.INLINE, kind));
  }

  /** An attachment, enclosure or nested division: its datelines are not the document's. */
  private void nestedContainer() {
    container(null);
    frames.peek().nested = true;
    nestedDepth++;
  }

  /** Records, on the inline frame just pushed, a mark over what its element prints. */
  private void markSpan(MarkType type) {
    Frame f = frames.peek();
    f.spanBlock = ensureBlock();
    f.spanStart = f.spanBlock.buf.nextOffset();
    f.markType = type;
  }

  private void pageBreak(@Nullable String n) {
    page = n;
    Open o = current;
    if (o == null) return;
    if (o.buf.isEmpty()) o.page = n;
    else o.buf.pointMark(MarkType.PAGE_BREAK, n == null ? "" : n);
  }

  /** {@code pb/@n}, whitespace collapsed, or null when absent or empty. */
  static @Nullable String pageNumber(XMLStreamReader r) {
    String n = TeiXml.attr(r, "n");
    return n == null ? null : TextBuffer.collapse(n);
  }

  static boolean isItalic(@Nullable String rend) {
    return rend != null && rend.toLowerCase(Locale.ROOT).contains("italic");
  }

  /**
   * The document's own dateline: "undated" leaves the document undated; a bracketed part
   * ({@code [Washington, undated]}, {@code [Received April 7]}) is the editors', a SUPPLIED mark.
   */
  private void editorsBrackets(TextBuffer buf) {
    String t = buf.text();
    if (UNDATED.matcher(t).find()) undated = true;
    Matcher m = BRACKETED.matcher(t);
    while (m.find()) {
      int start = t.codePointCount(0, m.start());
      int end = start + t.codePointCount(m.start(), m.end());
      buf.mark(MarkType.SUPPLIED, start, end, m.group(1).strip());
    }
  }

  private void span(MentionType type, String ref) {
    Frame f = frames.peek();
    f.spanBlock = ensureBlock();
    f.spanStart = f.spanBlock.buf.nextOffset();
    f.mention = type;
    f.ref = ref;
  }

  private void capturePlace(boolean placeName) {
    Frame f = frames.peek();
    f.spanBlock = ensureBlock();
    f.spanStart = f.spanBlock.buf.nextOffset();
    f.place = placeName;
  }

  private BlockKind kind() {
    for (Frame f : frames) if (f.kind != null) return f.kind;
    return BlockKind.PARAGRAPH;
  }

  private Open ensureBlock() {
    if (current == null) {
      BlockKind kind = kind();
      // Only the items of a participants list are participants; its head stays a heading.
      current = new Open(kind, headnoteMode, blocks.next(), participantsDepth > 0 && kind == BlockKind.ITEM, page);
      if (pendingLabel != null) {
        current.buf.append(pendingLabel + " ");
        pendingLabel = null;
      }
    }
    return current;
  }

  private void closeBlock() {
    Open o = current;
    if (o == null) return;
    current = null;
    if (o.participant) {
      if (!o.buf.isEmpty()) participants.add(o.buf.text());
      return;
    }
    if (o.buf.isEmpty() && !o.hasCalls) return;
    blocks.add(o.buf, o.kind, o.headnote, o.page, o.lines);
    if (single && o.headnote && source == null) {
      String t = o.buf.text();
      if (t.startsWith("Source:")) source = Source.ofText(t.substring("Source:".length()).strip());
    }
  }

  private void note() throws XMLStreamException, SourceException {
    String noteType = TeiXml.attr(r, "type");
    boolean inlineRend = TeiXml.hasToken(TeiXml.attr(r, "rend"), "inline");
    String n = TeiXml.attr(r, "n");
    if ("source".equals(noteType) && inlineRend) {
      // Old volumes: headnote lines such as "File No. 861.51/131" or "[Telegram]", not footnotes.
      // Before the body they are the source (and the number, the type); later (inside an enclosure)
      // they stay in place as a block.
      boolean before = frames.isEmpty() && current == null && blocks.allHeadnote();
      if (before) {
        String text = textKeepingNotes();
        if (!text.isEmpty()) inlineSources.add(text);
        return;
      }
      closeBlock();
      TextBuffer b = new TextBuffer();
      b.append(TeiXml.text(r, file, true));
      if (!b.isEmpty()) blocks.add(b, BlockKind.PARAGRAPH, false, page, List.of());
      return;
    }
    if ("source".equals(noteType) && source == null) {
      String text = textKeepingNotes();
      if (!text.isEmpty()) source = Source.ofText(stripSourcePrefix(text));
      return;
    }
    // A footnote on a footnote is called where its parent is, right after it.
    List<FrusHead.Footnote> nested = new ArrayList<>();
    FrusHead.Tagged text = FrusHead.taggedKeepingNotes(r, file, nested);
    call(parseNumber(n), text.text(), text.mentions());
    for (FrusHead.Footnote inner : nested) call(parseNumber(inner.n()), inner.text(), inner.mentions());
  }

  /**
   * The text of the element the reader is on, to its end tag; the footnotes inside it are kept as
   * notes on the title (the element becomes no block a call could sit in).
   */
  private String textKeepingNotes() throws XMLStreamException, SourceException {
    List<FrusHead.Footnote> nested = new ArrayList<>();
    String text = FrusHead.textKeepingNotes(r, file, nested);
    for (FrusHead.Footnote inner : nested) {
      if (!inner.text().isEmpty()) blocks.note(parseNumber(inner.n()), null, 0, inner.text(), inner.mentions());
    }
    return text;
  }

  /** Records a note whose call is here: in the open block, else at the end of the previous one. */
  private void call(@Nullable Integer printed, String text, List<Mention> mentions) {
    if (current == null && blockDepth > 0) ensureBlock();
    Open o = current;
    if (o != null && o.participant) {
      blocks.note(printed, null, 0, text, mentions);
      return;
    }
    if (o != null) {
      o.hasCalls = true;
      blocks.note(printed, o.index, o.buf.length(), text, mentions);
      return;
    }
    blocks.noteAfterLastBodyBlock(printed, text, mentions);
  }

  private void head() throws XMLStreamException, SourceException {
    head = FrusHead.read(r, file);
    title = head.title;
    if (head.pageTurned) page = head.page;
    participants.addAll(head.participants);
    if (head.source != null && !head.source.isEmpty()) {
      if (source == null) source = Source.ofText(stripSourcePrefix(head.source));
      else blocks.note(null, null, 0, head.source); // a second source note is a note on the title
    }
    for (FrusHead.Footnote f : head.notes) {
      if (!f.text().isEmpty()) blocks.note(parseNumber(f.n()), null, 0, f.text(), f.mentions());
    }
  }

  /** The title's italics. */
  List<Mark> titleMarks() {
    return head == null ? List.of() : head.marks;
  }

  /** The register entries the title tags. */
  List<Mention> titleMentions() {
    return head == null ? List.of() : head.mentions;
  }

  /** Takes the printed number off the title; see {@link FrusHead#stripNumber}. */
  @Nullable String stripNumber(@Nullable String n) {
    if (head == null) return null;
    String taken = head.stripNumber(n);
    title = head.title;
    return taken;
  }

  /** The document number printed as an inline source line ("No. 12."), or null. */
  @Nullable String printedNumber() {
    return inlineSources.number();
  }

  private @Nullable DocDate dateOf(@Nullable String when, @Nullable String notBefore, @Nullable String notAfter) {
    try {
      if (when != null) return DocDate.of(when);
      if (notBefore != null || notAfter != null) return DocDate.range(notBefore, notAfter);
    } catch (IllegalArgumentException e) {
      TeiXml.issue(issues, r, "date", "unreadable date: " + e.getMessage(), "left undated");
    }
    return null;
  }

  /**
   * The fallbacks when the dateline has no {@code date/@when}: the document's
   * {@code frus:doc-dateTime-min/max} (one date when equal, else a range), else the dateline
   * date's {@code @notBefore/@notAfter}, else the document's own.
   */
  void dateFallback(@Nullable String min, @Nullable String max, @Nullable String notBefore, @Nullable String notAfter) {
    if (undated) {
      // The document's own dateline says it is undated: the editors' inference is not its date.
      date = null;
      return;
    }
    if (date != null) return;
    if (min != null || max != null) {
      date = min != null && min.equals(max) ? dateOf(min, null, null) : dateOf(null, min, max);
    }
    if (date == null && (rangeBefore != null || rangeAfter != null)) date = dateOf(null, rangeBefore, rangeAfter);
    if (date == null && (notBefore != null || notAfter != null)) date = dateOf(null, notBefore, notAfter);
  }

  /**
   * The kind of document: {@code @subtype} unless it is FRUS's "historical-document", else what a
   * bracketed source line names ({@code [Telegram]}), else the title's opening words
   * ("Memorandum of Conversation"), else null.
   */
  @Nullable String type(@Nullable String subtype) {
    if (subtype != null && !subtype.equals("historical-document")) return subtype;
    String named = inlineSources.type();
    if (named != null) return named;
    return title == null ? null : FrusTypes.ofTitle(title);
  }

  /** The source as the inline source lines give it ("File No. 861.51/131 [Telegram]"), or null. */
  @Nullable Source sourceFromHeadnote() {
    return inlineSources.source();
  }

  /** The headnote blocks, numbered from 1. */
  List<Block> headnote() {
    return blocks.headnote();
  }

  /** The body blocks, numbered after the headnote. */
  List<Block> body() {
    return blocks.body();
  }

  /** The offsets where the printed lines of body blocks start, by block number. */
  java.util.Map<Integer, List<Integer>> bodyLines() {
    return blocks.bodyLines();
  }

  /** The notes, with their calls' final block numbers. */
  List<Note> notes() {
    return blocks.notes();
  }

  private static @Nullable Integer parseNumber(@Nullable String n) {
    if (n == null || n.isEmpty() || n.length() > 6) return null;
    for (int i = 0; i < n.length(); i++) if (n.charAt(i) < '0' || n.charAt(i) > '9') return null;
    int v = Integer.parseInt(n);
    return v > 0 ? v : null;
  }

  private static String stripSourcePrefix(String text) {
    return text.startsWith("Source:") ? text.substring("Source:".length()).strip() : text;
  }
}
