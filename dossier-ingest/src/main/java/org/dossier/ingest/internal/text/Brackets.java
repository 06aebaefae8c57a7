package org.dossier.ingest.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;

/**
 * Classifies editorial brackets in a paragraph's reading text.
 *
 * <ul>
 *   <li>{@code […]}, {@code [...]}, {@code [. . .]}, {@code [illegible]}: an omission;
 *   <li>{@code [sic]}, {@code [sic!]}: sic;
 *   <li>a phrase of lower-case words that are not English, such as {@code [prosto tak]}: original
 *       wording kept in the translation (foreign, {@code ru-Latn});
 *   <li>anything else ({@code [Kurt]}, {@code [And]}, {@code [tied up]}, {@code [rubles]}): text
 *       the editors supplied.
 * </ul>
 *
 * <p>The foreign test is a heuristic, on purpose simple and explainable: every word must be
 * lower-case letters; a word counts as English when it, or its stem without a common suffix
 * (-s, -es, -ed, -ing, -ly, -'s), is in {@link EnglishWords}. The phrase is foreign when no word
 * is English and either it has two or more words or its one word looks transliterated from
 * Russian (zh, kh, shch, ts, a final -o, -y, -iy, -aya, -ogo, -ost…). A single unknown word with
 * no such trait is taken as supplied English, since editors supply far more words than they keep
 * in the original. The language is {@code ru-Latn}: romanised Russian is what these editions keep.
 */
final class Brackets {
  private static final Pattern OMISSION = Pattern.compile(
      "[.…\\s]+|(?i:illegible|unclear|gap|omission|omitted|passage omitted|text missing|words? missing)");
  private static final Pattern SIC = Pattern.compile("(?i:sic)!?");
  private static final Pattern LOWER_WORDS = Pattern.compile("[\\p{Ll}'’\\-]+(?:\\s+[\\p{Ll}'’\\-]+)*");
  private static final Pattern RUSSIAN_TRAITS = Pattern.compile(
      ".*(?:zh|kh|shch|tsy|ts[aeiou]|yu|ya|iy$|yy$|aya$|oye$|ogo$|ost$|nost|ovat|ovich|evich|o$|y$|i$).*");

  private Brackets() {}

  /** The marks of {@code text}, in order, with code-point offsets of the printed spans. */
  static List<Mark> marks(String text) {
    if (text.indexOf('[') < 0) return List.of();
    List<Mark> marks = new ArrayList<>();
    // Scans by hand for "[…]" without nested brackets or line ends, at most 300 chars inside.
    for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
      int close = open + 1;
      while (close < text.length() && close - open <= 301) {
        char c = text.charAt(close);
        if (c == ']' || c == '[' || c == '\n') break;
        close++;
      }
      if (close >= text.length() || text.charAt(close) != ']' || close == open + 1 || close - open > 301) continue;
      String inside = text.substring(open + 1, close);
      int offset = text.codePointCount(0, open);
      int length = text.codePointCount(open, close + 1);
      String in = inside.strip();
      MarkType type;
      String lang = null;
      if (OMISSION.matcher(in).matches()) {
        type = MarkType.OMISSION;
      } else if (SIC.matcher(in).matches()) {
        type = MarkType.SIC;
      } else if (isForeign(in)) {
        type = MarkType.FOREIGN;
        lang = "ru-Latn";
      } else {
        type = MarkType.SUPPLIED;
      }
      marks.add(new Mark(type, offset, length, inside, lang));
    }
    return marks;
  }

  /** Whether {@code phrase} is original-language wording; see the class comment. */
  static boolean isForeign(String phrase) {
    if (!LOWER_WORDS.matcher(phrase).matches()) return false;
    String[] words = phrase.split("\\s+");
    for (String w : words) if (isEnglish(w)) return false;
    if (words.length >= 2) return true;
    return words[0].length() <= 40 && RUSSIAN_TRAITS.matcher(words[0].toLowerCase(Locale.ROOT)).matches();
  }

  private static boolean isEnglish(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
    if (EnglishWords.contains(w)) return true;
    for (String suffix : new String[] {"s", "es", "ed", "d", "ing", "ly", "er", "est"}) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)
          && EnglishWords.contains(w.substring(0, w.length() - suffix.length()))) {
        return true;
      }
    }
    if (w.contains("-")) {
      for (String part : w.split("-")) if (!part.isEmpty() && !isEnglish(part)) return false;
      return true;
    }
    return false;
  }
}
