package org.dossier.ingest.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dossier.ingest.Issues;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Note;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Turns the paragraph units of a page into blocks: block numbers (printed ones kept, a restart
 * renumbered so numbers stay unique), speaker turns (a paragraph without a label continues the
 * current speaker), the headnote, note calls (removed from the text, kept as positions),
 * editorial marks, and the issues found on the way (numbering, notes, hyphenation).
 *
 * <p>The headnote is the first one or two paragraphs before the first speaker label when they
 * read as editorial: they speak of "these notes", "this document", "the editors" and the like, or
 * name, in the third person, someone who speaks later.
 */
final class Paragraphs {
  private static final Pattern SPACES = Pattern.compile("\\s{2,}");
  private static final Pattern EDITORIAL = Pattern.compile(
      "(?i)\\b(?:these notes|this document|this record|this memorandum|this memo|this conversation|this text"
          + "|this transcript|this letter|this telegram|this report|this meeting|the editors|document no\\.)");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "and", "of", "to", "a", "in", "is", "that", "it", "we", "not", "for", "with", "are", "be", "this", "on",
      "they", "have", "was", "will", "our", "you", "he", "but", "as", "by", "at");

  /** A paragraph unit: where its text starts after the printed number, and what it becomes. */
  static final class Para {
    final Unit unit;
    final int printed;
    final int start;
    final boolean consumed;
    int n;
    String text = "";
    @Nullable Speaker speaker;
    boolean labelled;
    BlockKind kind = BlockKind.PARAGRAPH;
    boolean salutation;

    Para(Unit unit, int printed, int start) {
      this(unit, printed, start, false);
    }

    private Para(Unit unit, int printed, int start, boolean consumed) {
      this.unit = unit;
      this.printed = printed;
      this.start = start;
      this.consumed = consumed;
    }

    /** A numbered unit that is not a paragraph (the source line) but takes part in the numbering. */
    static Para consumed(Unit unit, int printed) {
      return new Para(unit, printed, 0, true);
    }
  }

  /** A footnote body from the end of the page; hard-wrapped or multi-paragraph bodies are appended. */
  static final class NoteBody {
    final int n;
    final int line;
    private String text;

    NoteBody(int n, String text, int line) {
      this.n = n;
      this.text = text;
      this.line = line;
    }

    void append(String more) {
      text = text + " " + more;
    }
  }

  private final List<Block> headnote = new ArrayList<>();
  private final List<Block> body = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private final Set<String> speakers = new LinkedHashSet<>();
  private boolean english;
  private boolean correspondence;
  private String title;

  private Paragraphs(String title) {
    this.title = title;
  }

  /** Paragraphs of a page with no structure: one block per unit, numbered from 1. */
  static Paragraphs plain(List<Unit> units, String title) {
    Paragraphs p = new Paragraphs(title);
    int n = 1;
    List<String> texts = new ArrayList<>();
    for (Unit u : units) {
      String text = collapse(u.text());
      texts.add(text);
      p.body.add(Block.paragraph(n++, text));
    }
    p.english = looksEnglish(texts);
    return p;
  }

  /** Paragraphs of a structured page; see the class comment. */
  static Paragraphs of(List<Para> units, TreeMap<Integer, NoteBody> noteBodies, String title, Set<String> surnames,
      Issues issues) {
    Paragraphs p = new Paragraphs(title);
    List<Para> paras = merge(units, issues);
    number(paras, issues);
    List<Para> real = new ArrayList<>();
    for (Para para : paras) if (!para.consumed) real.add(para);
    speak(real, surnames);
    for (Para para : real) if (para.speaker != null) p.speakers.add(para.speaker.name());
    p.correspondence = real.stream().anyMatch(x -> x.salutation || x.kind == BlockKind.CLOSER);
    int headnoteSize = headnoteSize(real, p.speakers);
    p.calls(real, noteBodies, issues);
    hyphenation(real, issues);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < real.size(); i++) {
      Para para = real.get(i);
      texts.add(para.text);
      Block b = new Block(para.n, para.kind, i < headnoteSize ? null : para.speaker, para.text,
          Brackets.marks(para.text), List.of());
      (i < headnoteSize ? p.headnote : p.body).add(b);
    }
    p.english = looksEnglish(texts);
    return p;
  }

  /** In a numbered page, a paragraph without a number is joined to the one before it (or after it, at the start). */
  private static List<Para> merge(List<Para> units, Issues issues) {
    boolean numbered = units.stream().anyMatch(u -> u.printed >= 0);
    List<Para> out = new ArrayList<>();
    String pending = null;
    for (Para u : units) {
      String text = u.consumed ? "" : u.unit.text().substring(u.start).strip();
      if (numbered && u.printed < 0) {
        Para prev = out.isEmpty() ? null : out.get(out.size() - 1);
        if (prev != null && !prev.consumed) {
          prev.text = prev.text + " " + text;
          issues.add("numbering", u.unit.line(), 1,
              "a paragraph without a number; joined to paragraph " + prev.printed, null);
        } else {
          pending = pending == null ? text : pending + " " + text;
          issues.add("numbering", u.unit.line(), 1,
              "a paragraph without a number; joined to the next numbered paragraph", null);
        }
        continue;
      }
      u.text = pending == null ? text : pending + " " + text;
      pending = null;
      out.add(u);
    }
    return out;
  }

  /** Keeps printed numbers; reports skips; renumbers after a restart so that numbers stay unique. */
  private static void number(List<Para> paras, Issues issues) {
    int last = 0;
    int lastPrinted = 0;
    int delta = 0;
    for (Para p : paras) {
      if (p.printed < 0) {
        p.n = ++last;
        continue;
      }
      int n = p.printed + delta;
      if (n <= last) {
        delta = last + 1 - p.printed;
        n = last + 1;
        issues.add("numbering", p.unit.line(), 1, "paragraph numbering restarts at " + p.printed + " after "
            + lastPrinted + "; renumbered from " + n + " so that every paragraph has its own number", null);
      } else if (n > last + 1) {
        issues.add("numbering", p.unit.line(), 1, last == 0
            ? "paragraph numbering starts at " + p.printed
            : "paragraph numbers skip from " + lastPrinted + " to " + p.printed, null);
      }
      p.n = n;
      last = n;
      lastPrinted = p.printed;
    }
  }

  /**
   * Finds the speaker turns ({@link Turns}): a speaker's label leaves the text and names the turn,
   * which unlabelled paragraphs continue. A salutation stays in its paragraph (an opener when it
   * is all the paragraph holds); a closing and the signature lines below it are closers and end
   * the turn.
   */
  private static void speak(List<Para> paras, Set<String> surnames) {
    List<Labels.@Nullable Found> labels = new ArrayList<>(paras.size());
    for (Para p : paras) labels.add(Labels.find(p.text).orElse(null));
    Turns.Role[] roles = Turns.classify(labels, surnames);
    Speaker current = null;
    boolean closing = false;
    for (int i = 0; i < paras.size(); i++) {
      Para p = paras.get(i);
      Labels.Found found = labels.get(i);
      if (roles[i] == Turns.Role.SPEAKER) {
        current = found.speaker();
        p.text = p.text.substring(found.end()).strip();
        p.labelled = true;
        closing = false;
      } else if (roles[i] == Turns.Role.SALUTATION) {
        p.salutation = true;
        if (p.text.substring(found.end()).isBlank()) p.kind = BlockKind.OPENER;
      } else if (roles[i] == null && Formulas.isClosing(p.text)) {
        closing = true;
      } else if (!(closing && roles[i] == null && Formulas.isSignature(p.text))) {
        closing = false;
      }
      if (closing) {
        p.kind = BlockKind.CLOSER;
        current = null;
      }
      p.speaker = current;
      p.text = collapse(p.text);
    }
  }

  private static int headnoteSize(List<Para> paras, Set<String> speakers) {
    int size = 0;
    // A salutation opens the writer's own text: what follows it is never the editors'.
    while (size < Math.min(2, paras.size()) && !paras.get(size).labelled && !paras.get(size).salutation && editorial(paras.get(size).text, speakers)) {
      size++;
    }
    return size;
  }

  private static boolean editorial(String text, Set<String> speakers) {
    if (EDITORIAL.matcher(text).find()) return true;
    for (String s : speakers) {
      String last = s.substring(s.lastIndexOf(' ') + 1);
      if (Pattern.compile("\\b" + Pattern.quote(last) + "\\b").matcher(text).find()) return true;
    }
    return false;
  }

  /** Finds each note's call in note order, removes its digits and records its place. */
  private void calls(List<Para> paras, TreeMap<Integer, NoteBody> bodies, Issues issues) {
    int pi = 0;
    int pos = 0;
    for (NoteBody nb : bodies.values()) {
      int[] at = findCall(paras, nb.n, pi, pos);
      if (at == null) at = findCall(paras, nb.n, 0, 0);
      if (at == null) {
        String t = titleWithoutCall(nb.n);
        if (t != null) {
          title = t;
          notes.add(new Note(nb.n, null, 0, nb.text));
        } else {
          notes.add(new Note(nb.n, null, 0, nb.text));
          issues.add("note", nb.line, 1, "no call for note " + nb.n + " in the text; kept without a call place", null);
        }
        continue;
      }
      Para p = paras.get(at[0]);
      int len = Integer.toString(nb.n).length();
      p.text = p.text.substring(0, at[1]) + p.text.substring(at[1] + len);
      int offset = p.text.codePointCount(0, at[1]);
      // Found by searching again from the top, the call may stand before calls already placed in
      // this paragraph: removing its digits moves them back.
      notes.replaceAll(o -> o.paragraph() != null && o.paragraph() == p.n && o.offset() > offset
          ? new Note(o.n(), o.paragraph(), o.offset() - len, o.text()) : o);
      notes.add(new Note(nb.n, p.n, offset, nb.text));
      pi = at[0];
      pos = at[1];
    }
    for (Para p : paras) strayCalls(p, bodies, issues);
  }

  /**
   * Reports digits glued to the end of a word of at least three lower-case letters ("years3")
   * when the page has no note of that number. Scans by hand: a regex with a look-behind at every
   * position was the slowest part of an import.
   */
  private static void strayCalls(Para p, TreeMap<Integer, NoteBody> bodies, Issues issues) {
    String t = p.text;
    int n = t.length();
    for (int i = 3; i < n; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9' || !Character.isLowerCase(t.charAt(i - 1))) continue;
      if (!Character.isLowerCase(t.charAt(i - 2)) || !Character.isLowerCase(t.charAt(i - 3))) continue;
      int end = i;
      while (end < n && end - i < 3 && t.charAt(end) >= '0' && t.charAt(end) <= '9') end++;
      if (end - i > 2 || end < n && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '-')) {
        i = end;
        continue;
      }
      int number = Integer.parseInt(t.substring(i, end));
      if (!bodies.containsKey(number)) {
        issues.add("note", p.unit.line(), 1, "'" + t.substring(Math.max(0, i - 12), end)
            + "' looks like a call of note " + number + ", but the page has no note " + number, null);
      }
      i = end;
    }
  }

  private static int @Nullable [] findCall(List<Para> paras, int n, int fromPara, int fromPos) {
    for (int i = fromPara; i < paras.size(); i++) {
      int at = NoteCalls.find(paras.get(i).text, n, i == fromPara ? fromPos : 0);
      if (at >= 0) return new int[] {i, at};
    }
    return null;
  }

  private @Nullable String titleWithoutCall(int n) {
    String digits = Integer.toString(n);
    if (title.endsWith(digits) && NoteCalls.find(title, n, title.length() - digits.length()) >= 0) {
      return title.substring(0, title.length() - digits.length());
    }
    return null;
  }

  /**
   * Reports words split by a print hyphen ("per-estroika") when the whole word occurs elsewhere
   * in the document. Real compounds ("reform-oriented") are left alone because their parts never
   * occur joined. Scans for hyphens by hand and looks each joined word up in the lower-cased
   * text, which is much faster than a regex over every word.
   */
  private static void hyphenation(List<Para> paras, Issues issues) {
    for (Para p : paras) {
      String raw = p.unit.text();
      for (int h = raw.indexOf('-'); h >= 0; h = raw.indexOf('-', h + 1)) {
        int start = h;
        while (start > 0 && Character.isLetter(raw.charAt(start - 1))) start--;
        int end = h + 1;
        while (end < raw.length() && Character.isLowerCase(raw.charAt(end))) end++;
        if (start == h || end == h + 1) continue;
        if (start > 0 && raw.charAt(start - 1) == '-' || end < raw.length() && (raw.charAt(end) == '-'
            || Character.isLetter(raw.charAt(end)))) {
          continue;
        }
        String left = raw.substring(start, h);
        if (!left.substring(1).equals(left.substring(1).toLowerCase(Locale.ROOT))) continue;
        String repair = left + raw.substring(h + 1, end);
        if (!occurs(paras, repair)) continue;
        int[] place = p.unit.place(start);
        issues.add("hyphenation", place[0], place[1], "'" + raw.substring(start, end)
            + "' looks like a print hyphenation left in the word '" + repair + "', which occurs elsewhere in the document",
            repair);
      }
    }
  }

  /** Whether {@code word} occurs as a whole word in some paragraph, lower-case or capitalised. */
  private static boolean occurs(List<Para> paras, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String capital = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    for (Para p : paras) if (containsWord(p.text, lower) || containsWord(p.text, capital)) return true;
    return false;
  }

  private static boolean containsWord(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text reads as English: at least 15 % function words among the first 400 words. */
  private static boolean looksEnglish(List<String> texts) {
    int total = 0;
    int function = 0;
    for (String t : texts) {
      int i = 0;
      int n = t.length();
      while (i < n && total < 400) {
        while (i < n && !Character.isLetter(t.charAt(i))) i++;
        int start = i;
        while (i < n && Character.isLetter(t.charAt(i))) i++;
        if (i == start) break;
        total++;
        if (i - start <= 4 && FUNCTION_WORDS.contains(t.substring(start, i).toLowerCase(Locale.ROOT))) function++;
      }
    }
    return total >= 20 && function * 100 >= total * 15;
  }

  private static String collapse(String text) {
    String t = text.strip();
    return t.contains("  ") || t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0 ? SPACES.matcher(t.replace('\t', ' ').replace('\n', ' ')).replaceAll(" ") : t;
  }

  List<Block> headnote() {
    return headnote;
  }

  List<Block> body() {
    return body;
  }

  List<Note> notes() {
    return notes;
  }

  List<String> speakerNames() {
    return List.copyOf(speakers);
  }

  /** Whether the page opens with a salutation or ends with a closing, as letters, despatches and telegrams do. */
  boolean correspondence() {
    return correspondence;
  }

  boolean looksEnglish() {
    return english;
  }

  String title() {
    return title;
  }

  int blocksCount() {
    return headnote.size() + body.size();
  }
}
