package org.dossier.ingest.internal.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The set phrases that open and close letters, despatches and telegrams: a salutation ("Sir:",
 * "My Lord:", "Dear Mr. Secretary:", "Excellency:", "Monsieur le Ministre:", "Уважаемый …:") looks
 * like a speaker label but is the letter's own text, and so is a closing ("I have the honor to
 * be, Sir, your obedient servant,", "Respectfully yours,", "Sincerely,") with the signature below
 * it.
 *
 * <p>Greetings come in two strengths. Words that only ever greet ("Sir", "Dear", "Excellency",
 * "Gentlemen", "Cher", "Уважаемый" …) make a salutation wherever they stand. Honorifics that may
 * also name a speaker ("Mr. President", "Monsieur Dupont", "Herr Minister", "Господин посол") make
 * one only as the first label of a page and when they are not used again.
 */
final class Formulas {
  /** Words that are a whole greeting on their own ("Sir:", "Gentlemen:", "Excellency:"). */
  private static final Set<String> GREETINGS = Set.of(
      "sir", "sirs", "madam", "excellency", "excellencies", "gentlemen", "messieurs", "mesdames", "mesdemoiselles",
      "excellence", "exzellenz", "eccellenza", "excelencia", "excelentísimo");
  /**
   * First words that open a greeting to someone named after them ("Dear Mr. Secretary:", "Cher
   * collègue:", "Уважаемый Михаил Сергеевич:"); alone they may be a name ("Gentile", "Caro").
   */
  private static final Set<String> GREETING_WORDS = Set.of(
      "dear", "dearest", "ladies", "cher", "chère", "chers", "chères", "lieber", "liebe", "liebes", "sehr",
      "hochverehrter", "hochverehrte", "verehrter", "verehrte", "уважаемый", "уважаемая", "уважаемые",
      "многоуважаемый", "многоуважаемая", "глубокоуважаемый", "глубокоуважаемая", "дорогой", "дорогая", "дорогие",
      "милостивый", "милостивая", "ваше", "estimado", "estimada", "estimados", "querido", "querida", "caro", "cara",
      "cari", "egregio", "gentile", "gentilissimo", "illustrissimo", "szanowny", "szanowna", "szanowni", "vážený",
      "vážená", "vážení", "geachte", "beste", "kære", "bästa");
  /** Two-word greetings whose first word alone is not one ("My Lord", "Your Excellency"). */
  private static final Pattern GREETING_PAIR = Pattern.compile(
      "(?iu)(?:my|mon|ma|mes|mein|meine|mio|mia)\\s+(?:lord|lords|lady|dear|cher|chère|chers|lieber|liebe|caro|cara)\\b.*"
          + "|(?:your|votre|vos|eure|euer|vuestra|vostra)\\s+(?:excellency|excellence|majesty|majesté|highness|altesse"
          + "|grace|lordship|ladyship|eminence|éminence|holiness|sainteté|honou?r|exzellenz|majestät|excelencia|eccellenza)\\b.*"
          + "|monsieur\\s+l[e’']\\b.*|madame\\s+la\\b.*|monsieur\\s+l[’'].*");
  /** Honorifics that open a greeting only at the head of a letter, since they may name a speaker too. */
  private static final Set<String> HONORIFICS = Set.of(
      "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "monsieur", "madame", "mademoiselle", "herr", "frau",
      "господин", "госпожа", "товарищ", "señor", "señora", "signor", "signore", "signora", "pan", "pani");
  /** The first words of a closing, up to where its wording is unmistakable. */
  private static final Pattern CLOSING = Pattern.compile(
      "(?iu)(?:I have the hono(?:u)?r to (?:be|remain)|I am,? (?:Sir|Madam|my Lord|dear)|I remain\\b"
          + "|(?:very )?(?:respectfully|sincerely|faithfully|truly|cordially|affectionately)(?: yours)?[,.]?\\s*$"
          + "|(?:respectfully|sincerely|faithfully|truly|cordially) yours\\b|yours (?:respectfully|sincerely|faithfully|truly|ever)\\b"
          + "|very (?:truly|respectfully|sincerely) yours\\b|respectfully submitted\\b|your (?:most )?obedient(?:,? humble)? servant"
          + "|(?:with )?(?:best|kind|warm|warmest|kindest) (?:regards|wishes)\\b|with (?:high|the highest|great) (?:respect|consideration)"
          + "|(?:please )?accept,? (?:[^.]{0,40}?)(?:the|my) (?:renewed )?assurances?\\b|I avail myself of this opportunity"
          + "|veuillez agréer|je vous prie d['’]agréer|agréez,? |recevez,? |mit freundlichen grü(?:ß|ss)en|hochachtungsvoll"
          + "|mit vorzüglicher hochachtung|с (?:глубоким )?уважением|искренне ваш|atentamente|cordiali saluti|distinti saluti"
          + "|z poważaniem|s pozdravem|met vriendelijke groet)");

  private Formulas() {}

  /** Whether a label ({@code "Dear Mr. Secretary"}, {@code "Sir"}) is a greeting wherever it stands. */
  static boolean isGreeting(String label) {
    String first = firstWord(label);
    boolean more = label.strip().length() > first.length();
    return GREETINGS.contains(first) || more && GREETING_WORDS.contains(first) || GREETING_PAIR.matcher(label).matches();
  }

  /** Whether a label opens with an honorific that greets at the head of a letter ("Mr. President"). */
  static boolean isHonorific(String label) {
    return HONORIFICS.contains(firstWord(label));
  }

  /** Whether a paragraph begins with a closing formula ("Respectfully yours,", "I have the honor to be, Sir, …"). */
  static boolean isClosing(String paragraph) {
    return paragraph.length() <= 400 && CLOSING.matcher(paragraph).lookingAt();
  }

  /**
   * Whether a paragraph below a closing reads as a signature or the signer's office: a few words,
   * none of them a verb's ending of a sentence ("JOHN HAY.", "Secretary of State", "Ch. Francis Adams").
   */
  static boolean isSignature(String paragraph) {
    String t = paragraph.strip();
    if (t.isEmpty() || t.length() > 80 || !Character.isUpperCase(t.codePointAt(0))) return false;
    int words = t.split("\\s+").length;
    return words <= 8 && t.indexOf(':') < 0 && !t.endsWith("?") && !t.endsWith("!");
  }

  private static String firstWord(String label) {
    String t = label.strip();
    int space = 0;
    while (space < t.length() && !Character.isWhitespace(t.charAt(space))) space++;
    return t.substring(0, space).toLowerCase(Locale.ROOT);
  }
}
