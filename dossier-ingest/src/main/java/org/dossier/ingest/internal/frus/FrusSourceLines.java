package org.dossier.ingest.internal.frus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * The inline source lines an old volume prints before a document's text
 * ({@code note[@type='source'][@rend='inline']}): "File No. 861.51/131", "[Telegram]", "No. 12.".
 * Together they are the source; a bare number is the document's number; a bracketed line may name
 * its kind.
 */
final class FrusSourceLines {
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("No\\.\\s*(\\d+[A-Za-z]?)\\.?");

  private final List<String> lines = new ArrayList<>();

  void add(String line) {
    lines.add(line);
  }

  /** The number a bare "No. 12." line prints, or null. */
  @Nullable String number() {
    for (String s : lines) {
      Matcher m = DOCUMENT_NUMBER.matcher(s);
      if (m.matches()) return m.group(1);
    }
    return null;
  }

  /** The kind a bracketed line names ({@code [Telegram]}, {@code [Paraphrase of telegram]}), or null. */
  @Nullable String type() {
    for (String s : lines) {
      String t = s.startsWith("[") ? FrusTypes.of(s) : null;
      if (t != null) return t;
    }
    return null;
  }

  /** Every line but a bare number, joined ("File No. 861.51/131 [Telegram]"), or null when none. */
  @Nullable Source source() {
    List<String> kept = new ArrayList<>();
    for (String s : lines) if (!DOCUMENT_NUMBER.matcher(s).matches()) kept.add(s);
    return kept.isEmpty() ? null : Source.ofText(String.join(" ", kept));
  }
}
