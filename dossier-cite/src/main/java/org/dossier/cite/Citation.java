package org.dossier.cite;

import java.util.Objects;

/**
 * A rendered citation, as plain text (typographic quotes, no markup).
 *
 * @param style the CSL style id
 * @param notes whether the style cites in footnotes (Chicago) rather than in the text (MLA, APA)
 * @param citation the footnote, or the in-text reference ("(Savranskaya et al., 2010, para. 38)"),
 *     with the pinpoint
 * @param entry the bibliography (works cited, reference list) entry
 */
public record Citation(String style, boolean notes, String citation, String entry) {
  public Citation {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(entry, "entry");
  }

  /**
   * What a reader copies: the footnote for a notes style; for an in-text style the bibliography entry,
   * followed on a second line by the in-text reference when it carries a pinpoint.
   */
  public String text(boolean pinpointed) {
    if (notes) return citation;
    return pinpointed ? entry + "\n" + citation : entry;
  }
}
