package org.dossier.ingest.internal.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.RegisterEntry;
import org.jspecify.annotations.Nullable;

/**
 * Which labels of a page start speaker turns. A label is a speaker only where turns alternate:
 * at least two different labels start turns, or one label starts a turn again after other
 * paragraphs; or where the edition's register names it (its last word is the surname of a person
 * of the register: "Secretary Shultz:" for "Shultz, George P."). A lone "Gorbachev:" heading a
 * statement in an edition that does not know him, the "Sir:" of a despatch or the "Dear Mr.
 * Secretary:" of a letter stays the paragraph's text. Salutations ({@link Formulas}) never take
 * part: a greeting anywhere, an honorific only as the page's first label and when it is not used
 * again.
 */
final class Turns {
  private Turns() {}

  /** What a found label is. */
  enum Role {
    /** Starts a speaker turn. */
    SPEAKER,
    /** A salutation: text, never a speaker. */
    SALUTATION,
    /** A label that does not alternate with another: text. */
    TEXT
  }

  /**
   * Classifies the labels found at the start of each paragraph ({@code null} where a paragraph
   * has none), in page order.
   */
  static Role[] classify(List<Labels.@Nullable Found> labels) {
    return classify(labels, Set.of());
  }

  /** As {@link #classify(List)}, with the lower-case surnames of the edition's register. */
  static Role[] classify(List<Labels.@Nullable Found> labels, Set<String> surnames) {
    Role[] roles = new Role[labels.size()];
    Map<String, Integer> uses = new HashMap<>();
    for (Labels.Found f : labels) if (f != null) uses.merge(f.speaker().name(), 1, Integer::sum);
    boolean first = true;
    for (int i = 0; i < labels.size(); i++) {
      Labels.Found f = labels.get(i);
      if (f == null) continue;
      String name = f.speaker().name();
      boolean salutation = Formulas.isGreeting(name) || first && Formulas.isHonorific(name) && uses.get(name) == 1;
      roles[i] = salutation ? Role.SALUTATION : Role.TEXT;
      first = false;
    }
    boolean alternate = alternate(labels, roles);
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == Role.TEXT && (alternate || surnames.contains(lastWord(labels.get(i).speaker().name())))) {
        roles[i] = Role.SPEAKER;
      }
    }
    return roles;
  }

  /**
   * The lower-case surnames of a register of persons: the part before the comma of an inverted
   * name ("Gorbachev, Mikhail S."), else the last word ("Mikhail Gorbachev").
   */
  static Set<String> surnames(List<RegisterEntry> persons) {
    Set<String> out = new HashSet<>();
    for (RegisterEntry p : persons) {
      String name = p.name().strip();
      int comma = name.indexOf(',');
      String surname = comma > 0 ? name.substring(0, comma) : name;
      out.add(lastWord(surname));
    }
    return out;
  }

  private static String lastWord(String name) {
    String t = name.strip();
    int space = t.lastIndexOf(' ');
    return t.substring(space + 1).toLowerCase(Locale.ROOT);
  }

  /** Two different names, or one name that starts a turn again after a paragraph of other text. */
  private static boolean alternate(List<Labels.@Nullable Found> labels, Role[] roles) {
    Set<String> names = new HashSet<>();
    int last = -1;
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] != Role.TEXT) continue;
      names.add(labels.get(i).speaker().name());
      if (names.size() >= 2 || last >= 0 && i > last + 1) return true;
      last = i;
    }
    return false;
  }
}
