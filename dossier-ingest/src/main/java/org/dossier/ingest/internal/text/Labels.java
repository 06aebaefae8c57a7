package org.dossier.ingest.internal.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Speaker;

/**
 * Speaker labels at the start of a paragraph: one to four capitalised words (particles such as
 * "de" or "von" allowed, an editor's supplied first name in brackets allowed) and a colon, with
 * an optional role in parentheses before or after the colon:
 * "Gorbachev:", "The President:", "Secretary Shultz:", "Mitterrand :", "[Raisa] Gorbachev:",
 * "Lomakin: (ambassador to Czechoslovakia).", "Aristov (ambassador to Poland):".
 *
 * <p>Words that introduce a field rather than a speaker ("Note:", "Subject:", "Yes:") are not
 * labels. A supplied first name joins the name without its brackets: "[Raisa] Gorbachev" is the
 * speaker "Raisa Gorbachev".
 */
final class Labels {
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?";
  private static final String PARTICLE = "(?:de|da|di|du|la|le|von|van|der|den|bin|ibn|al)";
  private static final Pattern LABEL = Pattern.compile(
      "(?:\\[(?<supplied>\\p{Lu}[\\p{L}\\p{M}.\\- ]{0,30})\\]\\s+)?"
          + "(?<name>" + WORD + "(?:\\s+(?:" + WORD + "|" + PARTICLE + ")){0,3})"
          + "(?:\\s*\\((?<role1>[^()]{1,100})\\))?"
          + "\\s?:\\s*"
          + "(?:\\((?<role2>[^()]{1,100})\\)[.:]?\\s*)?");

  private static final Set<String> NOT_SPEAKERS = Set.of(
      "note", "notes", "nb", "n.b.", "source", "sources", "subject", "date", "place", "time", "participants",
      "present", "summary", "agenda", "attachment", "enclosure", "yes", "no", "however", "thus", "therefore",
      "first", "second", "third", "finally", "conclusion", "re", "to", "from", "cc", "ps", "p.s.", "copy",
      "translated", "translation", "comment", "comments", "question", "answer", "example", "result", "results",
      "classification", "distribution", "secret", "top", "confidential", "memorandum", "record", "minutes",
      "title", "document", "edited", "editors", "editor", "published", "copyright", "archive", "fond", "opis");

  private Labels() {}

  /** A label found at the start of a paragraph: the speaker and where the text after it starts. */
  record Found(Speaker speaker, int end) {}

  /** The label at the start of {@code text}, if any. */
  static Optional<Found> find(String text) {
    if (text.isEmpty() || !(Character.isUpperCase(text.charAt(0)) || text.charAt(0) == '[')) return Optional.empty();
    // A label (at most four words, a supplied name, a role) has its colon near the start.
    int colon = text.indexOf(':');
    if (colon < 0 || colon > 160) return Optional.empty();
    Matcher m = LABEL.matcher(text);
    if (!m.lookingAt()) return Optional.empty();
    String name = m.group("name").strip();
    if (name.endsWith(".") && !name.contains(" ")) return Optional.empty(); // "Ibid.:" and such are not names
    String firstWord = name.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    if (NOT_SPEAKERS.contains(firstWord) || NOT_SPEAKERS.contains(name.toLowerCase(Locale.ROOT))) return Optional.empty();
    // The text after a label starts a sentence; a colon followed by a lower-case word is a clause, not a label.
    int end = m.end();
    if (end < text.length() && Character.isLowerCase(text.charAt(end)) && m.group("role2") == null) {
      return Optional.empty();
    }
    String supplied = m.group("supplied");
    String full = supplied == null ? name : supplied.strip() + " " + name;
    String role = m.group("role1") != null ? m.group("role1") : m.group("role2");
    return Optional.of(new Found(Speaker.of(full, role == null ? null : role.strip()), end));
  }
}
