package org.dossier.web.reader;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the model's document-type codes become words a reader knows: the importers
 * write short codes ({@code memcon}, {@code minutes}), the pages show "Memorandum of conversation".
 */
public final class DocTypeNames {
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("memcon", "Memorandum of conversation"),
      Map.entry("memorandum", "Memorandum"),
      Map.entry("minutes", "Minutes of a meeting"),
      Map.entry("telegram", "Telegram"),
      Map.entry("airgram", "Airgram"),
      Map.entry("despatch", "Despatch"),
      Map.entry("instruction", "Instruction"),
      Map.entry("circular", "Circular"),
      Map.entry("letter", "Letter"),
      Map.entry("note", "Diplomatic note"),
      Map.entry("message", "Message"),
      Map.entry("report", "Report"),
      Map.entry("editorial note", "Editorial note"),
      Map.entry("aide-mémoire", "Aide-mémoire"),
      Map.entry("transcript", "Transcript"),
      Map.entry("speech", "Speech"),
      Map.entry("debate", "Parliamentary debate"),
      Map.entry("diary", "Diary entry"));

  private DocTypeNames() {}

  /**
   * The reader's name of type {@code code}: a known code's label, else the code as words with a
   * capital ("field_report" → "Field report"); null for null.
   */
  public static @Nullable String label(@Nullable String code) {
    if (code == null || code.isBlank()) return null;
    String known = LABELS.get(code.strip().toLowerCase(Locale.ROOT));
    if (known != null) return known;
    String words = code.strip().replace('_', ' ').replace('-', ' ');
    int first = words.codePointAt(0);
    return new String(Character.toChars(first)).toUpperCase(Locale.ROOT) + words.substring(Character.charCount(first));
  }
}
