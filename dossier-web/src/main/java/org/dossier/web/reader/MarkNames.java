package org.dossier.web.reader;

import java.util.Locale;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;

/** What each kind of editorial mark means, in words a reader understands. */
final class MarkNames {
  private MarkNames() {}

  /** The explanation of one mark, shown on hover and focus. */
  static String explain(Mark m) {
    return switch (m.type()) {
      case SUPPLIED -> "Supplied by the editors";
      case OMISSION -> m.text().isBlank() ? "Passage omitted by the editors" : "Omitted: " + m.text();
      case SIC -> "Thus in the original";
      case FOREIGN -> "Original wording" + language(m.lang());
      case EVENT -> "In the room, not speech: " + m.text();
      case COMMENT -> "The transcriber's note: " + m.text();
      case PAGE_BREAK -> "Page " + m.text() + " of the printed volume begins here";
      case MARGIN -> "Printed in the margin of the source";
      case ITALIC -> "Italics in the source";
    };
  }

  /** The legend entry for a kind of mark. */
  static String legend(MarkType type) {
    return switch (type) {
      case SUPPLIED -> "words supplied by the editors";
      case OMISSION -> "passage omitted by the editors (or illegible in the source)";
      case SIC -> "thus in the original";
      case FOREIGN -> "wording of the original language, kept in the translation";
      case EVENT -> "what happened in the room during a speech (applause, interruptions, noise), not speech";
      case COMMENT -> "a note of the transcriber or the corpus's editors";
      case PAGE_BREAK -> "the start of a page of the printed volume";
      case MARGIN -> "a note printed in the margin of the source";
      case ITALIC -> "italics of the source";
    };
  }

  private static String language(@org.jspecify.annotations.Nullable String lang) {
    if (lang == null) return "";
    Locale l = Locale.forLanguageTag(lang);
    String name = l.getDisplayLanguage(Locale.ENGLISH);
    if (name.isEmpty()) return "";
    return " in " + name + ("Latn".equals(l.getScript()) && !"en".equals(l.getLanguage()) ? ", transliterated" : "");
  }
}
