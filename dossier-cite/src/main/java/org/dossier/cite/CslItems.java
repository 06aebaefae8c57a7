package org.dossier.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;
import org.dossier.model.Speaker;

/**
 * A cited document as a CSL item: a chapter ({@code chapter}) of the edited edition, the way a
 * reference librarian catalogues a document printed in a documentary edition. The document's date is
 * part of the title ("Notes of a Meeting, March 3, 1989"), as in FRUS, since the styles print an
 * original date as a reprint's; the speaker of a cited speech is its author. The edition's DOI is not
 * the document's, so the item's address is the document's own (the exports carry the DOI).
 */
final class CslItems {
  /** The one item id: every render holds one item. */
  static final String ID = "cited";

  private CslItems() {}

  static CSLItemData item(Cited c) {
    Edition e = c.edition();
    Document d = c.document();
    Imprint imprint = e.imprint();
    CSLItemDataBuilder b = new CSLItemDataBuilder().id(ID).type(CSLType.CHAPTER)
        .title(title(d))
        .containerTitle(e.title())
        .URL(c.citedUrl());
    List<String> editors = e.editors().isEmpty() ? d.editors() : e.editors();
    if (!editors.isEmpty()) b.editor(Names.csl(editors));
    List<String> translators = translators(c);
    if (!translators.isEmpty()) b.translator(Names.csl(translators));
    Speaker speaker = c.speaker();
    if (speaker != null) b.author(Names.csl(speaker.name()));
    if (e.publisher() != null) b.publisher(e.publisher());
    if (imprint.place() != null) b.publisherPlace(imprint.place());
    if (imprint.year() != null) b.issued(imprint.year());
    if (imprint.series() != null) b.collectionTitle(imprint.series());
    if (d.language() != null) b.language(d.language());
    return b.build();
  }

  /** The edition's translators, else the document's own. */
  static List<String> translators(Cited c) {
    List<String> t = new ArrayList<>(c.edition().imprint().translators());
    if (t.isEmpty()) c.document().translator().ifPresent(t::add);
    return t;
  }

  /** The title with the document's date, unless the title already gives the year. */
  static String title(Document d) {
    String title = d.title().strip();
    int[] parts = parts(d);
    if (parts.length == 0 || title.contains(String.valueOf(parts[0]))) return title;
    return title + ", " + display(parts);
  }

  /** "March 3, 1989", "March 1989", "1989". */
  static String display(int[] parts) {
    if (parts.length == 1) return String.valueOf(parts[0]);
    String month = Month.of(parts[1]).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return parts.length == 2 ? month + " " + parts[0] : month + " " + parts[2] + ", " + parts[0];
  }

  /** Year, month, day of a document's single date, as many as it gives; empty for none or a range. */
  static int[] parts(Document d) {
    if (d.date() == null || d.date().isRange() || d.date().when() == null) return new int[0];
    String w = d.date().when();
    String[] fields = (w.length() > 10 ? w.substring(0, 10) : w).split("-");
    int[] parts = new int[Math.min(fields.length, 3)];
    for (int i = 0; i < parts.length; i++) {
      if (!fields[i].matches("\\d{1,4}")) return new int[0];
      parts[i] = Integer.parseInt(fields[i]);
    }
    return parts;
  }

}
