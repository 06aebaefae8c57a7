package org.dossier.ingest.internal.parla;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.tei.SourceException;
import org.dossier.ingest.internal.teitext.TextBuffer;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.MarkType;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Reads one debate session ({@code tei:TEI}) into blocks: each {@code seg} of an utterance is a
 * paragraph of that speaker's turn. What is not speech keeps its place as a mark: inside a
 * {@code seg}, a {@code gap} is an omission ({@code [inaudible]}), {@code vocal}, {@code kinesic}
 * and {@code incident} are events and a {@code note} a comment, printed in parentheses in the
 * running text; between the {@code seg}s of one utterance they make a stage block of that
 * speaker's turn; between utterances a stage block of their own. The printed speaker label
 * ({@code note[@type='speaker']}) becomes the next turn's label, not a paragraph. Structural
 * markers ("End of debateSection.") are dropped, headings are HEADING blocks, the front matter is
 * the headnote. Token-encoded text ({@code w}, {@code pc}) is spaced by {@code @join}, else by the
 * rules of the session's language ({@link TokenSpacing}); {@code linkGrp} and other analyses are
 * skipped.
 */
final class ParlaSession {
  /** Resolves {@code u/@who} and {@code u/@ana} to a speaker. */
  interface Speakers {
    Speaker resolve(@Nullable String who, @Nullable String ana, int line, int column);
  }

  /** A note that records the encoding's structure, not the sitting ("End of debateSection."). */
  private static final Pattern STRUCTURAL = Pattern.compile("(?:Start|Beginning|End) of [a-z]+[A-Z][A-Za-z]*\\.?");

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
  private @Nullable String pendingLabel;
  private TokenSpacing spacing = TokenSpacing.forLanguage(null);
  private boolean inFront;
  private int blockDepth;
  private int tokenDepth;
  private boolean tokenFresh;
  private int tokenLast = -1;
  private boolean joinNext;

  @Nullable String rootName;
  @Nullable String id;
  @Nullable String lang;
  final SessionHeader header = new SessionHeader();
  final Set<String> participants = new LinkedHashSet<>();
  /** How many utterances ({@code u}) the session holds: none, and it is no debate. */
  int utterances;

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
    spacing = TokenSpacing.forLanguage(lang);
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.ENTITY_REFERENCE) throw TeiXml.entity(r, file);
      if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        String local = r.getLocalName();
        if (local.equals("teiHeader")) header.read(r, file);
        else if (local.equals("text")) text();
        else depth++;
      }
    }
  }

  private void text() throws XMLStreamException, SourceException {
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> start();
        case XMLStreamConstants.END_ELEMENT -> {
          if (frames.isEmpty()) {
            closeBlock();
            flushLabel();
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
    if (TextBuffer.isXmlSpace(s)) {
      if (current != null) current.append(s);
      return;
    }
    // Speech between the segs of an utterance, after a stage block of that turn: a new paragraph.
    if (blockDepth == 0 && currentKind == BlockKind.STAGE) {
      closeBlock();
      currentKind = BlockKind.PARAGRAPH;
    }
    TextBuffer b = ensureBlock();
    if (tokenDepth > 0) {
      int first = firstVisible(s);
      if (tokenFresh && first >= 0) {
        if (spacing.glueBefore(first)) b.glue();
        tokenFresh = false;
      }
      int last = lastVisible(s);
      if (last >= 0) tokenLast = last;
    }
    b.append(s);
  }

  private static int firstVisible(String s) {
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      int c = s.codePointAt(i);
      if (!TextBuffer.isXmlSpace(c)) return c;
    }
    return -1;
  }

  private static int lastVisible(String s) {
    for (int i = s.length(); i > 0; i = s.offsetByCodePoints(i, -1)) {
      int c = s.codePointBefore(i);
      if (!TextBuffer.isXmlSpace(c)) return c;
    }
    return -1;
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
      case "u" -> utterance();
      case "seg", "p", "ab" -> block(BlockKind.PARAGRAPH);
      case "head" -> block(BlockKind.HEADING);
      case "pb", "lb", "anchor", "milestone", "media", "figure", "linkGrp", "link", "spanGrp", "fs", "interpGrp",
          "timeline" -> {
        if (local.equals("lb") && current != null) current.space();
        TeiXml.skip(r, file);
      }
      case "gap" -> {
        TeiXml.Gap gap = TeiXml.Gap.read(r, file);
        event(MarkType.OMISSION, gap.printed(), gap.content());
      }
      case "note" -> note();
      case "vocal", "kinesic", "incident" -> {
        String type = TeiXml.attr(r, "type");
        String text = TeiXml.text(r, file, true);
        if (text.isEmpty() && type != null) text = type;
        if (!text.isEmpty()) event(MarkType.EVENT, text, text);
      }
      case "w", "pc" -> token();
      default -> frames.push(new Frame(Action.INLINE, false));
    }
  }

  private void utterance() {
    closeBlock();
    int line = r.getLocation().getLineNumber();
    int column = r.getLocation().getColumnNumber();
    Speaker s = speakers.resolve(TeiXml.attr(r, "who"), TeiXml.attr(r, "ana"), line, column);
    if (pendingLabel != null && !sameName(pendingLabel, s.name())) s = s.withLabel(pendingLabel);
    pendingLabel = null;
    speaker = s;
    utterances++;
    participants.add(s.name());
    frames.push(new Frame(Action.UTTERANCE, false));
  }

  /** Whether a printed label only repeats the name ("Anna Smith:"). */
  private static boolean sameName(String label, String name) {
    return label.replaceFirst("[\\s:.]+$", "").equalsIgnoreCase(name);
  }

  private void note() throws XMLStreamException, SourceException {
    String type = TeiXml.attr(r, "type");
    String text = TeiXml.text(r, file, true);
    if (text.isEmpty()) return;
    if (inFront) {
      closeBlock();
      TextBuffer b = new TextBuffer();
      b.append(text);
      drafts.add(new Draft(b, BlockKind.PARAGRAPH, null, true));
    } else if ("speaker".equals(type) && speaker == null) {
      flushLabel();
      pendingLabel = text;
    } else if (speaker == null && STRUCTURAL.matcher(text).matches()) {
      return;
    } else {
      event(MarkType.COMMENT, text, text);
    }
  }

  /** A speaker label no utterance followed: kept as a stage block. */
  private void flushLabel() {
    String label = pendingLabel;
    if (label == null) return;
    pendingLabel = null;
    closeBlock();
    TextBuffer b = new TextBuffer();
    b.append(label);
    drafts.add(new Draft(b, BlockKind.STAGE, null, false));
  }

  /**
   * Something that is not speech, in place: inside a paragraph of a speech, a mark in its text;
   * between the paragraphs of a speech, a stage block of that turn; elsewhere a stage block of its
   * own.
   */
  private void event(MarkType type, String text, String content) {
    boolean bracketed = type == MarkType.OMISSION;
    if (speaker != null && !inFront) {
      // Inside a paragraph, or inside speech written straight into the utterance: in the text.
      boolean inText = blockDepth > 0 || (current != null && currentKind != BlockKind.STAGE);
      if (!inText && currentKind != BlockKind.STAGE) {
        closeBlock();
        currentKind = BlockKind.STAGE;
      }
      TextBuffer b = ensureBlock();
      b.space();
      String printed = bracketed || (text.startsWith("(") && text.endsWith(")")) ? text : "(" + text + ")";
      b.appendMark(type, printed, bracketed ? content : unparen(printed), null);
      joinNext = false;
      tokenFresh = false;
      return;
    }
    BlockKind resume = currentKind;
    closeBlock();
    TextBuffer b = new TextBuffer();
    b.appendMark(type, text, bracketed ? content : unparen(text), null);
    if (!b.isEmpty()) drafts.add(new Draft(b, BlockKind.STAGE, null, inFront));
    currentKind = resume;
  }

  private static String unparen(String printed) {
    return printed.length() >= 2 && printed.startsWith("(") && printed.endsWith(")")
        ? printed.substring(1, printed.length() - 1) : printed;
  }

  private void token() {
    String join = TeiXml.attr(r, "join");
    boolean top = tokenDepth == 0;
    tokenDepth++;
    if (top) {
      if (blockDepth == 0 && currentKind == BlockKind.STAGE) {
        closeBlock();
        currentKind = BlockKind.PARAGRAPH;
      }
      TextBuffer b = ensureBlock();
      if (joinNext || "left".equals(join) || "both".equals(join)) b.glue();
      else b.space();
      joinNext = false;
      tokenFresh = true;
      tokenLast = -1;
    }
    frames.push(new Frame(Action.TOKEN, top && ("right".equals(join) || "both".equals(join))));
  }

  private void end(Frame f) {
    switch (f.action()) {
      case BLOCK -> {
        blockDepth--;
        closeBlock();
        currentKind = BlockKind.PARAGRAPH;
      }
      case CONTAINER -> closeBlock();
      case UTTERANCE -> {
        closeBlock();
        currentKind = BlockKind.PARAGRAPH;
        speaker = null;
      }
      case TOKEN -> {
        tokenDepth--;
        if (tokenDepth == 0 && (f.joinRight() || (tokenLast >= 0 && spacing.glueAfter(tokenLast)))) {
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
    blockDepth++;
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
      spacing.reset();
    }
    return current;
  }

  private void closeBlock() {
    TextBuffer b = current;
    if (b == null) return;
    current = null;
    joinNext = false;
    if (b.isEmpty()) return;
    BlockKind kind = currentSpeaker != null && currentKind != BlockKind.STAGE ? BlockKind.PARAGRAPH : currentKind;
    drafts.add(new Draft(b, kind, currentSpeaker, inFront));
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
