package org.dossier.web.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the document page shows, already laid out: no template ever sees the model.
 *
 * @param page the layout's needs
 * @param edition a link to the edition
 * @param id the document id
 * @param number the printed number, or null
 * @param title the title
 * @param language the BCP 47 language of the text, or null
 * @param titleNotes note calls on the title
 * @param date the date for display, or null
 * @param isoDate the date for {@code <time datetime>}, or null
 * @param place the place, or null
 * @param type the document type, or null
 * @param participants who took part
 * @param headnote the editors' headnote
 * @param body the text
 * @param notes the footnotes
 * @param legend explanations of the editorial marks used, as (css type, printed example, meaning)
 * @param source the archival source line, or null
 * @param translator the translator, or null
 * @param rights the rights statement, or null
 * @param citeStyles the citation styles the Cite box switches between, the shown one marked
 * @param documentCitation the citation of the whole document in the shown style
 * @param paragraphCitation the citation of the selected paragraph (or of the first, when none is selected)
 * @param citeHref the document's citation address ({@code /{edition}/{doc}/cite}), which the script asks
 * @param citeExports BibTeX, RIS and CSL-JSON of the selected paragraph (else of the document)
 * @param selected the selected paragraph, or 0
 * @param downloads the download links
 * @param sections the titles of the divisions that hold the document, outermost first (a breadcrumb)
 * @param titleInlines the title as text and italics
 * @param position the document's place in the edition, or null when the edition does not list it
 */
public record DocumentView(
    Page page,
    Link edition,
    String id,
    @Nullable String number,
    String title,
    @Nullable String language,
    List<Integer> titleNotes,
    @Nullable String date,
    @Nullable String isoDate,
    @Nullable String place,
    @Nullable String type,
    List<String> participants,
    List<BlockView> headnote,
    List<BlockView> body,
    List<NoteView> notes,
    List<LegendEntry> legend,
    @Nullable String source,
    @Nullable String translator,
    @Nullable String rights,
    List<CiteStyle> citeStyles,
    String documentCitation,
    String paragraphCitation,
    String citeHref,
    List<Link> citeExports,
    int selected,
    List<Link> downloads,
    List<String> sections,
    List<Inline> titleInlines,
    @Nullable Position position) {

  /**
   * A document's place in the edition's order.
   *
   * @param index its position, from 1
   * @param total how many documents the edition has
   * @param previous the document before it, or null
   * @param next the document after it, or null
   */
  public record Position(int index, int total, @Nullable Link previous, @Nullable Link next) {}

  /**
   * A citation style the Cite box offers.
   *
   * @param label the name shown ("Chicago")
   * @param style the short name ({@code chicago}), the {@code cite} parameter of the page and the route
   * @param href the page showing citations in this style, for readers without script
   * @param current whether it is the style shown
   */
  public record CiteStyle(String label, String style, String href, boolean current) {}

  /**
   * One kind of editorial mark and its meaning.
   *
   * @param type the mark type as {@code MarkType.jsonName()}
   * @param meaning what it means
   */
  public record LegendEntry(String type, String meaning) {
    /** The id that marks of this type point at with {@code aria-describedby}. */
    public String anchor() {
      return "mark-" + type;
    }
  }
}
