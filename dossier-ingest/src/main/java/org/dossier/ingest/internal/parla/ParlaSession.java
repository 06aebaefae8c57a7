package org.dossier.ingest.internal.parla;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.tei.SourceException;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.ingest.internal.teitext.TextBuffer;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.MarkType;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Reads one debate session ({@code tei:TEI}) into blocks: each {@code seg} of an utterance is a
 * paragraph of that speaker's turn; notes, {@code vocal}, {@code kinesic}, {@code incident} and
 * {@code gap} between or inside utterances are STAGE blocks without a speaker (one inside a
 * {@code seg} splits it: speech, stage, speech); a gap's stage block prints {@code [reason]} or
 * {@code [desc]} and carries an OMISSION mark; headings are HEADING blocks; the front matter is
 * the headnote. Token-encoded text ({@code w}, {@code pc}) is joined with one space between
 * tokens unless {@code @join} says otherwise.
 */
final class ParlaSession {
  /** Resolves {@code u/@who} and {@code u/@ana} to a speaker. */
  interface Speakers {
    Speaker resolve(@Nullable String who, @Nullable String ana, int line, int column);
  }

  private enum Action { BLOCK, CONTAINER, INLINE, UTTERANCE, TOKEN }

  private record Frame(Action action, boolean joinRight) {}

  private record Draft(TextBuffer buf, BlockKind kind, @Nullable Speaker speaker, boolean headnote) {}

  private final XMLStreamReader r;
  private final String file;
  private final Speakers speakers;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final List<Draft> drafts = new ArrayList<>();
  private @Nullable TextBuffer current;
  private BlockKind currentKind = BlockKind.PARAGRAPH;
  private @Nullable Speaker speaker;
  private @Nullable Speaker currentSpeaker;
  private boolean inFront;
  private int tokenDepth;
  private boolean joinNext;

  @Nullable String rootName;
  @Nullable String id;
  @Nullable String lang;
  final Map<String, String> titles = new LinkedHashMap<>();
  @Nullable String date;
  @Nullable String sourceDate;
  @Nullable String place;
  final Set<String> participants = new LinkedHashSet<>();

  ParlaSession(XMLStreamReader r, String file, Speakers speakers) {
    this.r = r;
    this.file = file;
    this.speakers = speakers;
  }

  /** Reads the whole file: its root element, when it is a {@code TEI}, as one session. */
  void parse() throws XMLStreamException, SourceException {
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.ENTITY_REFERENCE) throw TeiXml.entity(r, file);
      if (e == XMLStreamConstants.START_ELEMENT) {
        rootName = r.getLocalName();
        if (rootName.equals("TEI")) parseElement();
        return;
      }
    }
  }

  /** Reads the {@code TEI} element the reader is on, to its end tag. */
  void parseElement() throws XMLStreamException, SourceException {
    rootName = "TEI";
    id = TeiXml.xmlId(r);
    lang = TeiXml.xmlLang(r);
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.ENTITY_REFERENCE) throw TeiXml.entity(r, file);
      if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        String local = r.getLocalName();
        if (local.equals("teiHeader")) header();
        else if (local.equals("text")) text();
        else depth++;
      }
    }
  }

  private void header() throws XMLStreamException, SourceException {
    List<String> path = new ArrayList<>();
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.ENTITY_REFERENCE) throw TeiXml.entity(r, file);
      if (e == XMLStreamConstants.END_ELEMENT) {
        if (path.isEmpty()) return;
        path.remove(path.size() - 1);
        continue;
      }
      if (e != XMLStreamConstants.START_ELEMENT) continue;
      String local = r.getLocalName();
      String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
      if (parent.equals("titleStmt") && local.equals("title")) {
        String type = TeiXml.attr(r, "type");
        String l = TeiXml.xmlLang(r);
        String text = TeiXml.text(r, file, true);
        if ((type == null || type.equals("main")) && !text.isEmpty()) titles.putIfAbsent(l == null ? "" : l, text);
      } else if (parent.equals("setting") && local.equals("date")) {
        if (date == null) date = TeiXml.attr(r, "when");
        TeiXml.skip(r, file);
      } else if (parent.equals("setting") && local.equals("name")) {
        String type = TeiXml.attr(r, "type");
        String text = TeiXml.text(r, file, true);
        if ("city".equals(type) && place == null && !text.isEmpty()) place = text;
      } else if (parent.equals("bibl") && local.equals("date") && path.contains("sourceDesc")) {
        if (sourceDate == null) sourceDate = TeiXml.attr(r, "when");
        TeiXml.skip(r, file);
      } else if (local.equals("particDesc") || local.equals("encodingDesc") || local.equals("abstract")
          || local.equals("revisionDesc") || local.equals("classDecl")) {
        TeiXml.skip(r, file);
      } else {
        path.add(local);
      }
    }
  }

  /** The main title in the session's language, else the first main title, else null. */
  @Nullable String title() {
    if (lang != null && titles.containsKey(lang)) return titles.get(lang);
    if (titles.containsKey("")) return titles.get("");
    return titles.isEmpty() ? null : titles.values().iterator().next();
  }

  private void text() throws XMLStreamException, SourceException {
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> start();
        case XMLStreamConstants.END_ELEMENT -> {
          if (frames.isEmpty()) {
            closeBlock();
            return;
          }
          end(frames.pop());
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> chars(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw TeiXml.entity(r, file);
        default -> { }
      }
    }
  }

  private void chars(String s) {
    if (current == null && TextBuffer.isXmlSpace(s)) return;
    ensureBlock().append(s);
  }

  private void start() throws XMLStreamException, SourceException {
    String local = r.getLocalName();
    switch (local) {
      case "front" -> {
        container();
        inFront = true;
      }
      case "body", "back", "div", "text" -> {
        container();
        if (!local.equals("div")) inFront = false;
      }
      case "u" -> {
        closeBlock();
        int line = r.getLocation().getLineNumber();
        int column = r.getLocation().getColumnNumber();
        speaker = speakers.resolve(TeiXml.attr(r, "who"), TeiXml.attr(r, "ana"), line, column);
        participants.add(speaker.name());
        frames.push(new Frame(Action.UTTERANCE, false));
      }
      case "seg", "p", "ab" -> block(BlockKind.PARAGRAPH);
      case "head" -> block(BlockKind.HEADING);
      case "pb", "lb", "anchor", "milestone", "media", "figure" -> {
        if (local.equals("lb") && current != null) current.space();
        TeiXml.skip(r, file);
      }
      case "gap" -> {
        TeiXml.Gap gap = TeiXml.Gap.read(r, file);
        stage(gap.printed(), true, gap.content());
      }
      case "note", "vocal", "kinesic", "incident" -> {
        String type = TeiXml.attr(r, "type");
        String text = TeiXml.text(r, file, true);
        if (text.isEmpty() && type != null) text = "[" + type + "]";
        if (!text.isEmpty()) {
          if (inFront) {
            closeBlock();
            TextBuffer b = new TextBuffer();
            b.append(text);
            drafts.add(new Draft(b, BlockKind.PARAGRAPH, null, true));
          } else {
            stage(text, false, null);
          }
        }
      }
      case "w", "pc" -> token();
      default -> frames.push(new Frame(Action.INLINE, false));
    }
  }

  private void token() {
    String join = TeiXml.attr(r, "join");
    boolean top = tokenDepth == 0;
    tokenDepth++;
    if (top) {
      TextBuffer b = ensureBlock();
      if (joinNext || "left".equals(join) || "both".equals(join)) b.glue();
      else b.space();
      joinNext = false;
    }
    frames.push(new Frame(Action.TOKEN, top && ("right".equals(join) || "both".equals(join))));
  }

  private void end(Frame f) {
    switch (f.action()) {
      case BLOCK -> {
        closeBlock();
        currentKind = BlockKind.PARAGRAPH;
      }
      case CONTAINER -> closeBlock();
      case UTTERANCE -> {
        closeBlock();
        speaker = null;
      }
      case TOKEN -> {
        tokenDepth--;
        if (f.joinRight()) {
          joinNext = true;
          if (current != null) current.glue();
        }
      }
      case INLINE -> { }
    }
  }

  private void block(BlockKind kind) {
    closeBlock();
    currentKind = kind;
    frames.push(new Frame(Action.BLOCK, false));
  }

  private void container() {
    closeBlock();
    frames.push(new Frame(Action.CONTAINER, false));
  }

  private TextBuffer ensureBlock() {
    if (current == null) {
      current = new TextBuffer();
      currentSpeaker = currentKind == BlockKind.HEADING ? null : speaker;
    }
    return current;
  }

  private void closeBlock() {
    TextBuffer b = current;
    if (b == null) return;
    current = null;
    joinNext = false;
    if (!b.isEmpty()) drafts.add(new Draft(b, currentSpeaker != null ? BlockKind.PARAGRAPH : currentKind, currentSpeaker, inFront));
  }

  /** A stage direction: ends the speech block it interrupts; the speech resumes in a new block. */
  private void stage(String text, boolean omission, @Nullable String content) {
    BlockKind resume = currentKind;
    closeBlock();
    TextBuffer b = new TextBuffer();
    if (omission) b.appendMark(MarkType.OMISSION, text, content == null ? text : content, null);
    else b.append(text);
    if (!b.isEmpty()) drafts.add(new Draft(b, BlockKind.STAGE, null, inFront));
    currentKind = resume;
  }

  /** The headnote (front matter) blocks, numbered from 1. */
  List<Block> headnote() {
    return numbered(true);
  }

  /** The body blocks, numbered after the headnote. */
  List<Block> body() {
    return numbered(false);
  }

  private List<Block> numbered(boolean headnote) {
    int n = 0;
    for (Draft d : drafts) if (d.headnote()) n++;
    int h = 0;
    int b = n;
    List<Block> out = new ArrayList<>();
    for (Draft d : drafts) {
      int number = d.headnote() ? ++h : ++b;
      if (d.headnote() == headnote) out.add(d.buf().toBlock(number, d.kind(), d.speaker()));
    }
    return out;
  }
}
