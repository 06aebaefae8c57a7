package org.dossier.ingest.internal.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * The archival source line, "[Source: Archive of …, Fond 2. Opis 1. On file at the National
 * Security Archive. Translated by A. B.]", and the translator lines of a page header
 * ("Translated by NAME", "Traduction de NAME").
 *
 * <p>The archive is what precedes the first fond, opis, delo, holding or translator phrase.
 * Fond, opis and delo take the word after "Fond", "Opis", "Delo" (or "f.", "op.", "d." before a
 * digit). The holding is what follows "On file at", "Copy on file at", "Copy held at" or "Held
 * at", without a leading "the". The translator follows "Translated by" or "Translation by".
 */
final class SourceLine {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PREFIX = Pattern.compile("(?:Source|Sources|Archival source) ?: ?");
  private static final Pattern FIELD_START = Pattern.compile(
      "[,.;]?\\s+(?=(?:Fond|Opis|Delo|f\\.\\s*\\d|op\\.\\s*\\d|d\\.\\s*\\d|On file|Copy|Held at|Translated|Translation)\\b)");
  private static final Pattern FOND = Pattern.compile("\\b(?:Fond|f\\.)\\s*(\\d[\\w-]*|[\\p{L}\\d-]+)");
  private static final Pattern OPIS = Pattern.compile("\\b(?:Opis|op\\.)\\s*(\\d[\\w-]*|[\\p{L}\\d-]+)");
  private static final Pattern DELO = Pattern.compile("\\b(?:Delo|d\\.)\\s*(\\d[\\w-]*)");
  private static final Pattern HOLDING = Pattern.compile(
      "\\b(?:Copy on file at|On file at|Copy held at|Held at|Copy at)\\s+(?:the\\s+)?([^.;\\]]+)");
  private static final Pattern TRANSLATOR = Pattern.compile(
      "\\b(?:Translated|Translation)(?: from (?:the )?\\p{L}+)? by\\s+((?:\\p{Lu}\\.\\s*)*[^.;\\]]+)");
  private static final Pattern TRANSLATOR_LINE = Pattern.compile(
      "(?:Translated(?: from (?:the )?\\p{L}+)? by|Translation by|Traduction de|Traduit (?:du \\p{L}+ )?par|Traduction\\s*:)\\s+(.+?)\\.?");

  private SourceLine() {}

  /** The source that {@code text} states, when it is a source line. */
  static Optional<Source> parse(String text) {
    // Whitespace is collapsed first, and brackets are taken off by hand, so that no pattern below
    // can backtrack over a long run of spaces.
    String t = SPACES.matcher(text).replaceAll(" ").strip();
    if (t.startsWith("[")) t = t.substring(1).strip();
    if (t.endsWith("]")) t = t.substring(0, t.length() - 1).strip();
    Matcher m = PREFIX.matcher(t);
    if (!m.lookingAt() || m.end() == t.length()) return Optional.empty();
    String body = t.substring(m.end());
    Matcher f = FIELD_START.matcher(body);
    String archive = f.find() ? body.substring(0, f.start()) : null;
    return Optional.of(new Source(body, clean(archive), group(FOND, body), group(OPIS, body), group(DELO, body),
        group(HOLDING, body), group(TRANSLATOR, body)));
  }

  /** The translator that a header line names ("Translated by NAME", "Traduction de NAME"), if it is one. */
  static Optional<String> translatorLine(String line) {
    Matcher m = TRANSLATOR_LINE.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  private static @Nullable String group(Pattern p, String body) {
    Matcher m = p.matcher(body);
    return m.find() ? clean(m.group(1)) : null;
  }

  private static @Nullable String clean(@Nullable String s) {
    if (s == null) return null;
    String t = s.strip();
    while (!t.isEmpty() && ",.;:".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
    return t.isEmpty() ? null : t;
  }
}
