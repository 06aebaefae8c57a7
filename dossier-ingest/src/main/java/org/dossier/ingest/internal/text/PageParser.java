package org.dossier.ingest.internal.text;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.Issues;
import org.dossier.model.Document;
import org.dossier.model.Ids;
import org.dossier.model.Provenance;
import org.dossier.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * The layout parser for document pages, shared by the text and HTML importers.
 *
 * <p>A page is read top to bottom: chrome lines are dropped; the header (everything above
 * "Texte intégral"/"Full text", or above the first paragraph after the document line) gives the
 * edition title, editors, number, title, date and translator; the body is cut into units at
 * blank lines and read as numbered paragraphs ("2Gorbachev: …"), footnote previews ("• 1 … (...)",
 * dropped), the archival source line ("[Source: …]", numbered or not, never a paragraph), footnote
 * bodies ("1 The first …") and the copyright line. {@link Paragraphs} then finds speakers, the
 * headnote, note calls, editorial marks and hyphenation.
 *
 * <p>A page with no document line, no body marker and no paragraph numbers has no recognisable
 * structure: it becomes one document of plain paragraphs and an {@code unstructured} issue.
 *
 * <p>The document id is the lower-case slug of the edition title and the number
 * ({@code masterpieces-of-history-51}), {@code doc-51} when the page names no edition, else the
 * slug of the title (or of the file name). The language is {@code en} when at least 15 % of the
 * first 400 words are common English function words, else unknown. The participants are the
 * speakers, in order of first appearance. The type is guessed from the title ({@link DocTypes}),
 * else it is "letter" when a salutation or a closing ({@link Formulas}) shows correspondence.
 * A translator named only in the header becomes a source whose text is "Translated by NAME",
 * since the model keeps the translator on the source.
 */
public final class PageParser {
  private static final Pattern GLUED_NUMBER = Pattern.compile("(\\d{1,6})(?=[^\\d\\s])");
  private static final Pattern NOTE_BODY = Pattern.compile("(\\d{1,3})[.)]?\\s+(\\S.*)", Pattern.DOTALL);
  /**
   * A note body numbered from 1000 on: taken only as the next note after the previous one, since
   * "1989 was a hard year" is text. Before issue #15 such bodies were merged into note 999.
   */
  private static final Pattern LONG_NOTE_BODY = Pattern.compile("(\\d{4,6})[.)]?\\s+(\\S.*)", Pattern.DOTALL);
  private static final Pattern PREVIEW = Pattern.compile("[•·▪◦●]\\s*\\d{1,6}\\s.*", Pattern.DOTALL);
  private static final Pattern RIGHTS = Pattern.compile("(?:©|\\(c\\)\\s|(?i:copyright\\b)).*", Pattern.DOTALL);
  private static final Pattern SOURCE_START = Pattern.compile("\\[?\\s*(?:Source|Sources|Archival source)\\s*:.*");

  private PageParser() {}

  /**
   * Parses the lines of one page into a document.
   *
   * @param lines the page as lines (blank lines separate paragraphs)
   * @param file the source file name, for provenance and issues
   * @param format the importer's format name, for provenance
   * @param options the clock for provenance
   * @param issues where the issues go
   */
  public static Document parse(List<PageLine> lines, String file, String format, ImportOptions options, Issues issues) {
    int n = lines.size();
    boolean[] chrome = new boolean[n];
    int marker = -1;
    int docLine = -1;
    int firstNumbered = -1;
    for (int i = 0; i < n; i++) {
      String t = lines.get(i).text();
      if (t.isBlank()) continue;
      if (t.length() <= 120 ? Chrome.isChrome(t) : Chrome.hasChromePrefix(t)) {
        chrome[i] = true;
        if (marker < 0 && Chrome.isBodyMarker(t)) marker = i;
      } else if (docLine < 0 && marker < 0 && t.length() <= 400 && Header.isDocumentLine(t)) {
        docLine = i;
      } else if (firstNumbered < 0 && t.strip().startsWith("1") && GLUED_NUMBER.matcher(t.strip()).lookingAt()) {
        firstNumbered = i;
      }
    }
    int bodyStart = bodyStart(lines, chrome, marker, docLine, firstNumbered);
    Header header = header(lines, chrome, bodyStart);
    List<Unit> units = units(lines, chrome, bodyStart);
    Body body = classify(units, issues);
    boolean structured = marker >= 0 || docLine >= 0 || body.anyPrinted;
    Paragraphs paragraphs;
    if (structured) {
      paragraphs = Paragraphs.of(body.paras, body.notes, header.title() != null ? header.title() : stem(file),
          options.persons().isEmpty() ? Set.of() : Turns.surnames(options.persons()), issues);
    } else {
      paragraphs = Paragraphs.plain(units, plainTitle(units, file));
      issues.add("unstructured", units.isEmpty() ? 1 : units.get(0).line(), 1,
          "no recognisable page structure (no document line, no \"Full text\" marker, no paragraph numbers); imported as "
              + paragraphs.blocksCount() + " plain paragraphs", null);
    }
    String title = paragraphs.title();
    Source source = body.source;
    if (header.translator() != null) {
      source = source == null
          ? new Source("Translated by " + header.translator(), null, null, null, null, null, header.translator())
          : source.translator() == null
              ? new Source(source.text(), source.archive(), source.fond(), source.opis(), source.delo(), source.holding(),
                  header.translator())
              : source;
    }
    return Document.builder(id(header, title, file), title)
        .editionTitle(header.editionTitle())
        .number(header.number())
        .date(header.date())
        .type(structured ? DocTypes.fromTitle(title).orElse(paragraphs.correspondence() ? "letter" : null) : null)
        .language(paragraphs.looksEnglish() ? "en" : null)
        .participants(paragraphs.speakerNames())
        .editors(header.editors())
        .headnote(paragraphs.headnote())
        .paragraphs(paragraphs.body())
        .notes(paragraphs.notes())
        .source(source)
        .rights(body.rights)
        .provenance(new Provenance(file, format, Instant.now(options.clock()).toString()))
        .build();
  }

  private static int bodyStart(List<PageLine> lines, boolean[] chrome, int marker, int docLine, int firstNumbered) {
    if (marker >= 0) return marker + 1;
    if (docLine >= 0) {
      int i = docLine + 1;
      while (i < lines.size()) {
        String t = lines.get(i).text();
        if (!(t.isBlank() || chrome[i] || Dates.parse(t).isPresent() || SourceLine.translatorLine(t).isPresent())) break;
        i++;
      }
      return i;
    }
    return Math.max(firstNumbered, 0);
  }

  private static Header header(List<PageLine> lines, boolean[] chrome, int bodyStart) {
    List<String> texts = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    int group = 0;
    for (int i = 0; i < bodyStart; i++) {
      String t = lines.get(i).text();
      if (t.isBlank() || chrome[i]) {
        group++;
        continue;
      }
      texts.add(t);
      groups.add(group);
    }
    return Header.parse(texts, groups);
  }

  /** Cuts the body into units at blank lines and at lines that clearly start something new. */
  private static List<Unit> units(List<PageLine> lines, boolean[] chrome, int bodyStart) {
    List<Unit> units = new ArrayList<>();
    Unit current = null;
    for (int i = bodyStart; i < lines.size(); i++) {
      PageLine line = lines.get(i);
      if (line.isBlank() || chrome[i]) {
        current = null;
        continue;
      }
      String t = line.text().strip();
      boolean starts = current == null || Character.isDigit(t.charAt(0)) || PREVIEW.matcher(t).matches()
          || t.startsWith("[Source") || t.startsWith("©") || Labels.find(t).isPresent();
      if (starts) {
        current = new Unit(line);
        units.add(current);
      } else {
        current.append(line);
      }
    }
    return units;
  }

  /** What the body units are: paragraphs, the source line, note bodies, the rights line. */
  static final class Body {
    final List<Paragraphs.Para> paras = new ArrayList<>();
    final TreeMap<Integer, Paragraphs.NoteBody> notes = new TreeMap<>();
    @Nullable Source source;
    @Nullable String rights;
    boolean anyPrinted;
  }

  private static Body classify(List<Unit> units, Issues issues) {
    Body body = new Body();
    int expected = 1;
    int spacedUntil = spacedParagraphsEnd(units);
    Paragraphs.NoteBody lastNote = null;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      String t = u.text();
      char first = t.charAt(0);
      if ("•·▪◦●".indexOf(first) >= 0 && PREVIEW.matcher(t).matches()) continue;
      if ((first == '©' || first == '(' || first == 'C' || first == 'c') && RIGHTS.matcher(t).matches()) {
        if (body.rights == null) body.rights = t.strip();
        lastNote = null;
        continue;
      }
      int numberEnd = -1;
      int textStart = -1;
      if (first >= '0' && first <= '9') {
        Matcher glued = GLUED_NUMBER.matcher(t);
        Matcher spaced = i < spacedUntil ? NOTE_BODY.matcher(t) : null;
        if (glued.lookingAt()) {
          numberEnd = numberEnd(t, glued.end(1), expected);
          textStart = numberEnd;
        } else if (spaced != null && spaced.matches()) {
          numberEnd = spaced.end(1);
          textStart = spaced.start(2);
        }
      }
      if (numberEnd > 0) {
        int printed = Integer.parseInt(t.substring(0, numberEnd));
        String rest = t.substring(textStart);
        body.anyPrinted = true;
        lastNote = null;
        Optional<Source> source = SOURCE_START.matcher(rest).matches() ? SourceLine.parse(rest) : Optional.empty();
        if (source.isPresent() && body.source == null) {
          body.source = source.get();
          body.paras.add(Paragraphs.Para.consumed(u, printed));
        } else {
          body.paras.add(new Paragraphs.Para(u, printed, textStart));
        }
        expected = printed + 1;
        continue;
      }
      Matcher note = NOTE_BODY.matcher(t);
      if (!note.matches() && !body.notes.isEmpty() && first >= '1' && first <= '9') {
        Matcher longNote = LONG_NOTE_BODY.matcher(t);
        if (longNote.matches() && Integer.parseInt(longNote.group(1)) == body.notes.lastKey() + 1) note = longNote;
      }
      // Notes are numbered from 1: a line "0 …" is text, not the body of a note the model cannot hold.
      if (note.matches() && Integer.parseInt(note.group(1)) > 0) {
        int number = Integer.parseInt(note.group(1));
        if (body.notes.containsKey(number)) {
          issues.add("note", u.line(), 1, "a second body for note " + number + "; kept the first", null);
        } else {
          lastNote = new Paragraphs.NoteBody(number, note.group(2).strip(), u.line());
          body.notes.put(number, lastNote);
        }
        continue;
      }
      if (SOURCE_START.matcher(t).matches() && body.source == null) {
        body.source = SourceLine.parse(t).orElse(null);
        lastNote = null;
        continue;
      }
      if (lastNote != null) {
        lastNote.append(t.strip());
        continue;
      }
      // Below the rights line come the platform's citation and licence blocks, not the document.
      if (body.rights != null) continue;
      body.paras.add(new Paragraphs.Para(u, -1, 0));
    }
    return body;
  }

  /**
   * Pages copied without glued numbers print "2 Gorbachev: …", which looks like a note body.
   * When no paragraph number is glued, the spaced numbers up to where the numbering starts again
   * (the notes) are paragraph numbers; a single run is paragraphs when no unnumbered text comes
   * before it. Returns the index of the first unit past those paragraphs, or 0.
   */
  private static int spacedParagraphsEnd(List<Unit> units) {
    int previous = -1;
    boolean textBefore = false;
    boolean any = false;
    for (int i = 0; i < units.size(); i++) {
      String t = units.get(i).text();
      char first = t.charAt(0);
      if (first >= '0' && first <= '9' && GLUED_NUMBER.matcher(t).lookingAt()) return 0;
      if ("•·▪◦●©".indexOf(first) >= 0) continue;
      Matcher m = NOTE_BODY.matcher(t);
      if (first >= '0' && first <= '9' && m.matches()) {
        int n = Integer.parseInt(m.group(1));
        if (any && n <= previous) return textBefore ? 0 : i;
        previous = n;
        any = true;
      } else if (!any && !SOURCE_START.matcher(t).matches() && !RIGHTS.matcher(t).matches()) {
        textBefore = true;
      }
    }
    return any && !textBefore ? units.size() : 0;
  }

  /** Where a glued paragraph number ends: the expected number when the digits start with it, else all digits (at most 4). */
  private static int numberEnd(String t, int digitsEnd, int expected) {
    String e = Integer.toString(expected);
    if (digitsEnd > e.length() && t.startsWith(e)) return e.length();
    return Math.min(digitsEnd, 4);
  }

  private static String id(Header header, String title, String file) {
    String id;
    if (header.number() != null) {
      String base = header.editionTitle() != null ? slug(header.editionTitle(), "doc") : "doc";
      if (base.length() > 80) base = base.substring(0, 80).replaceAll("[-.]+$", "");
      id = base + "-" + slug(header.number(), "0");
    } else {
      id = slug(title, slug(stem(file), "document"));
      if (id.length() > 100) id = id.substring(0, 100).replaceAll("[-.]+$", "");
    }
    return id.toLowerCase(Locale.ROOT);
  }

  /**
   * The same rule as {@link Ids#slug}, written as one pass: diacritics dropped, every run of other
   * characters than ASCII letters and digits becomes one {@code -}, no {@code -} at either end.
   */
  static String slug(String text, String fallback) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(ascii.length());
    boolean dash = false;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (c < 128 && Character.isLetterOrDigit(c)) {
        if (dash && sb.length() > 0) sb.append('-');
        sb.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    String slug = sb.length() > 200 ? sb.substring(0, 200).replaceAll("-+$", "") : sb.toString();
    return slug.isEmpty() ? fallback : Ids.requireUrlSafe(slug, "slug");
  }

  private static String stem(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    String name = file.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String plainTitle(List<Unit> units, String file) {
    if (units.isEmpty()) return stem(file);
    String first = units.get(0).text();
    int nl = first.indexOf(". ");
    String t = nl > 0 && nl < 100 ? first.substring(0, nl) : first;
    if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
    if (t.codePointCount(0, t.length()) <= 100) return t;
    int cut = t.lastIndexOf(' ', t.offsetByCodePoints(0, 80));
    return t.substring(0, cut > 20 ? cut : t.offsetByCodePoints(0, 80)) + "…";
  }
}
