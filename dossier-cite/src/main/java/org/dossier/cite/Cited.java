package org.dossier.cite;

import java.util.Objects;
import java.util.Set;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * What a citation cites: a document of an edition at its public address, optionally pinpointed.
 *
 * @param edition the edition, whose imprint supplies editors, publisher, place, year, series and identifiers
 * @param document the document
 * @param url the document's public absolute address, without a fragment
 * @param pinpoint the paragraph or page cited, or null for the whole document
 */
public record Cited(Edition edition, Document document, String url, @Nullable Pinpoint pinpoint) {
  /** Document types whose paragraphs are speeches: citing one cites its speaker. */
  private static final Set<String> SPOKEN = Set.of("debate", "speech", "hearing");

  public Cited {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException("url must be absolute: " + url);
    }
  }

  /** The whole document {@code d} of {@code e}, published at {@code url}. */
  public static Cited document(Edition e, Document d, String url) {
    return new Cited(e, d, url, null);
  }

  /**
   * This document at paragraph {@code n}. Where the source prints pages, the paragraph is also cited by
   * the page it stands on ("112", or "112-113" when a page turns inside it), as a printed edition would
   * be; a page given by {@link #atPage} before takes precedence.
   *
   * @throws IllegalArgumentException if the document has no paragraph {@code n}
   */
  public Cited atParagraph(int n) {
    Block b = document.expectBlock(n);
    String page = pinpoint != null && pinpoint.page() != null ? pinpoint.page() : printedPages(b);
    return new Cited(edition, document, url, new Pinpoint(n, page));
  }

  /** The printed page or pages of {@code b}, or null when the source gives none or an odd page name. */
  private static @Nullable String printedPages(Block b) {
    String first = b.page();
    if (first == null) return null;
    String last = b.lastPage();
    String pages = last == null || last.equals(first) ? first : first + "-" + last;
    if (Pinpoint.isPage(pages)) return pages;
    return Pinpoint.isPage(first) ? first : null;
  }

  /**
   * This document at printed page {@code page}.
   *
   * @throws IllegalArgumentException if {@code page} is not a page number
   */
  public Cited atPage(String page) {
    return new Cited(edition, document, url, new Pinpoint(pinpoint == null ? 0 : pinpoint.paragraph(), page));
  }

  /** The address cited: the document's, or its paragraph's permalink ({@code …#p38}). */
  public String citedUrl() {
    return pinpoint == null || pinpoint.paragraph() == 0 ? url : url + "#p" + pinpoint.paragraph();
  }

  /** The speaker of the cited paragraph when the document is a debate or speech, else null. */
  public @Nullable Speaker speaker() {
    if (pinpoint == null || pinpoint.paragraph() == 0 || document.type() == null) return null;
    if (!SPOKEN.contains(document.type())) return null;
    return document.findBlock(pinpoint.paragraph()).map(Block::speaker).orElse(null);
  }
}
