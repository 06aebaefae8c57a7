package org.dossier.ingest.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.DocDate;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a page above the document text: the edition title, the editors (lines of
 * person names right above the document line, or an "Edited by" line), "Document No. N: Title"
 * (with the date at the end of the line as a variant), the date line and translator lines.
 *
 * @param editionTitle the edition or volume title, or null
 * @param editors the editors in the order printed
 * @param number the document number as printed, or null
 * @param title the title without its number prefix, or null when the page has no title line
 * @param date the date, or null
 * @param translator the translator a header line names, or null
 */
record Header(
    @Nullable String editionTitle, List<String> editors, @Nullable String number, @Nullable String title,
    @Nullable DocDate date, @Nullable String translator) {

  private static final Pattern DOC_LINE = Pattern.compile(
      "(?:(?i:document|doc\\.|dokument)\\s*(?:(?i:no|nr|n°|number|num)\\.?|#)?|(?i:no\\.|n°))\\s*"
          + "(\\d{1,5}[A-Za-z]?)\\s*[:.–—-]\\s*(\\S.*)");
  private static final String NAME_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+|\\p{Lu}\\.)";
  private static final Pattern NAME = Pattern.compile(
      NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|de|von|van|der|den|da|di|du|la|le|bin))*\\s+\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+"
          + "(?:,?\\s+(?:Jr\\.|Sr\\.|II|III))?");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bet\\b)\\s*");
  private static final Pattern EDITED_BY = Pattern.compile("(?i:edited by|éditeurs?\\s*:|editors?\\s*:|sous la direction de)\\s+(.+)");

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
    return false;
  }

  /** Whether {@code line} is "Document No. N: Title". */
  static boolean isDocumentLine(String line) {
    return DOC_LINE.matcher(line.strip()).matches();
  }

  /** The names on {@code line} when it holds nothing but person names ("A B", "A B, C D and E F"). */
  static Optional<List<String>> names(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 120) return Optional.empty();
    List<String> names = new ArrayList<>();
    for (String part : NAME_SEPARATORS.split(t)) {
      if (part.isBlank()) continue;
      if (part.length() > 60 || !NAME.matcher(part).matches()) return Optional.empty();
      names.add(part.strip());
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  /**
   * Reads the header lines (chrome and blank lines already left out).
   *
   * @param lines the header lines, in order
   * @param groups for each line, the number of the blank-line-separated group it belongs to
   */
  static Header parse(List<String> lines, List<Integer> groups) {
    String number = null;
    String title = null;
    DocDate date = null;
    String translator = null;
    List<String> editors = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    int docLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher doc = DOC_LINE.matcher(line);
      Matcher edited = EDITED_BY.matcher(line);
      Optional<DocDate> d;
      Optional<String> tr;
      if (docLine < 0 && doc.matches()) {
        docLine = i;
        number = doc.group(1);
        title = doc.group(2).strip();
        Optional<Dates.Trailing> trailing = Dates.trailing(title);
        if (trailing.isPresent()) {
          title = trailing.get().title();
          date = trailing.get().date();
        }
      } else if (date == null && hasDigit(line) && (d = Dates.parse(line)).isPresent()) {
        date = d.get();
      } else if (translator == null && (tr = SourceLine.translatorLine(line)).isPresent()) {
        translator = tr.get();
      } else if (edited.matches() && names(edited.group(1)).isPresent()) {
        editors.addAll(names(edited.group(1)).get());
      } else {
        others.add(i);
      }
    }
    List<Optional<List<String>>> names = new ArrayList<>();
    for (String line : lines) names.add(docLine < 0 ? Optional.empty() : names(line));
    List<Integer> before = new ArrayList<>();
    for (int i : others) if (docLine < 0 || i < docLine) before.add(i);
    List<Integer> run = new ArrayList<>();
    if (docLine >= 0) {
      for (int k = before.size() - 1; k >= 0 && names.get(before.get(k)).isPresent(); k--) run.add(0, before.get(k));
      // A lone first line in its own group above a block of names is the edition title, not an editor.
      if (run.size() >= 2 && run.size() == before.size() && !groups.get(run.get(0)).equals(groups.get(run.get(1)))) {
        run.remove(0);
      }
      if (editors.isEmpty()) for (int i : run) editors.addAll(names.get(i).get());
    }
    List<Integer> rest = new ArrayList<>(before);
    rest.removeAll(run);
    String editionTitle = null;
    if (docLine >= 0) {
      if (!rest.isEmpty()) editionTitle = lines.get(rest.get(0)).strip();
    } else if (rest.size() >= 2) {
      editionTitle = lines.get(rest.get(0)).strip();
      title = lines.get(rest.get(rest.size() - 1)).strip();
    } else if (rest.size() == 1) {
      title = lines.get(rest.get(0)).strip();
    }
    return new Header(editionTitle, List.copyOf(editors), number, title, date, translator);
  }
}
