package org.dossier.tei;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.Provenance;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Generated {@link Document}s covering the whole model, with hostile text: markup characters,
 * {@code ]]>}, brackets, surrogate pairs, combining marks, CR/LF/tab, leading and trailing
 * spaces, empty strings where the model allows them; every block kind, speakers with and without
 * role, ref and party, marks of every type (zero-length, nested, overlapping, with content that
 * is and is not their printed span), mentions (in blocks, notes and the title; overlapping ones
 * too), notes on blocks and on the title in any list
 * order, single dates, ranges and date-times, optional fields null or set. Only characters XML
 * 1.0 can hold are generated. Values are drawn from a seeded {@link Random}, so jqwik reports
 * the seed of a failure but does not shrink it.
 */
public final class DocumentArbitraries {
  private DocumentArbitraries() {}

  private static final String[] TOKENS = {
    "Gorbachev", "said", "the", "reform", " ", " ", "  ", ".", ",", "\n", "\t", "\r\n", "\r",
    "<", ">", "&", "&amp;", "]]>", "\"", "'", "[", "]", "[Kurt]", "[…]", "[sic]", "[prosto tak]",
    "\uD835\uDD18\uD835\uDD2B", "😀", "e\u0301", "Горбачёв", "ſ", "\u00a0", "—", "«", "»", "“", "”", "%", "#",
    "\u200b", "\uFEFF", "\u0085", "x"
  };
  private static final String[] REFS = {"p_GMS_1", "pl_PRG", "t 1", "#frag%20", "Ж/?", "a.b-c~d", "x"};
  private static final String[] PAGES = {"25", "26", "xii", "[III]", " 7 ", "A\n 1", "😀"};
  private static final String[] LANGS = {"ru-Latn", "de", "en", "fr-CA", "la"};
  private static final String[] DATES = {
    "1989", "1989-03", "1989-03-03", "1985-03-12T15:19:00-05:00", "1985-03-12T15:19", "1985-03-12T15:19Z",
    "1985-03-12T15:19:07.250+01:00", "0000", "2000-02-29"
  };

  /** Documents over the whole model; see the class comment. */
  public static Arbitrary<Document> documents() {
    return Arbitraries.randomValue(DocumentArbitraries::document);
  }

  /** One document from {@code r}. */
  public static Document document(Random r) {
    String title = text(r, 6);
    List<Speaker> speakers = new ArrayList<>();
    for (int i = 0, k = 1 + r.nextInt(3); i < k; i++) speakers.add(speaker(r));
    int headCount = r.nextInt(3);
    int bodyCount = r.nextInt(8);
    List<Integer> numbers = distinctNumbers(r, headCount + bodyCount);
    List<Block> headnote = new ArrayList<>();
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < headCount + bodyCount; i++) {
      Speaker speaker = r.nextInt(i >= headCount ? 3 : 5) > 1 ? speakers.get(r.nextInt(speakers.size())) : null;
      Block b = block(r, numbers.get(i), speaker);
      (i < headCount ? headnote : body).add(b);
    }
    List<Note> notes = notes(r, title, headnote, body);
    int titleLength = title.codePointCount(0, title.length());
    List<Mark> titleMarks = new ArrayList<>();
    for (int i = 0, k = r.nextInt(3); i < k; i++) {
      int offset = r.nextInt(titleLength + 1);
      int len = r.nextInt(titleLength - offset + 1);
      String printed = span(title, offset, offset + len);
      titleMarks.add(new Mark(r.nextBoolean() ? MarkType.ITALIC : MarkType.values()[r.nextInt(MarkType.values().length)],
          offset, len, r.nextInt(4) > 0 ? printed : text(r, 2), null));
    }
    titleMarks.sort(java.util.Comparator.comparingInt(Mark::offset));
    Document.Builder d = Document.builder(id(r), title)
        .sections(strings(r, 3).stream().map(s -> s.isEmpty() ? "x" : s).toList())
        .titleMarks(titleMarks)
        .titleMentions(mentions(r, title))
        .edition(maybe(r, () -> id(r)))
        .editionTitle(maybe(r, () -> nonBlank(r)))
        .number(maybe(r, () -> Integer.toString(1 + r.nextInt(500))))
        .date(maybe(r, () -> date(r)))
        .place(maybe(r, () -> nonBlank(r)))
        .type(maybe(r, () -> pick(r, new String[] {"memcon", "minutes", "telegram", "debate", " letter "})))
        .language(maybe(r, () -> pick(r, LANGS)))
        .participants(strings(r, 3))
        .editors(strings(r, 3))
        .headnote(headnote)
        .paragraphs(body)
        .notes(notes)
        .source(maybe(r, () -> source(r)))
        .rights(maybe(r, () -> nonBlank(r)))
        .provenance(maybe(r, () -> new Provenance(nonBlank(r), pick(r, new String[] {"text", "tei-frus", "tei-dossier"}),
            r.nextBoolean() ? "2026-11-29T08:00:00Z" : null)));
    return d.build();
  }

  private static Block block(Random r, int n, @Nullable Speaker speaker) {
    String text = text(r, 12);
    int length = text.codePointCount(0, text.length());
    List<Mark> marks = new ArrayList<>();
    for (int i = 0, k = r.nextInt(4); i < k; i++) {
      int offset = r.nextInt(length + 1);
      int len = r.nextInt(4) == 0 ? 0 : r.nextInt(length - offset + 1);
      MarkType type = MarkType.values()[r.nextInt(MarkType.values().length)];
      String printed = span(text, offset, offset + len);
      String content = r.nextInt(4) > 0 ? unbracket(printed) : text(r, 2);
      if (type == MarkType.OMISSION && r.nextBoolean()) content = "";
      String lang = type == MarkType.FOREIGN ? (r.nextInt(4) > 0 ? pick(r, LANGS) : null)
          : (r.nextInt(10) == 0 ? pick(r, LANGS) : null);
      marks.add(new Mark(type, offset, len, content, lang));
    }
    List<Mention> mentions = mentions(r, text);
    BlockKind kind = BlockKind.values()[r.nextInt(BlockKind.values().length)];
    return new Block(n, kind, speaker, text, marks, mentions, r.nextInt(3) == 0 ? null : pick(r, PAGES));
  }

  /** Up to two mentions anywhere in {@code text}: they may nest, overlap or coincide. */
  private static List<Mention> mentions(Random r, String text) {
    int length = text.codePointCount(0, text.length());
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0, k = length == 0 ? 0 : r.nextInt(3); i < k; i++) {
      int offset = r.nextInt(length);
      int len = 1 + r.nextInt(length - offset);
      mentions.add(new Mention(MentionType.values()[r.nextInt(MentionType.values().length)], offset, len,
          pick(r, REFS)));
    }
    return mentions;
  }

  private static Note note(Random r, int n, @Nullable Integer paragraph, int offset) {
    String text = text(r, 4);
    return new Note(n, paragraph, offset, text, mentions(r, text));
  }

  private static List<Note> notes(Random r, String title, List<Block> headnote, List<Block> body) {
    List<Block> blocks = new ArrayList<>(headnote);
    blocks.addAll(body);
    List<Note> notes = new ArrayList<>();
    int count = r.nextInt(5);
    List<Integer> numbers = distinctNumbers(r, count);
    for (int i = 0; i < count; i++) {
      if (blocks.isEmpty() || r.nextInt(5) == 0) {
        int length = title.codePointCount(0, title.length());
        notes.add(note(r, numbers.get(i), null, r.nextBoolean() ? 0 : r.nextInt(length + 1)));
      } else {
        Block b = blocks.get(r.nextInt(blocks.size()));
        notes.add(note(r, numbers.get(i), b.n(), r.nextInt(b.length() + 1)));
      }
    }
    if (r.nextInt(3) == 0) Collections.shuffle(notes, r);
    return notes;
  }

  private static Speaker speaker(Random r) {
    return new Speaker(nonBlank(r), maybe(r, () -> nonBlank(r)), maybe(r, () -> pick(r, REFS)),
        maybe(r, () -> nonBlank(r)), maybe(r, () -> nonBlank(r)));
  }

  private static Source source(Random r) {
    return new Source(text(r, 5), maybe(r, () -> nonBlank(r)), maybe(r, () -> nonBlank(r)),
        maybe(r, () -> nonBlank(r)), maybe(r, () -> nonBlank(r)), maybe(r, () -> nonBlank(r)),
        maybe(r, () -> nonBlank(r)));
  }

  private static DocDate date(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> DocDate.range("1985-03-01", "1986-10-31");
      case 1 -> DocDate.range(null, pick(r, DATES));
      case 2 -> DocDate.range(pick(r, DATES), null);
      default -> DocDate.of(pick(r, DATES));
    };
  }

  private static String id(Random r) {
    String[] ids = {"doc-51", "51", "frus1981-88v05d1", "a_b.c", "X"};
    return pick(r, ids) + (r.nextBoolean() ? "" : "-" + r.nextInt(1000));
  }

  private static List<Integer> distinctNumbers(Random r, int count) {
    Set<Integer> set = new LinkedHashSet<>();
    while (set.size() < count) set.add(1 + r.nextInt(r.nextBoolean() ? 3 * count + 1 : 100_000));
    return new ArrayList<>(set);
  }

  private static List<String> strings(Random r, int max) {
    List<String> out = new ArrayList<>();
    for (int i = 0, k = r.nextInt(max + 1); i < k; i++) out.add(text(r, 3));
    return out;
  }

  /** Text of up to {@code maxTokens} hostile tokens; may be empty or blank. */
  private static String text(Random r, int maxTokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, k = r.nextInt(maxTokens + 1); i < k; i++) sb.append(pick(r, TOKENS));
    return sb.toString();
  }

  private static String nonBlank(Random r) {
    String s = text(r, 4);
    return s.isBlank() ? " " + pick(r, new String[] {"Anna", "[x]", "<&>", "😀"}) + s : s;
  }

  private static String span(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, end - start));
  }

  private static String unbracket(String printed) {
    return printed.length() >= 2 && printed.startsWith("[") && printed.endsWith("]")
        ? printed.substring(1, printed.length() - 1) : printed;
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> @Nullable T maybe(Random r, java.util.function.Supplier<T> value) {
    return r.nextInt(3) == 0 ? null : value.get();
  }
}
