package org.dossier.ingest.internal.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Site chrome: the words a publishing platform prints around a document (version switches,
 * search boxes, terms of use). A line is chrome when it consists only of known chrome phrases,
 * possibly glued together as copying from a browser glues them ("Version classiqueVersion
 * mobile"). The phrases are OpenEdition's in French and English plus common English site
 * words; matching ignores case, apostrophe style and trailing punctuation.
 */
final class Chrome {
  /** Lines that mark where the document's text begins; they are chrome too. */
  private static final Set<String> BODY_MARKERS = Set.of("texte intégral", "full text", "full-text", "text");

  /** Phrases that may be glued together on one line. */
  private static final List<String> PHRASES = List.of(
      "version classique", "version mobile", "classic version", "mobile version",
      "conditions d'utilisation", "terms of use", "mentions légales", "legal notice",
      "volume papier", "print volume", "paper volume", "rechercher dans openedition search",
      "search openedition search", "openedition search", "openedition books", "openedition",
      "plan", "table des matières", "table of contents", "contents", "précédent", "suivant",
      "previous", "next", "previous document", "next document", "retour en haut", "back to top",
      "skip to main content", "skip to content", "menu", "search", "rechercher", "home", "accueil",
      "share", "partager", "print", "imprimer", "cite", "citer", "download", "télécharger",
      "notes", "note", "auteur", "author", "index", "sommaire", "références", "référence électronique",
      "référence électronique du chapitre", "electronic reference", "citer ce document", "cite this document",
      "haut de page", "outils", "signaler ce document", "report this document", "chapitre suivant",
      "chapitre précédent", "next chapter", "previous chapter", "du même auteur", "by the same author",
      "accès ouvert", "open access", "freemium", "lire", "read", "epub", "pdf", "pdf du chapitre");

  /** Line prefixes after which the whole line is chrome. */
  private static final List<String> PREFIXES = List.of(
      "vous allez être redirigé", "you will be redirected", "rechercher dans ", "search in ",
      "référence électronique", "electronic reference", "citer ce document", "cite this document");

  /** The first letters of every phrase, prefix and marker: a line starting otherwise is not chrome. */
  private static final String FIRST_CHARS = firstChars();

  private Chrome() {}

  private static String firstChars() {
    StringBuilder sb = new StringBuilder();
    for (String p : PHRASES) if (sb.indexOf(p.substring(0, 1)) < 0) sb.append(p.charAt(0));
    for (String p : PREFIXES) if (sb.indexOf(p.substring(0, 1)) < 0) sb.append(p.charAt(0));
    for (String p : BODY_MARKERS) if (sb.indexOf(p.substring(0, 1)) < 0) sb.append(p.charAt(0));
    return sb.toString();
  }

  /** Whether {@code line} marks the start of the document text ("Texte intégral", "Full text"). */
  static boolean isBodyMarker(String line) {
    return BODY_MARKERS.contains(key(line));
  }

  /**
   * Whether a line of any length begins with a phrase after which the whole line is chrome
   * ("Référence électronique du chapitre …", "Vous allez être redirigé …").
   */
  static boolean hasChromePrefix(String line) {
    String s = line.strip();
    for (String p : PREFIXES) if (s.regionMatches(true, 0, p, 0, p.length())) return true;
    return false;
  }

  /** Whether {@code line} is site chrome (body markers included). */
  static boolean isChrome(String line) {
    String s = line.strip();
    if (s.isEmpty() || FIRST_CHARS.indexOf(Character.toLowerCase(s.charAt(0))) < 0 && "|·•/".indexOf(s.charAt(0)) < 0) {
      return false;
    }
    String k = key(line);
    if (k.isEmpty()) return false;
    if (BODY_MARKERS.contains(k)) return true;
    for (String p : PREFIXES) if (k.startsWith(p)) return true;
    return gluedPhrases(k);
  }

  /** Whether {@code k} is one or more chrome phrases, glued or separated by spaces or bars. */
  private static boolean gluedPhrases(String k) {
    int i = 0;
    outer:
    while (i < k.length()) {
      char c = k.charAt(i);
      if (c == ' ' || c == '|' || c == '·' || c == '•' || c == '/') {
        i++;
        continue;
      }
      for (String p : PHRASES) {
        if (k.startsWith(p, i) && (i + p.length() == k.length() || !Character.isLetter(k.charAt(i + p.length()))
            || startsPhrase(k, i + p.length()))) {
          i += p.length();
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  private static boolean startsPhrase(String k, int at) {
    for (String p : PHRASES) if (k.startsWith(p, at)) return true;
    return false;
  }

  private static String key(String line) {
    String k = line.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    int end = k.length();
    while (end > 0 && ":.…>»›".indexOf(k.charAt(end - 1)) >= 0 || end > 0 && k.charAt(end - 1) == ' ') end--;
    return k.substring(0, end);
  }
}
