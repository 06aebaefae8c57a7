package org.dossier.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * One searchable unit of a document, as every engine indexes it: what a reader sees on the page,
 * cut where the page cuts it. {@link #of(Document)} lists a document's units in reading order: the
 * title, the notes on the title, then each block (preceded by its speaker label where a turn starts
 * with one) followed by the notes called in it, then the source line.
 *
 * @param kind a block's {@code BlockKind.jsonName()}, or {@link Fields#KIND_TITLE}, {@link
 *     Fields#KIND_SPEAKER}, {@link Fields#KIND_NOTE}, {@link Fields#KIND_SOURCE}
 * @param paragraph the block's number; for a note, the block it hangs from; for a speaker label, the
 *     turn's first block; 0 for the title, a note on the title and the source line
 * @param note the note number of a note unit, else null
 * @param order the unit's place in reading order within its document, from 0
 * @param weight what the unit's score is multiplied by: titles {@value #TITLE_WEIGHT}, blocks
 *     {@value #BLOCK_WEIGHT}, notes, speaker labels and source lines {@value #NOTE_WEIGHT}, so a word in a title ranks
 *     before the same word in a paragraph, and both before a note
 * @param text the text a reader sees, searched as {@link Fields#TEXT} and highlighted
 * @param speaker the speaker of a block's turn, or null
 * @param persons register ids of the persons tagged in the unit (the speaker first)
 * @param personWords the words of those mentions as printed
 * @param places register ids of the places tagged in the unit
 * @param placeWords the words of those mentions as printed
 */
public record IndexUnit(
    String kind,
    int paragraph,
    @Nullable Integer note,
    int order,
    int weight,
    String text,
    @Nullable Speaker speaker,
    List<String> persons,
    List<String> personWords,
    List<String> places,
    List<String> placeWords) {
  /** The weight of a title. */
  public static final int TITLE_WEIGHT = 3;
  /** The weight of a block (a paragraph, a turn, a heading, a dateline). */
  public static final int BLOCK_WEIGHT = 2;
  /** The weight of a note or a source line. */
  public static final int NOTE_WEIGHT = 1;
  /** Names shorter than this are not looked for in titles and notes: too many false matches. */
  private static final int SHORTEST_NAME = 3;

  public IndexUnit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (paragraph < 0) throw new IllegalArgumentException("paragraph must be >= 0: " + paragraph);
    persons = List.copyOf(persons);
    personWords = List.copyOf(personWords);
    places = List.copyOf(places);
    placeWords = List.copyOf(placeWords);
  }

  /**
   * The units of {@code doc} in reading order. Every unit carries the mentions its source tags: a
   * block's, the title's ({@link Document#titleMentions()}), a note's ({@link Note#mentions()}).
   * Only a document that tags nothing in its title and notes (a text page, a store written before
   * notes kept their tags) has the names it tags in its blocks and speakers looked for there again
   * as whole words: "Gorbachev" in a title is the Gorbachev the paragraphs tag. Where the source
   * tags titles and notes, its tags are the truth, and a guess would add false hits.
   */
  public static List<IndexUnit> of(Document doc) {
    Objects.requireNonNull(doc, "doc");
    boolean tagsNotes = !doc.titleMentions().isEmpty() || doc.notes().stream().anyMatch(n -> !n.mentions().isEmpty());
    Tagger tagger = tagsNotes ? null : new Tagger(doc);
    List<IndexUnit> units = new ArrayList<>();
    units.add(tagger != null
        ? tagger.untagged(Fields.KIND_TITLE, 0, null, units.size(), IndexUnit.TITLE_WEIGHT, doc.title())
        : tagged(Fields.KIND_TITLE, 0, null, units.size(), TITLE_WEIGHT, doc.title(), null, doc.titleMentions()));
    for (Note n : doc.notes()) if (n.paragraph() == null) units.add(note(n, units.size(), tagger));
    Speaker previous = null;
    for (Block b : (Iterable<Block>) doc.blocks()::iterator) {
      Speaker speaker = b.speaker();
      // A label printed before a turn ("Místopředseda PSP Vojtěch Filip") is searched once, where the turn starts.
      if (speaker != null && speaker.label() != null && !speaker.equals(previous)) units.add(label(b, speaker, units.size()));
      previous = speaker;
      units.add(block(b, units.size()));
      for (Note n : doc.notesIn(b.n())) units.add(note(n, units.size(), tagger));
    }
    if (doc.source() != null && !doc.source().text().isBlank()) {
      // Not tagged: names in a source line are archives and collections ("Reagan Library").
      units.add(new IndexUnit(Fields.KIND_SOURCE, 0, null, units.size(), NOTE_WEIGHT, doc.source().text(), null,
          List.of(), List.of(), List.of(), List.of()));
    }
    return units;
  }

  private static IndexUnit label(Block b, Speaker speaker, int order) {
    List<String> persons = speaker.ref() == null ? List.of() : List.of(speaker.ref());
    return new IndexUnit(Fields.KIND_SPEAKER, b.n(), null, order, NOTE_WEIGHT, speaker.label(), speaker,
        persons, List.of(), List.of(), List.of());
  }

  private static IndexUnit block(Block b, int order) {
    return tagged(b.kind().jsonName(), b.n(), null, order, BLOCK_WEIGHT, b.text(), b.speaker(), b.mentions());
  }

  /** A note's unit: its own tags, or the tagger's guesses when the document tags no notes. */
  private static IndexUnit note(Note n, int order, @Nullable Tagger tagger) {
    Integer hangsFrom = n.paragraph();
    int paragraph = hangsFrom == null ? 0 : hangsFrom;
    return tagger != null
        ? tagger.untagged(Fields.KIND_NOTE, paragraph, n.n(), order, NOTE_WEIGHT, n.text())
        : tagged(Fields.KIND_NOTE, paragraph, n.n(), order, NOTE_WEIGHT, n.text(), null, n.mentions());
  }

  /** A unit whose persons and places are the speaker (if any) and the mentions the source tags in {@code text}. */
  private static IndexUnit tagged(String kind, int paragraph, @Nullable Integer note, int order, int weight,
      String text, @Nullable Speaker speaker, List<Mention> mentions) {
    Set<String> persons = new LinkedHashSet<>();
    List<String> personWords = new ArrayList<>();
    Set<String> places = new LinkedHashSet<>();
    List<String> placeWords = new ArrayList<>();
    if (speaker != null && speaker.ref() != null) persons.add(speaker.ref());
    for (Mention m : mentions) {
      if (m.type() == MentionType.PERSON) {
        persons.add(m.ref());
        personWords.add(span(text, m.offset(), m.end()));
      } else if (m.type() == MentionType.PLACE) {
        places.add(m.ref());
        placeWords.add(span(text, m.offset(), m.end()));
      }
    }
    return new IndexUnit(kind, paragraph, note, order, weight, text, speaker,
        List.copyOf(persons), personWords, List.copyOf(places), placeWords);
  }

  /** The code points {@code [start, end)} of {@code text}. */
  private static String span(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, end - start));
  }

  /** The names a document tags, found again in the parts of it that carry no tags. */
  private static final class Tagger {
    private final Map<String, String> personNames = new LinkedHashMap<>();
    private final Map<String, String> placeNames = new LinkedHashMap<>();

    Tagger(Document doc) {
      for (Block b : (Iterable<Block>) doc.blocks()::iterator) {
        Speaker s = b.speaker();
        if (s != null && s.ref() != null) personNames.putIfAbsent(s.name(), s.ref());
        for (Mention m : b.mentions()) {
          String words = b.span(m.offset(), m.end()).strip();
          if (words.codePointCount(0, words.length()) < SHORTEST_NAME) continue;
          if (m.type() == MentionType.PERSON) personNames.putIfAbsent(words, m.ref());
          else if (m.type() == MentionType.PLACE) placeNames.putIfAbsent(words, m.ref());
        }
      }
    }

    IndexUnit untagged(String kind, int paragraph, @Nullable Integer note, int order, int weight, String text) {
      Set<String> persons = new LinkedHashSet<>();
      List<String> personWords = new ArrayList<>();
      Set<String> places = new LinkedHashSet<>();
      List<String> placeWords = new ArrayList<>();
      find(text, personNames, persons, personWords);
      find(text, placeNames, places, placeWords);
      return new IndexUnit(kind, paragraph, note, order, weight, text, null,
          List.copyOf(persons), personWords, List.copyOf(places), placeWords);
    }

    private static void find(String text, Map<String, String> names, Set<String> refs, List<String> words) {
      for (Map.Entry<String, String> e : names.entrySet()) {
        if (containsWord(text, e.getKey())) {
          refs.add(e.getValue());
          words.add(e.getKey());
        }
      }
    }

    /** Whether {@code words} occur in {@code text} with no letter or digit right before or after. */
    static boolean containsWord(String text, String words) {
      for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
        int end = at + words.length();
        boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
        boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
        if (startsWord && endsWord) return true;
      }
      return false;
    }
  }
}
