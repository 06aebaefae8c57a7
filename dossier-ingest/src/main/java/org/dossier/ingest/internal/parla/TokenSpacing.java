package org.dossier.ingest.internal.parla;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a token of a linguistically annotated text ({@code w}, {@code pc}) without {@code @join}
 * is written without a space, by the typographic rules of its language: no space before closing
 * punctuation ({@code , . ; : ! ? ) ] } … %}) and closing quotes, none after opening brackets and
 * opening quotes. Quotes differ by language: „…“ and »…« in Czech, Slovak, Slovenian, German and
 * their neighbours; “…” and «…» in English, French, Italian, Spanish, Russian and most others;
 * straight quotes alternate. One instance serves one paragraph at a time ({@link #reset()}).
 */
final class TokenSpacing {
  /** Languages that quote „thus“ and »thus«: “ and « close there. */
  private static final Set<String> LOW_OPENING = Set.of(
      "cs", "sk", "sl", "de", "hr", "sr", "bs", "bg", "lt", "lv", "et", "is", "da", "ka", "mk", "hu", "pl", "ro");
  /** Languages that put a space before ; : ! ? (French typography). */
  private static final Set<String> SPACED_PUNCTUATION = Set.of("fr");

  private final boolean lowOpening;
  private final boolean spacedPunctuation;
  private boolean straightOpen;
  private boolean lastOpened;

  private TokenSpacing(boolean lowOpening, boolean spacedPunctuation) {
    this.lowOpening = lowOpening;
    this.spacedPunctuation = spacedPunctuation;
  }

  /** The rules of {@code lang} (a BCP 47 tag), or the common ones when it is unknown. */
  static TokenSpacing forLanguage(@Nullable String lang) {
    String primary = lang == null ? "" : lang.toLowerCase(Locale.ROOT).split("-", 2)[0];
    return new TokenSpacing(LOW_OPENING.contains(primary), SPACED_PUNCTUATION.contains(primary));
  }

  /** Starts a new paragraph: no quote is open. */
  void reset() {
    straightOpen = false;
  }

  /** Whether a token starting with {@code first} joins the previous one. */
  boolean glueBefore(int first) {
    lastOpened = false;
    switch (first) {
      case ',', '.', ')', ']', '}', '…', '%', '”', '’', '\'' -> {
        return true;
      }
      case ';', ':', '!', '?' -> {
        return !spacedPunctuation;
      }
      case '"' -> {
        straightOpen = !straightOpen;
        lastOpened = straightOpen;
        return !straightOpen;
      }
      case '“' -> {
        return lowOpening;
      }
      case '«' -> {
        return lowOpening;
      }
      case '»' -> {
        return !lowOpening;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether the token after one ending with {@code last} joins it. */
  boolean glueAfter(int last) {
    return switch (last) {
      case '(', '[', '{', '„', '‚', '¿', '¡' -> true;
      case '"' -> lastOpened;
      case '“' -> !lowOpening;
      case '«' -> !lowOpening;
      case '»' -> lowOpening;
      default -> false;
    };
  }
}
