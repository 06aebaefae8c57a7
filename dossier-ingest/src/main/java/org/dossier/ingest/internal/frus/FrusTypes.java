package org.dossier.ingest.internal.frus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The small vocabulary of document kinds a FRUS source note or title names: telegram, despatch,
 * memorandum of conversation (memcon), memorandum, letter, instruction, note, circular, airgram,
 * message, report, minutes, aide-mémoire, editorial note. Spelling variants fold to one name
 * ("dispatch" is a despatch; "cable", "cablegram" are telegrams).
 */
final class FrusTypes {
  private record Kind(Pattern words, String name) {}

  // Order matters: the more specific phrase first ("memorandum of conversation" before "memorandum").
  private static final List<Kind> KINDS = List.of(
      kind("memorand(?:um|a) of (?:a )?conversations?", "memcon"),
      kind("editorial note", "editorial note"),
      kind("aide[- ]m[ée]moires?", "aide-mémoire"),
      kind("circular(?: telegram| instruction| note)?", "circular"),
      kind("telegrams?|cables?|cablegrams?", "telegram"),
      kind("airgrams?", "airgram"),
      kind("despatch(?:es)?|dispatch(?:es)?", "despatch"),
      kind("instructions?", "instruction"),
      kind("memorand(?:um|a)", "memorandum"),
      kind("letters?", "letter"),
      kind("notes?(?: verbale)?", "note"),
      kind("messages?", "message"),
      kind("minutes", "minutes"),
      kind("reports?", "report"));

  private static final Pattern LEADING = Pattern.compile("^[\\[(\\s]*(?:(?:extract|paraphrase|translation|copy)"
      + "(?: of(?: an?)?)?[—–\\-:,\\s]*)*", Pattern.CASE_INSENSITIVE);

  private FrusTypes() {}

  private static Kind kind(String words, String name) {
    return new Kind(Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), name);
  }

  /**
   * The kind named anywhere in a bracketed headnote line ({@code [Telegram]},
   * {@code [Paraphrase of telegram]}, {@code [Extract—Despatch]}), or null.
   */
  static @Nullable String of(String line) {
    for (Kind k : KINDS) if (k.words().matcher(line).find()) return k.name();
    return null;
  }

  /**
   * The kind a title opens with ("Telegram From the Embassy…", "Memorandum of Conversation",
   * "Letter From President…"), or null: only the opening words count, so "The Ambassador to the
   * Secretary of State" or "Reply to the memorandum…" name none.
   */
  static @Nullable String ofTitle(String title) {
    Matcher lead = LEADING.matcher(title);
    String rest = lead.lookingAt() ? title.substring(lead.end()) : title;
    for (Kind k : KINDS) {
      Matcher m = k.words().matcher(rest);
      if (m.lookingAt()) return k.name();
    }
    return null;
  }
}
