package org.dossier.web;

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

/**
 * A small volume in the shape of a FRUS volume, written for these tests: registers of persons,
 * terms and places, names tagged in paragraphs and printed in titles and notes, a Russian document.
 */
final class RegisterFixtures {
  static final String EDITION = "quiet-volume";

  private RegisterFixtures() {}

  static Edition edition() {
    return new Edition(EDITION, "An Example Volume of Foreign Relations", List.of("Ada Example"), "Example Office",
        null,
        List.of(new RegisterEntry("p_GMS_1", "Gorbachev, Mikhail S.", "General Secretary of the Communist Party"),
            new RegisterEntry("p_RR_1", "Reagan, Ronald W.", "President of the United States"),
            new RegisterEntry("p_SGP_1", "Shultz, George P.", "Secretary of State"),
            new RegisterEntry("p_ZH_1", "Zhukov, Georgy", "Commentator")),
        List.of(new RegisterEntry("pl_GEN", "Geneva", "Switzerland")),
        List.of(new RegisterEntry("t_NSC_1", "NSC", "National Security Council"),
            new RegisterEntry("t_INF_1", "INF", "Intermediate-Range Nuclear Forces")));
  }

  static EditionSource source() {
    return EditionSource.of(edition(), List.of(letter(), memo(), russian()));
  }

  /** A letter whose title and note print Gorbachev's name and whose text tags him twice. */
  static Document letter() {
    String p2 = "Dear Mr. General Secretary: I write after Geneva about the INF talks. Gorbachev and I agreed […] "
        + "to meet again.";
    int omission = p2.indexOf('[');
    Block b2 = new Block(2, BlockKind.PARAGRAPH, null, p2, List.of(new Mark(MarkType.OMISSION, omission, 3, "", null)),
        List.of(new Mention(MentionType.PLACE, p2.indexOf("Geneva"), 6, "pl_GEN"),
            new Mention(MentionType.TERM, p2.indexOf("INF"), 3, "t_INF_1"),
            new Mention(MentionType.PERSON, p2.indexOf("Gorbachev"), 9, "p_GMS_1")));
    String p3 = "Sincerely, Ron. Gorbachev will hear from Shultz soon.";
    Block b3 = new Block(3, BlockKind.PARAGRAPH, null, p3, List.of(),
        List.of(new Mention(MentionType.PERSON, p3.indexOf("Gorbachev"), 9, "p_GMS_1"),
            new Mention(MentionType.PERSON, p3.indexOf("Shultz"), 6, "p_SGP_1")));
    return Document.builder("d12", "Letter From President Reagan to General Secretary Gorbachev")
        .edition(EDITION).number("12").date(DocDate.of("1985-11-28")).type("letter").language("en")
        .paragraphs(List.of(Block.paragraph(1, "Washington, November 28, 1985."), b2, b3))
        .notes(List.of(new Note(1, null, 0, "Source: Reagan Library. Gorbachev answered on December 24."),
            new Note(2, 2, p2.indexOf(" about"), "The talks on INF resumed in January; the NSC staff prepared them.")))
        .source(Source.ofText("Reagan Library, Head of State File."))
        .build();
  }

  /** A memorandum that tags the NSC once. */
  static Document memo() {
    String p1 = "The NSC met to review the talks.";
    return Document.builder("d13", "Memorandum for the Record").edition(EDITION).number("13")
        .date(DocDate.of("1985-12-02")).type("memorandum").language("en")
        .paragraphs(List.of(new Block(1, BlockKind.PARAGRAPH, null, p1, List.of(),
            List.of(new Mention(MentionType.TERM, 4, 3, "t_NSC_1")))))
        .build();
  }

  /** A document in Russian: the interface around it stays English. */
  static Document russian() {
    String p1 = "Горбачёв принял посла в Женеве.";
    return Document.builder("d14", "Запись беседы").edition(EDITION).number("14").date(DocDate.of("1985-12-05"))
        .type("memcon").language("ru")
        .paragraphs(List.of(new Block(1, BlockKind.PARAGRAPH, null, p1, List.of(),
            List.of(new Mention(MentionType.PERSON, 0, 8, "p_GMS_1")))))
        .notes(List.of(new Note(1, 1, 8, "Из архива.")))
        .build();
  }
}
