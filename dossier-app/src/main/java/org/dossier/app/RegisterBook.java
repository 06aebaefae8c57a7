package org.dossier.app;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Mention;
import org.dossier.model.Note;
import org.dossier.model.RegisterEntry;
import org.jspecify.annotations.Nullable;

/**
 * An edition's registers (persons, places, terms) with every place each entry is mentioned:
 * the paragraphs that tag it, the turns it speaks, and the titles and footnotes that name it,
 * grouped by document in edition order. Entries are found by their other spellings and scripts
 * through the search module's analysis ("Горбачёв" and "Gorbacev" find "Gorbachev, Mikhail S.").
 *
 * <p>Titles and footnotes count the mentions their source tags ({@link Document#titleMentions()},
 * {@link Note#mentions()}). Only an edition that tags nothing in any title or footnote (a text page,
 * a store written before notes kept their tags) falls back to a guess there: an entry counts where
 * its name is printed with a capital, a person's or place's surname (the name before the comma) when
 * no other entry of that register shares it, a term's name as printed ("NSC"). One tag anywhere in
 * the edition's titles or notes turns the guess off for all of it, so an editor's tags are never
 * mixed with guesses.
 *
 * <pre>{@code
 * RegisterBook book = RegisterBook.of(edition, documents);
 * book.find(RegisterBook.Kind.PERSONS, "Горбачёв");   // [Gorbachev, Mikhail S.]
 * book.mentionsOf("p_GMS_1");                          // by document: title, ¶ 2 (2), note 3…
 * }</pre>
 */
public final class RegisterBook {
  /** The registers an edition can have. */
  public enum Kind {
    PERSONS, PLACES, TERMS;

    /** The lower-case name used in addresses and JSON ({@code persons}). */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code name} ({@link #jsonName()}), if any. */
    public static Optional<Kind> fromJsonName(String name) {
      for (Kind k : values()) if (k.jsonName().equals(name)) return Optional.of(k);
      return Optional.empty();
    }

    /** This register of {@code e}. */
    public List<RegisterEntry> of(Edition e) {
      return switch (this) {
        case PERSONS -> e.persons();
        case PLACES -> e.places();
        case TERMS -> e.terms();
      };
    }
  }

  /** Where in a document a mention is. */
  public enum Where {
    TITLE, PARAGRAPH, SPEAKER, NOTE;

    /** The lower-case name used in JSON. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The mentions at one place of a document.
   *
   * @param where the title, a paragraph (tagged), a turn the entry speaks, or a footnote
   * @param n the paragraph number (paragraph, speaker) or note number (note); 0 for the title
   * @param count how many times there
   */
  public record Site(Where where, int n, int count) {
    public Site {
      Objects.requireNonNull(where, "where");
      if (count <= 0) throw new IllegalArgumentException("count must be > 0: " + count);
    }
  }

  /**
   * An entry's mentions in one document, in reading order (title, paragraphs, notes).
   *
   * @param document the document id
   * @param number its printed number, or null
   * @param title its title
   * @param sites where it is mentioned
   */
  public record InDocument(String document, @Nullable String number, String title, List<Site> sites) {
    public InDocument {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(title, "title");
      sites = List.copyOf(sites);
    }

    /** All mentions in the document. */
    public int count() {
      return sites.stream().mapToInt(Site::count).sum();
    }
  }

  private final Edition edition;
  private final Map<Kind, List<RegisterEntry>> sorted = new LinkedHashMap<>();
  private final Map<String, List<Set<String>>> nameWords = new HashMap<>();
  private final Map<String, List<InDocument>> mentions;

  private RegisterBook(Edition edition, Map<String, List<InDocument>> mentions) {
    this.edition = edition;
    this.mentions = mentions;
    Collator collator = Collator.getInstance(Locale.ENGLISH);
    collator.setStrength(Collator.PRIMARY);
    for (Kind k : Kind.values()) {
      List<RegisterEntry> entries = new ArrayList<>(k.of(edition));
      entries.sort(Comparator.comparing(RegisterEntry::name, collator));
      sorted.put(k, List.copyOf(entries));
      for (RegisterEntry e : entries) {
        nameWords.put(k.jsonName() + '\0' + e.id(), RegisterNames.words(
            e.name() + (e.description() == null || k != Kind.TERMS ? "" : " " + e.description())));
      }
    }
  }

  /**
   * The registers of {@code edition} and their mentions in {@code documents} (read once, one at a
   * time, so memory holds the mention table, not the documents).
   */
  public static RegisterBook of(Edition edition, Iterable<Document> documents) {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(documents, "documents");
    MentionCounter counter = new MentionCounter(edition);
    for (Document d : documents) counter.add(d);
    return new RegisterBook(edition, counter.result());
  }

  /** The edition. */
  public Edition edition() {
    return edition;
  }

  /** The entries of one register, in alphabetical order (ignoring case and accents). */
  public List<RegisterEntry> entries(Kind kind) {
    return sorted.get(Objects.requireNonNull(kind, "kind"));
  }

  /** The entry {@code id} of register {@code kind}, if there is one. */
  public Optional<RegisterEntry> findEntry(Kind kind, String id) {
    return entries(kind).stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * The entries of {@code kind} whose name (and, for a term, its meaning) holds every word of
   * {@code query} as the start of a word, in any script or spelling; all entries for a blank query.
   */
  public List<RegisterEntry> find(Kind kind, String query) {
    Objects.requireNonNull(query, "query");
    if (query.isBlank()) return entries(kind);
    List<Set<String>> q = RegisterNames.words(query);
    return entries(kind).stream()
        .filter(e -> RegisterNames.matches(q, nameWords.get(kind.jsonName() + '\0' + e.id())))
        .toList();
  }

  /** Where entry {@code id} is mentioned, by document in edition order; empty when nowhere. */
  public List<InDocument> mentionsOf(String id) {
    return mentions.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
  }

  /** How many mentions entry {@code id} has in all. */
  public int mentionCount(String id) {
    return mentionsOf(id).stream().mapToInt(InDocument::count).sum();
  }

  /** Builds the mention table one document at a time. */
  private static final class MentionCounter {
    private final Map<String, List<InDocument>> byEntry = new HashMap<>();
    /** The same with names guessed in titles and notes; dropped at the first tag seen there. */
    private @Nullable Map<String, List<InDocument>> guessedByEntry = new HashMap<>();
    /** Printed names to look for in titles and notes, by the first word's spellings. */
    private final Map<String, List<Key>> keysByFirstWord = new HashMap<>();

    private record Key(String ref, List<Set<String>> words) {}

    MentionCounter(Edition edition) {
      for (Kind k : Kind.values()) {
        Map<String, List<RegisterEntry>> byName = new HashMap<>();
        for (RegisterEntry e : k.of(edition)) {
          String printed = k == Kind.TERMS ? e.name() : e.name().split(",", 2)[0];
          byName.computeIfAbsent(printed.strip().toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(e);
        }
        byName.forEach((printed, entries) -> {
          // A surname two entries share names neither for sure; letters alone ("A/C") name nothing.
          if (entries.size() != 1 || printed.codePoints().filter(Character::isLetter).count() < 3) return;
          List<Set<String>> words = RegisterNames.words(printed);
          if (words.isEmpty()) return;
          Key key = new Key(entries.get(0).id(), words);
          for (String first : words.get(0)) keysByFirstWord.computeIfAbsent(first, x -> new ArrayList<>()).add(key);
        });
      }
    }

    void add(Document d) {
      if (guessedByEntry != null
          && (!d.titleMentions().isEmpty() || d.notes().stream().anyMatch(n -> !n.mentions().isEmpty()))) {
        guessedByEntry = null;
      }
      put(byEntry, d, sites(d, false));
      if (guessedByEntry != null) put(guessedByEntry, d, sites(d, true));
    }

    private static void put(Map<String, List<InDocument>> table, Document d, Map<String, List<Site>> sites) {
      sites.forEach((ref, list) -> table.computeIfAbsent(ref, x -> new ArrayList<>())
          .add(new InDocument(d.id(), d.number(), d.title(), list)));
    }

    /** Where {@code d} mentions each entry, in reading order; titles and notes by their tags, or by guess. */
    private Map<String, List<Site>> sites(Document d, boolean guess) {
      Map<String, List<Site>> sites = new LinkedHashMap<>();
      if (guess) named(d.title(), Where.TITLE, 0, sites);
      else counted(d.titleMentions(), Where.TITLE, 0, sites);
      Map<Integer, List<Note>> notesByBlock = new HashMap<>();
      for (Note n : d.notes()) {
        if (n.paragraph() == null) note(n, guess, sites);
        else notesByBlock.computeIfAbsent(n.paragraph(), x -> new ArrayList<>()).add(n);
      }
      d.blocks().forEach(b -> {
        tagged(b, sites);
        for (Note n : notesByBlock.getOrDefault(b.n(), List.of())) note(n, guess, sites);
      });
      return sites;
    }

    private void note(Note n, boolean guess, Map<String, List<Site>> sites) {
      if (guess) named(n.text(), Where.NOTE, n.n(), sites);
      else counted(n.mentions(), Where.NOTE, n.n(), sites);
    }

    private static void tagged(Block b, Map<String, List<Site>> sites) {
      if (b.speaker() != null && b.speaker().ref() != null) {
        sites.computeIfAbsent(b.speaker().ref(), x -> new ArrayList<>()).add(new Site(Where.SPEAKER, b.n(), 1));
      }
      counted(b.mentions(), Where.PARAGRAPH, b.n(), sites);
    }

    private static void counted(List<Mention> mentions, Where where, int n, Map<String, List<Site>> sites) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Mention m : mentions) counts.merge(m.ref(), 1, Integer::sum);
      counts.forEach((ref, c) -> sites.computeIfAbsent(ref, x -> new ArrayList<>()).add(new Site(where, n, c)));
    }

    private void named(String text, Where where, int n, Map<String, List<Site>> sites) {
      if (keysByFirstWord.isEmpty() || text.isBlank()) return;
      List<Set<String>> words = RegisterNames.capitalizedWords(text);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (int i = 0; i < words.size(); i++) {
        Set<Key> candidates = new LinkedHashSet<>();
        for (String spelling : words.get(i)) candidates.addAll(keysByFirstWord.getOrDefault(spelling, List.of()));
        for (Key k : candidates) {
          if (RegisterNames.occurrences(words.subList(i, Math.min(words.size(), i + k.words().size())), k.words()) > 0) {
            counts.merge(k.ref(), 1, Integer::sum);
          }
        }
      }
      counts.forEach((ref, c) -> sites.computeIfAbsent(ref, x -> new ArrayList<>()).add(new Site(where, n, c)));
    }

    Map<String, List<InDocument>> result() {
      Map<String, List<InDocument>> out = new HashMap<>();
      (guessedByEntry != null ? guessedByEntry : byEntry).forEach((ref, list) -> out.put(ref, List.copyOf(list)));
      return out;
    }
  }
}
