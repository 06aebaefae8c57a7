package org.dossier.web;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.RegisterEntry;
import org.dossier.model.Source;
import org.dossier.model.Speaker;

/**
 * Small documents written for these tests, in the shape of the founding page (a headnote,
 * numbered speaker turns 2–44, two notes, every kind of editorial mark, a source and rights),
 * plus a hostile one. The wording is ours.
 */
final class Fixtures {
  static final String EDITION = "cold-war";

  private Fixtures() {}

  static Edition edition() {
    return new Edition(EDITION, "Papers of a Quiet Year: Conversations, 1989",
        List.of("Ada Example", "Boris Sample", "Clara Model"), "Example University Press", "For testing only.",
        List.of(new RegisterEntry("p_GMS_1", "Gorbachev, Mikhail S.", "General Secretary"),
            new RegisterEntry("p_ARI_1", "Aristov, Boris I.", "Ambassador to Poland")),
        List.of(), List.of());
  }

  static EditionSource source() {
    return EditionSource.of(edition(), List.of(meeting(), telegram(), hostile()));
  }

  /** A meeting record in the shape of document 51. */
  static Document meeting() {
    Speaker gorbachev = new Speaker("Gorbachev", null, "p_GMS_1", null);
    Speaker aristov = new Speaker("Aristov", "ambassador to Poland", "p_ARI_1", null);
    Speaker lomakin = Speaker.of("Lomakin", "ambassador to Czechoslovakia");
    List<Block> body = new ArrayList<>();
    String supplied = "Gorbachev opened the meeting with [Boris] and said the agenda was long.";
    body.add(new Block(2, BlockKind.PARAGRAPH, gorbachev, supplied,
        List.of(new Mark(MarkType.SUPPLIED, supplied.indexOf('['), 7, "Boris", null)),
        List.of(new Mention(MentionType.PERSON, 0, 9, "p_GMS_1"))));
    String foreign = "We must not act [vot tak] in haste, he said, and the ambassadors agreed.";
    body.add(new Block(3, BlockKind.PARAGRAPH, gorbachev, foreign,
        List.of(new Mark(MarkType.FOREIGN, foreign.indexOf('['), 9, "vot tak", "ru-Latn")), List.of()));
    for (int n = 4; n <= 44; n++) {
      Speaker s = n % 3 == 0 ? gorbachev : n % 3 == 1 ? aristov : lomakin;
      if (n == 21) s = lomakin;
      String text = "Paragraph " + n + " reports what the speaker said about harvests, prices and the mood "
          + "of the factories, in the plain words of a note taker who wrote quickly and left much out.";
      List<Mark> marks = List.of();
      if (n == 10) {
        text = "The figures were […] lower than the year before, and the meat ration was cut.";
        marks = List.of(new Mark(MarkType.OMISSION, text.indexOf('['), 3, "", null));
      } else if (n == 12) {
        text = "The report spoke of the comitee [sic] that would decide on prices.";
        marks = List.of(new Mark(MarkType.SIC, text.indexOf('['), 5, "", null));
      } else if (n == 38) {
        text = "Paragraph thirty-eight: Gorbachev — Горбачёв in the Russian notes — asked each ambassador to "
            + "speak frankly, because nothing would be gained by pretending that all was well.";
      }
      body.add(new Block(n, BlockKind.PARAGRAPH, s, text, marks, List.of()));
    }
    List<Note> notes = List.of(
        new Note(1, 2, supplied.indexOf("meeting") + "meeting".length(), "The meeting was held in the small hall."),
        new Note(2, 7, 9, "The note taker abbreviates the names of ministries throughout."));
    return Document.builder("51", "Notes of a Meeting with the Ambassadors")
        .edition(EDITION).number("51").date(DocDate.of("1989-03-03")).place("Moscow").type("minutes")
        .language("en").participants(List.of("Gorbachev", "Aristov", "Lomakin"))
        .editors(edition().editors())
        .headnote(List.of(Block.paragraph(1, "The editors introduce the meeting: who came, why it mattered, "
            + "and how the notes reached the archive.")))
        .paragraphs(body).notes(notes)
        .source(new Source("Archive of an Example Foundation, Fond 2, Opis 1.", "Example Foundation", "2", "1",
            null, null, "Anna Translator"))
        .rights("© Example University Press, 2010")
        .build();
  }

  static Document telegram() {
    return Document.builder("tel-7", "A Short Telegram")
        .edition(EDITION).number("7").date(DocDate.of("1988-12")).type("telegram")
        .paragraphs(List.of(Block.paragraph(1, "Arrived safely. Talks begin tomorrow.")))
        .build();
  }

  /** A document whose every string tries to inject markup or script. */
  static Document hostile() {
    String evil = "<script>alert(1)</script> <a href=\"javascript:alert(2)\">x</a> \" onmouseover=\"alert(3)";
    String marked = "[<script>alert(8)</script>] text";
    return Document.builder("evil", "<script>alert('title')</script>\" onmouseover=\"alert(4)")
        .edition(EDITION).number("<b>9</b>").date(DocDate.of("1989-01-01")).place("<img src=x onerror=alert(5)>")
        .type("javascript:alert(6)").participants(List.of("<i onclick=\"alert(7)\">x</i>"))
        .headnote(List.of(Block.paragraph(1, evil)))
        .paragraphs(List.of(new Block(2, BlockKind.PARAGRAPH, Speaker.of("<script>s</script>", "\"><b>"),
            marked, List.of(new Mark(MarkType.FOREIGN, 0, marked.indexOf(']') + 1, "x", "\"><script>")), List.of())))
        .notes(List.of(new Note(1, 2, 3, "<script>alert(9)</script>")))
        .source(Source.ofText("javascript:alert(10)"))
        .rights("<style>body{display:none}</style>")
        .build();
  }
}
