package org.dossier.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One CSL style, loaded once. citeproc-java's {@link CSL} keeps the items it was given and their
 * order, so it is not thread-safe: every render holds this engine's lock, resets it and registers
 * the one item it cites. Rendering takes well under a millisecond; loading a style takes hundreds.
 */
final class Engine {
  /**
   * Stands for the paragraph number in styles that print no label for paragraphs: citeproc-java keeps
   * only the digits of a locator, so "¶ 38" cannot be passed in, and is put in its place afterwards.
   */
  private static final String SENTINEL = "90909091";
  /** citeproc-java leaves the delimiter of a group it emptied (Chicago's editors moved to the front). */
  private static final Pattern EMPTY_GROUP = Pattern.compile(", (?=, )|,(?=,)");

  private final String style;
  private final CSL csl;
  private final CurrentItem provider;
  /** Whether the style prints a label before a paragraph locator ("para. 38"); Chicago prints none. */
  private final boolean labelsParagraphs;
  /** Whether the style's citations are notes (Chicago) rather than in-text references (MLA, APA). */
  private final boolean notes;

  /** The item being rendered, set under the engine's lock. */
  private static final class CurrentItem implements ItemDataProvider {
    private @Nullable CSLItemData item;

    @Override
    public @Nullable CSLItemData retrieveItem(String id) {
      return item != null && item.getId().equals(id) ? item : null;
    }

    @Override
    public Collection<String> getIds() {
      return item == null ? List.of() : List.of(item.getId());
    }
  }

  private Engine(String style, CSL csl, CurrentItem provider, boolean labelsParagraphs, boolean notes) {
    this.style = style;
    this.csl = csl;
    this.provider = provider;
    this.labelsParagraphs = labelsParagraphs;
    this.notes = notes;
  }

  /**
   * Loads style {@code id} (already checked to exist); {@code notes} says whether its citations are
   * footnotes ({@code class="note"}).
   */
  static Engine load(String id, boolean notes, Cited probe) throws IOException {
    CurrentItem provider = new CurrentItem();
    CSL csl = new CSL(provider, id);
    // The same citation pinpointed by paragraph and by page differs only if the style labels one.
    String byParagraph = render(csl, provider, CslItems.item(probe), "7", CSLLabel.PARAGRAPH, false);
    String byPage = render(csl, provider, CslItems.item(probe), "7", CSLLabel.PAGE, false);
    return new Engine(id, csl, provider, !byParagraph.equals(byPage), notes);
  }

  String style() {
    return style;
  }

  boolean notes() {
    return notes;
  }

  /** The citation (a note, or an in-text reference) and the bibliography entry of {@code c}. */
  synchronized Citation cite(Cited c) {
    CSLItemData item = CslItems.item(c);
    return new Citation(style, notes, citation(c, item), render(csl, provider, item, null, null, true));
  }

  /** What {@link Citation#text} gives, rendering only what it needs (a note style needs no entry). */
  synchronized String text(Cited c) {
    CSLItemData item = CslItems.item(c);
    if (notes) return citation(c, item);
    String entry = render(csl, provider, item, null, null, true);
    return c.pinpoint() == null ? entry : entry + "\n" + citation(c, item);
  }

  private String citation(Cited c, CSLItemData item) {
    Pinpoint p = c.pinpoint();
    String locator = null;
    CSLLabel label = null;
    if (p != null && p.page() != null) {
      locator = p.page();
      label = CSLLabel.PAGE;
    } else if (p != null) {
      locator = labelsParagraphs ? String.valueOf(p.paragraph()) : SENTINEL;
      label = CSLLabel.PARAGRAPH;
    }
    String citation = render(csl, provider, item, locator, label, false);
    if (SENTINEL.equals(locator)) citation = citation.replace(SENTINEL, "¶ " + p.paragraph());
    return citation;
  }

  private static String render(CSL csl, CurrentItem provider, CSLItemData item, @Nullable String locator,
      @Nullable CSLLabel label, boolean bibliography) {
    provider.item = item;
    csl.reset();
    csl.setOutputFormat("text"); // reset() forgets it
    String out;
    if (bibliography) {
      csl.registerCitationItems(CslItems.ID);
      Bibliography b = csl.makeBibliography();
      out = b.getEntries().length == 0 ? "" : b.getEntries()[0];
    } else {
      CSLCitationItemBuilder ci = new CSLCitationItemBuilder(CslItems.ID);
      if (locator != null && label != null) ci.locator(locator).label(label);
      List<de.undercouch.citeproc.output.Citation> made = csl.makeCitation(new CSLCitation(ci.build()));
      out = made.isEmpty() ? "" : made.get(0).getText();
    }
    return EMPTY_GROUP.matcher(out.strip()).replaceAll("");
  }
}
