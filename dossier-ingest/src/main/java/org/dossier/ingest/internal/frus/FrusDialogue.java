package org.dossier.ingest.internal.frus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Speaker turns printed as dialogue in a document's paragraphs ("Secretary: … / Ambassador: …",
 * one paragraph per line or lines of one paragraph): a paragraph or printed line that opens with a
 * label and a colon is a turn of that speaker when turns alternate (a labelled line next to one with
 * another label) or when the label is a person of the register ({@code persName/@corresp}). A
 * paragraph whose lines are turns is split at its line breaks. The label leaves the text; marks,
 * mentions and note calls move with the words. Salutations ("Sir:", "My Lord:") and headings
 * ("Subject:", "Note:") are never speakers.
 */
final class FrusDialogue {
  /** A label: up to five capitalised words (initials, "The President", "Mr. Adams"), then a colon. */
  private static final Pattern LABEL =
      Pattern.compile("^(\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?: [\\p{L}\\p{M}.'’\\-]+){0,4}):\\s+(?=\\S)");
  private static final Set<String> NOT_SPEAKERS = Set.of("sir", "sirs", "gentlemen", "madam", "madame",
      "excellency", "your excellency", "my lord", "my dear sir", "dear sir", "monsieur", "note", "notes",
      "subject", "subjects", "participants", "summary", "source", "enclosure", "attachment", "reference",
      "references", "ref", "action", "info", "date", "time", "place", "copy", "text", "begin text", "end text",
      "to", "from", "via", "cc", "p.s", "ps", "postscript", "nb", "n.b");

  private record Piece(Block block, int start, int end, @Nullable String label, int cut, @Nullable String ref) {}

  /** The body and notes after dialogue. */
  record Result(List<Block> body, List<Note> notes) {}

  private FrusDialogue() {}

  /**
   * Finds the turns in {@code body} (numbered after {@code headnoteSize} headnote blocks).
   *
   * @param lines for body blocks with line breaks, the offsets where their lines start
   */
  static Result apply(int headnoteSize, List<Block> body, List<Note> notes, Map<Integer, List<Integer>> lines) {
    List<List<Piece>> perBlock = new ArrayList<>();
    boolean any = false;
    for (Block b : body) {
      List<Piece> pieces = pieces(b, lines.getOrDefault(b.n(), List.of()));
      for (Piece p : pieces) any |= p.label() != null;
      perBlock.add(pieces);
    }
    if (!any) return new Result(body, notes);
    List<Piece> flat = new ArrayList<>();
    perBlock.forEach(flat::addAll);
    Set<String> speakers = new HashSet<>();
    for (int i = 1; i < flat.size(); i++) {
      String a = flat.get(i - 1).label();
      String b = flat.get(i).label();
      if (a != null && b != null && !a.equals(b)) {
        speakers.add(a);
        speakers.add(b);
      }
    }
    List<Block> out = new ArrayList<>();
    List<Note> outNotes = new ArrayList<>();
    for (Note n : notes) if (n.paragraph() == null || n.paragraph() <= headnoteSize) outNotes.add(n);
    int number = headnoteSize;
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      List<Piece> pieces = perBlock.get(i);
      boolean split = pieces.size() > 1 && pieces.stream().filter(p -> turn(p, speakers)).count() >= 1;
      if (!split) pieces = List.of(whole(pieces, b));
      for (int k = 0; k < pieces.size(); k++) {
        Piece p = pieces.get(k);
        int n = ++number;
        boolean isTurn = turn(p, speakers);
        int cut = isTurn ? p.cut() : 0;
        out.add(block(p, n, cut, isTurn ? new Speaker(p.label(), null, p.ref(), null) : null));
        for (Note note : notes) {
          if (note.paragraph() == null || note.paragraph() != b.n() || pieceOf(pieces, note.offset()) != k) continue;
          int length = Math.max(0, p.end() - p.start() - cut);
          int at = Math.max(0, Math.min(note.offset() - p.start() - cut, length));
          outNotes.add(new Note(note.n(), n, at, note.text(), note.mentions()));
        }
      }
    }
    outNotes.sort((x, y) -> Integer.compare(x.n(), y.n()));
    return new Result(out, outNotes);
  }

  /** The piece a call at {@code offset} follows: the last that starts before it (a call at a line break ends the line). */
  private static int pieceOf(List<Piece> pieces, int offset) {
    int k = 0;
    while (k + 1 < pieces.size() && pieces.get(k + 1).start() < offset) k++;
    return k;
  }

  private static boolean turn(Piece p, Set<String> speakers) {
    return p.label() != null && (p.ref() != null || speakers.contains(p.label()));
  }

  private static Piece whole(List<Piece> pieces, Block b) {
    Piece first = pieces.get(0);
    return new Piece(b, 0, b.length(), first.label(), first.cut(), first.ref());
  }

  /** The block's lines (one piece when it has no line breaks), each with the label it opens with. */
  private static List<Piece> pieces(Block b, List<Integer> lineStarts) {
    List<Piece> out = new ArrayList<>();
    if (b.kind() != BlockKind.PARAGRAPH || (lineStarts.isEmpty() && !mayOpenWithLabel(b.text()))) {
      out.add(new Piece(b, 0, b.length(), null, 0, null));
      return out;
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int s : lineStarts) if (s > starts.get(starts.size() - 1) && s < b.length()) starts.add(s);
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1) : b.length();
      String text = b.span(start, end);
      int trimmed = text.stripTrailing().codePointCount(0, text.stripTrailing().length());
      end = start + trimmed;
      out.add(labelled(b, start, end, text));
    }
    return out;
  }

  /** A cheap test before the pattern: an upper-case letter first and a colon soon after. */
  private static boolean mayOpenWithLabel(String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) return false;
    int colon = text.indexOf(':');
    return colon > 0 && colon < 80;
  }

  private static Piece labelled(Block b, int start, int end, String text) {
    Matcher m = LABEL.matcher(text);
    if (!m.lookingAt()) return new Piece(b, start, end, null, 0, null);
    String label = m.group(1);
    if (NOT_SPEAKERS.contains(label.toLowerCase(Locale.ROOT).replaceAll("[.:]+$", "")) || label.startsWith("Dear ")) {
      return new Piece(b, start, end, null, 0, null);
    }
    int labelEnd = start + label.codePointCount(0, label.length());
    String ref = null;
    for (Mention mention : b.mentions()) {
      if (mention.type() == MentionType.PERSON && mention.offset() <= start + 1 && mention.end() >= labelEnd - 1
          && mention.end() <= labelEnd + 1) {
        ref = mention.ref();
      }
    }
    return new Piece(b, start, end, label, text.codePointCount(0, m.end()), ref);
  }

  /** The piece as a block: its span less the label ({@code cut} code points), marks and mentions moved. */
  private static Block block(Piece p, int n, int cut, @Nullable Speaker speaker) {
    Block b = p.block();
    int from = p.start() + cut;
    int to = Math.max(from, p.end());
    List<Mark> marks = new ArrayList<>();
    String page = b.page();
    for (Mark m : b.marks()) {
      if (m.type() == MarkType.PAGE_BREAK && m.offset() <= p.start() && p.start() > 0) {
        page = m.text().isEmpty() ? null : m.text();
      }
      int s = Math.max(m.offset(), from);
      int e = Math.min(m.end(), to);
      boolean inside = m.length() == 0 ? m.offset() >= from && m.offset() <= to && (m.offset() > p.start() || p.start() == 0)
          : e > s;
      if (inside) marks.add(new Mark(m.type(), s - from, e - s, m.text(), m.lang()));
    }
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : b.mentions()) {
      int s = Math.max(m.offset(), from);
      int e = Math.min(m.end(), to);
      if (e > s) mentions.add(new Mention(m.type(), s - from, e - s, m.ref()));
    }
    return new Block(n, b.kind(), speaker, b.span(from, to), marks, mentions, page);
  }
}
