package org.dossier.ingest.internal.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of document, guessed from the words of its title, for the document-type facet:
 * memcon ("Memorandum of Conversation", "Record of a Conversation"), minutes ("Minutes", "Notes
 * of … Meeting", "Notes of … Session"), telegram ("Telegram", "Cable"), speech ("Speech",
 * "Address", "Remarks"), letter, report, transcript, diary. The first rule that matches wins;
 * a title that names none of them gives no type.
 */
final class DocTypes {
  private record Rule(String type, Pattern pattern) {}

  private static final List<Rule> RULES = List.of(
      rule("memcon", "\\b(?:memorandum of (?:a )?conversation|record of (?:a |the )?conversation|memcon)\\b"),
      rule("minutes", "\\b(?:minutes|notes of .{0,120}\\b(?:meeting|session|conference))\\b"),
      rule("telegram", "\\b(?:telegram|cable)\\b"),
      rule("transcript", "\\btranscript\\b"),
      rule("speech", "\\b(?:speech|address|remarks)\\b"),
      rule("letter", "\\bletter\\b"),
      rule("report", "\\breport\\b"),
      rule("diary", "\\bdiary\\b"));

  private DocTypes() {}

  private static Rule rule(String type, String regex) {
    return new Rule(type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** The type that {@code title} names, if any. */
  static Optional<String> fromTitle(String title) {
    for (Rule r : RULES) if (r.pattern().matcher(title).find()) return Optional.of(r.type());
    return Optional.empty();
  }
}
