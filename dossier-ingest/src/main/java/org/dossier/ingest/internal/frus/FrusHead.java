package org.dossier.ingest.internal.frus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.ingest.internal.teitext.TextBuffer;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * A document's {@code head} as read: the title with its italics and the register entries it tags
 * ({@code persName/@corresp}, {@code gloss/@target}, as in a block), the sender and recipient it
 * names ({@code persName|gloss[@type='from'|'to']}), the source note it holds (modern volumes), the
 * footnotes on it (with their own tags), and the page a {@code pb} inside it turns to.
 */
final class FrusHead {
  private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?:No\\.\\s*)?(\\d+[A-Za-z]?)\\.\\s+");

  /** A footnote read inside another element: its printed number, text and the mentions it tags. */
  record Footnote(@Nullable String n, String text, List<Mention> mentions) {
    Footnote(@Nullable String n, Tagged tagged) {
      this(n, tagged.text(), tagged.mentions());
    }
  }

  /** Text read from an element with the register mentions it tags, offsets in code points of the text. */
  record Tagged(String text, List<Mention> mentions) {}

  /** An element open inside the head or a note: what it means for the text it wraps, from where. */
  private record Opened(int what, int start, @Nullable MentionType mention, @Nullable String ref) {
    static Opened of(XMLStreamReader r, int what, int start) {
      String name = r.getLocalName();
      String person = name.equals("persName") ? TeiXml.ref(TeiXml.attr(r, "corresp")) : null;
      String term = name.equals("gloss") ? TeiXml.ref(TeiXml.attr(r, "target")) : null;
      if (person != null) return new Opened(what, start, MentionType.PERSON, person);
      if (term != null) return new Opened(what, start, MentionType.TERM, term);
      return new Opened(what, start, null, null);
    }

    void close(TextBuffer t) {
      if (mention != null && ref != null) t.mention(mention, start, ref);
    }
  }

  String title = "";
  final List<Mark> marks = new ArrayList<>();
  final List<Mention> mentions = new ArrayList<>();
  final List<String> participants = new ArrayList<>();
  final List<Footnote> notes = new ArrayList<>();
  @Nullable String source;
  @Nullable String page;
  boolean pageTurned;

  /** Reads a {@code head} (reader on its start tag) to its end tag. */
  static FrusHead read(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
    FrusHead h = new FrusHead();
    TextBuffer t = new TextBuffer();
    // One entry per open element inside the head; what: 0 plain, 1 italics, 2 sender or recipient.
    Deque<Opened> open = new ArrayDeque<>();
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String name = r.getLocalName();
          if (name.equals("note")) {
            boolean isSource = "source".equals(TeiXml.attr(r, "type")) && h.source == null;
            String n = TeiXml.attr(r, "n");
            Tagged text = taggedKeepingNotes(r, file, h.notes);
            if (isSource) h.source = text.text();
            else h.notes.add(new Footnote(n, text));
          } else if (name.equals("gap")) {
            t.append(TeiXml.Gap.read(r, file).printed());
          } else if (name.equals("pb")) {
            h.page = FrusDocumentParser.pageNumber(r);
            h.pageTurned = true;
            TeiXml.skip(r, file);
          } else {
            if (name.equals("lb")) t.space();
            String type = TeiXml.attr(r, "type");
            int what = name.equals("hi") && FrusDocumentParser.isItalic(TeiXml.attr(r, "rend")) ? 1
                : (name.equals("persName") || name.equals("gloss")) && ("from".equals(type) || "to".equals(type)) ? 2
                : 0;
            open.push(Opened.of(r, what, t.nextOffset()));
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (open.isEmpty()) {
            Block b = t.toBlock(1, BlockKind.HEADING, null);
            h.title = b.text();
            h.marks.addAll(b.marks());
            h.mentions.addAll(b.mentions());
            return h;
          }
          Opened e = open.pop();
          if (e.what() == 1) t.markSince(MarkType.ITALIC, e.start());
          if (e.what() == 2 && !t.since(e.start()).isEmpty()) h.participants.add(t.since(e.start()));
          e.close(t);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> t.append(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw TeiXml.entity(r, file);
        default -> { }
      }
    }
  }

  /**
   * The text of the element the reader is on, to its end tag; the footnotes inside it go to
   * {@code nested} (they cannot be called in a block: the element is none).
   */
  static String textKeepingNotes(XMLStreamReader r, String file, List<Footnote> nested)
      throws XMLStreamException, SourceException {
    return taggedKeepingNotes(r, file, nested).text();
  }

  /**
   * {@link #textKeepingNotes} with the register entries the element tags ({@code persName/@corresp},
   * {@code gloss/@target}, as in a block). A footnote on it keeps its text only.
   */
  static Tagged taggedKeepingNotes(XMLStreamReader r, String file, List<Footnote> nested)
      throws XMLStreamException, SourceException {
    TextBuffer t = new TextBuffer();
    Deque<Opened> open = new ArrayDeque<>();
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (r.getLocalName().equals("note")) {
            String n = TeiXml.attr(r, "n");
            nested.add(new Footnote(n, TeiXml.text(r, file, true), List.of()));
          } else if (r.getLocalName().equals("gap")) {
            t.append(TeiXml.Gap.read(r, file).printed());
          } else {
            if (r.getLocalName().equals("lb")) t.space();
            open.push(Opened.of(r, 0, t.nextOffset()));
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (open.isEmpty()) return new Tagged(t.text(), t.mentions());
          open.pop().close(t);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> t.append(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw TeiXml.entity(r, file);
        default -> { }
      }
    }
  }

  /**
   * Takes a printed number off the start of the title ({@code "No. 12. Mr. A to Mr. B."},
   * {@code "12. Mr. A…"}) when it is {@code n} (or any number when {@code n} is null), moving the
   * title's marks with the text; returns the number taken, or null.
   */
  @Nullable String stripNumber(@Nullable String n) {
    Matcher m = NUMBER_PREFIX.matcher(title);
    if (!m.find() || (n != null && !m.group(1).equals(n))) return null;
    int cut = title.codePointCount(0, m.end());
    title = title.substring(m.end());
    List<Mark> moved = new ArrayList<>();
    for (Mark mark : marks) {
      int start = Math.max(mark.offset(), cut) - cut;
      int end = mark.end() - cut;
      if (end > start) moved.add(new Mark(mark.type(), start, end - start, mark.text(), mark.lang()));
    }
    marks.clear();
    marks.addAll(moved);
    List<Mention> kept = new ArrayList<>();
    for (Mention mention : mentions) {
      int start = Math.max(mention.offset(), cut) - cut;
      int end = mention.end() - cut;
      if (end > start) kept.add(new Mention(mention.type(), start, end - start, mention.ref()));
    }
    mentions.clear();
    mentions.addAll(kept);
    return m.group(1);
  }
}
