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
import org.dossier.model.MarkType;
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
 * QUOTE block. Footnotes leave only their call position; {@code seg[@type='margin']} side notes
 * become notes numbered after the printed ones; {@code gap} prints as an omission mark.
 */
final class FrusDocumentParser {
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("No\\.\\s*\\d+\\.?");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");
  private static final Pattern BRACKETED_TYPE = Pattern.compile("\\[([A-Za-z][A-Za-z ]{1,30})]");

  private enum Action { BLOCK, CONTAINER, INLINE }

  private static final class Frame {
    final Action action;
    final @Nullable BlockKind kind;
    @Nullable Open spanBlock;
    int spanStart;
    @Nullable MentionType mention;
    @Nullable String ref;
    boolean place;
    boolean dateline;

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

    Open(BlockKind kind, boolean headnote, int index) {
      this.kind = kind;
      this.headnote = headnote;
      this.index = index;
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
  private int datelineDepth;

  @Nullable String title;
  @Nullable DocDate date;
  private @Nullable String rangeBefore;
  private @Nullable String rangeAfter;
  @Nullable String place;
  @Nullable String type;
  @Nullable Source source;
  final List<String> participants = new ArrayList<>();
  private final List<String> inlineSources = new ArrayList<>();

  FrusDocumentParser(XMLStreamReader r, String file, Issues issues, boolean single) {
    this.r = r;
    this.file = file;
    this.issues = issues;
    this.single = single;
    this.headnoteMode = single;
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
      case "pb", "milestone", "anchor", "figure", "graphic", "index", "fw", "cb" -> TeiXml.skip(r, file);
      case "lb" -> {
        if (current != null) current.buf.space();
        TeiXml.skip(r, file);
      }
      case "gap" -> {
        TeiXml.Gap gap = TeiXml.Gap.read(r, file);
        ensureBlock().buf.appendMark(MarkType.OMISSION, gap.printed(), gap.content(), null);
      }
      case "label" -> {
        String label = TeiXml.text(r, file, true);
        if (!label.isEmpty()) {
          if (current != null) current.buf.append(" " + label + " ");
          else pendingLabel = pendingLabel == null ? label : pendingLabel + " " + label;
        }
      }
      case "seg" -> {
        if ("margin".equals(TeiXml.attr(r, "type"))) margin();
        else inline(null);
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
        frames.peek().dateline = true;
        datelineDepth++;
      }
      case "quote", "q" -> {
        String rend = TeiXml.attr(r, "rend");
        if (current == null || (rend != null && rend.contains("block"))) container(BlockKind.QUOTE);
        else inline(BlockKind.QUOTE);
      }
      case "list" -> container(BlockKind.ITEM);
      case "opener" -> container(BlockKind.OPENER);
      case "closer" -> container(BlockKind.CLOSER);
      case "postscript", "attachment", "table", "lg", "floatingText", "text", "front", "back", "body" -> container(null);
      case "div" -> {
        if (single && "document".equals(TeiXml.attr(r, "type"))) headnoteMode = false;
        container(null);
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
        if (datelineDepth > 0 && place == null) capturePlace(true);
      }
      case "date" -> {
        if (datelineDepth > 0) {
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
        closeBlock();
        blockDepth--;
        if (f.dateline) datelineDepth--;
      }
      case CONTAINER -> closeBlock();
      case INLINE -> {
        if (f.spanBlock != null && f.spanBlock == current) {
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
      current = new Open(kind(), headnoteMode, blocks.next());
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
    if (o.buf.isEmpty() && !o.hasCalls) return;
    blocks.add(o.buf, o.kind, o.headnote);
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
      // Before the body they are the headnote; later (inside an enclosure) they stay in place.
      String text = TeiXml.text(r, file, true);
      if (text.isEmpty()) return;
      boolean headnote = frames.isEmpty() && current == null && blocks.allHeadnote();
      closeBlock();
      TextBuffer b = new TextBuffer();
      b.append(text);
      blocks.add(b, BlockKind.PARAGRAPH, headnote);
      if (headnote) inlineSources.add(text);
      return;
    }
    if ("source".equals(noteType) && source == null) {
      String text = TeiXml.text(r, file, true);
      if (!text.isEmpty()) source = Source.ofText(stripSourcePrefix(text));
      return;
    }
    String text = TeiXml.text(r, file, true);
    call(parseNumber(n), text);
  }

  private void margin() throws XMLStreamException, SourceException {
    String text = TeiXml.text(r, file, true);
    if (!text.isEmpty()) call(null, text);
  }

  /** Records a note whose call is here: in the open block, else at the end of the previous one. */
  private void call(@Nullable Integer printed, String text) {
    if (current == null && blockDepth > 0) ensureBlock();
    Open o = current;
    if (o != null) {
      o.hasCalls = true;
      blocks.note(printed, o.index, o.buf.length(), text);
      return;
    }
    blocks.noteAfterLastBodyBlock(printed, text);
  }

  private void head() throws XMLStreamException, SourceException {
    TextBuffer t = new TextBuffer();
    int depth = 1;
    while (depth > 0) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String name = r.getLocalName();
          if (name.equals("note")) {
            String noteType = TeiXml.attr(r, "type");
            String n = TeiXml.attr(r, "n");
            String text = TeiXml.text(r, file, true);
            if ("source".equals(noteType) && source == null) {
              if (!text.isEmpty()) source = Source.ofText(stripSourcePrefix(text));
            } else if (!text.isEmpty()) {
              blocks.note(parseNumber(n), null, 0, text);
            }
          } else if ((name.equals("persName") || name.equals("gloss"))
              && ("from".equals(TeiXml.attr(r, "type")) || "to".equals(TeiXml.attr(r, "type")))) {
            String who = TeiXml.text(r, file, true);
            if (!who.isEmpty()) {
              participants.add(who);
              t.append(who);
            }
          } else if (name.equals("gap")) {
            t.append(TeiXml.Gap.read(r, file).printed());
          } else {
            if (name.equals("lb")) t.space();
            depth++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> t.append(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw TeiXml.entity(r, file);
        default -> { }
      }
    }
    title = t.text();
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
    if (date != null) return;
    if (min != null || max != null) {
      date = min != null && min.equals(max) ? dateOf(min, null, null) : dateOf(null, min, max);
    }
    if (date == null && (rangeBefore != null || rangeAfter != null)) date = dateOf(null, rangeBefore, rangeAfter);
    if (date == null && (notBefore != null || notAfter != null)) date = dateOf(null, notBefore, notAfter);
  }

  /** The inline headnote lines read ("File No. …", "[Telegram]"). */
  List<String> inlineSources() {
    return inlineSources;
  }

  /** A document type named by a bracketed headnote line such as {@code [Telegram]}, or null. */
  @Nullable String typeFromHeadnote() {
    for (String s : inlineSources) {
      Matcher m = BRACKETED_TYPE.matcher(s);
      if (m.matches()) return m.group(1).strip().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /**
   * The archival reference among the inline headnote lines ("File No. 861.51/131"): the first
   * line that is neither bracketed ("[Telegram]") nor a bare document number ("No. 1."), or null.
   */
  @Nullable Source sourceFromHeadnote() {
    for (String s : inlineSources) {
      if (s.startsWith("[") || DOCUMENT_NUMBER.matcher(s).matches()) continue;
      return Source.ofText(s);
    }
    return null;
  }

  /** The headnote blocks, numbered from 1. */
  List<Block> headnote() {
    return blocks.headnote();
  }

  /** The body blocks, numbered after the headnote. */
  List<Block> body() {
    return blocks.body();
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
