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
   * This document at paragraph {@code n}.
   *
   * @throws IllegalArgumentException if the document has no paragraph {@code n}
   */
  public Cited atParagraph(int n) {
    document.expectBlock(n);
    return new Cited(edition, document, url, new Pinpoint(n, pinpoint == null ? null : pinpoint.page()));
  }

  /**
   * This document at printed page {@code page}. (Blocks do not record their printed page yet; when they
   * do, {@link #atParagraph} should take it from the block, so a paragraph is cited by its page.)
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
