package org.dossier.search;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.Source;
import org.dossier.model.Speaker;

/**
 * Small documents written for these tests (in our own words) that mirror the founding page, a
 * FRUS volume and a parliamentary debate: speakers, names in several scripts and spellings,
 * plurals, possessives, dates and archives.
 */
public final class Fixtures {
  private Fixtures() {}

  /** A meeting like document 51 of the founding page: a headnote, then speaker turns. */
  public static Document meeting() {
    Speaker gorbachev = new Speaker("Gorbachev", null, "p_GMS_1", null);
    return Document.builder("doc51", "Notes of a meeting with Soviet ambassadors")
        .edition("masterpieces")
        .number("51")
        .date(DocDate.of("1989-03-03"))
        .place("Moscow")
        .type("minutes")
        .source(new Source("Archive of the Gorbachev Foundation, Fond 2", "Gorbachev Foundation", "2", null, null, null, null))
        .headnote(List.of(Block.paragraph(1,
            "The editors note that Gorbachev’s message to the ambassadors ruled out bloody methods.")))
        .paragraphs(List.of(
            turn(2, gorbachev, "Comrades, every ambassador must explain our reforms to the allies."),
            turn(3, Speaker.of("Lomakin", "ambassador to Czechoslovakia"),
                "Ligachev travelled to Prague and promised Jakeš that the farms would stay."),
            turn(4, Speaker.of("Aristov", "ambassador to Poland"),
                "Poland wants leasing in industry, although leasing has ruined a few factories."),
            turn(5, gorbachev, "With leasing a factory needs far fewer specialists."),
            turn(6, gorbachev, "Over there they eat a great deal of meat per capita."),
            turn(7, gorbachev, "We rule out the possibility of bloody methods."),
            turn(8, gorbachev, "Write it down: <script>alert('x')</script> & carry on.")))
        .build();
  }

  /** A FRUS-like memorandum of 1985 naming Gorbachev, with a person mention. */
  public static Document memcon1985() {
    String text = "The Secretary met Gorbachev in the Kremlin to discuss arms control.";
    int at = text.indexOf("Gorbachev");
    Block b = new Block(1, BlockKind.PARAGRAPH, null, text, List.of(),
        List.of(new Mention(MentionType.PERSON, at, "Gorbachev".length(), "p_GMS_1")));
    return Document.builder("frus-d1", "Memorandum of Conversation")
        .edition("frus1981-88v05")
        .date(DocDate.of("1985-03-12T15:19:00-05:00"))
        .place("Moscow")
        .type("memcon")
        .source(new Source("Reagan Library", "Reagan Library", null, null, null, null, null))
        .paragraphs(List.of(b, Block.paragraph(2, "The ambassadors' reports were read aloud.")))
        .build();
  }

  /** An undated FRUS-like telegram of 1986, with the scholarly spelling Gorbačev and Cyrillic. */
  public static Document telegram1986() {
    return Document.builder("frus-d2", "Telegram from the Embassy in Moscow")
        .edition("frus1981-88v05")
        .date(DocDate.range("1986-01", "1986-10"))
        .type("telegram")
        .paragraphs(List.of(
            Block.paragraph(1, "The paper of Gorbačev's office was cited."),
            Block.paragraph(2, "The headline read «Горбачёв в Женеве».")))
        .build();
  }

  /** A debate of 2017 with speaker turns. */
  public static Document debate() {
    return Document.builder("ParlaMint-GB_2017-09-07-commons", "House of Commons, 7 September 2017")
        .edition("parlamint-gb")
        .date(DocDate.of("2017-09-07"))
        .type("debate")
        .paragraphs(List.of(
            turn(1, new Speaker("Stephen Kinnock", "regular", "StephenKinnock", "Labour"),
                "The steel industry in my constituency needs a plan."),
            turn(2, new Speaker("Nigel Evans", "chair", "NigelEvans", null), "Order, order."),
            turn(3, new Speaker("Stephen Kinnock", "regular", "StephenKinnock", "Labour"),
                "I thank the Deputy Speaker and return to steel.")))
        .build();
  }

  /**
   * A FRUS-like letter (in our own words) whose title names Gorbachev, with a note on the title, a
   * note in its first paragraph, a speaker label and a source line; not in {@link #all()}.
   */
  public static Document letter() {
    String first = "Dear Mr. General Secretary Gorbachev: I was glad to hear from you about Geneva.";
    int at = first.indexOf("Gorbachev");
    Block opening = new Block(1, BlockKind.PARAGRAPH, null, first, List.of(),
        List.of(new Mention(MentionType.PERSON, at, "Gorbachev".length(), "p_GMS_1")));
    Speaker reagan = new Speaker("Reagan", null, "p_RR_1", null, "THE PRESIDENT:");
    return Document.builder("letter", "Letter From President Reagan to Soviet General Secretary Gorbachev")
        .edition("frus")
        .number("12")
        .date(DocDate.of("1985-04-30"))
        .type("letter")
        .source(new Source("Reagan Library, Executive Secretariat, USSR", "Reagan Library", null, null, null, null, null))
        .paragraphs(List.of(opening, turn(2, reagan, "We should meet in Geneva soon."),
            Block.paragraph(3, "Sincerely, until Geneva.")))
        .notes(List.of(
            new Note(1, null, 0, "The letter was handed over in Geneva by the embassy."),
            new Note(2, 1, 10, "Gorbachev’s letter of March 24 is in the Head of State File.")))
        .build();
  }

  /** A document without a date. */
  public static Document undated() {
    return Document.builder("undated", "A note without a date")
        .edition("masterpieces")
        .paragraphs(List.of(Block.paragraph(1, "Gorbachev is mentioned here without a date.")))
        .build();
  }

  /** Every fixture document. */
  public static List<Document> all() {
    return List.of(meeting(), memcon1985(), telegram1986(), debate(), undated());
  }

  /** A document with {@code blocks} numbered paragraphs all saying {@code word}. */
  public static Document many(String id, String date, int blocks, String word) {
    List<Block> list = new ArrayList<>();
    for (int n = 1; n <= blocks; n++) list.add(Block.paragraph(n, "Paragraph " + n + " speaks of " + word + "."));
    return Document.builder(id, "Document " + id).edition("bulk").date(DocDate.of(date)).paragraphs(list).build();
  }

  private static Block turn(int n, Speaker speaker, String text) {
    return new Block(n, BlockKind.PARAGRAPH, speaker, text, List.of(), List.of());
  }
}
